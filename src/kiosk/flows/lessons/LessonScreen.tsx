/**
 * One lesson: how to learn it (follow me / try it yourself / test yourself), its steps on the
 * simulated phone with the hint ladder (ladder.ts), the two questions of a test, and the end.
 * Everything after the lesson is fetched happens in this one screen's state, so a step changes in
 * one render, never waiting for the network. Each phase's words are spoken as it appears.
 * For an identified elder each finished step and the end are saved (progress.ts), and a lesson
 * they left half-way, here or on another kiosk, is offered from the next step or from the start.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { localText, t } from '../../../i18n';
import type { LessonResume } from '../../../shared/lessons/progress';
import type { Lesson, PhoneItem } from '../../../shared/lessons/schema';
import { uuidv7 } from '../../../shared/sync/uuidv7';
import { KioskScreen } from '../../app/frame/KioskScreen';
import { back } from '../../app/router';
import { say } from '../../app/speech';
import { BigButton, Problem } from '../../ui';
import { identifiedMember } from '../identify/identify';
import { classMode, reportSeat, volunteer } from './class-mode';
import {
  type LadderState,
  type Mode,
  missed,
  resumeLadder,
  startLadder,
  stepDone,
  unaided,
} from './ladder';
import { chosenLesson, fetchLesson, type Loaded } from './lesson-data';
import { type MissKind, Phone } from './Phone';
import { learner, loadLearner, saveProgress } from './progress';
import { QuizView } from './QuizView';
import './lessons.css';

/** How long "watch me do it" shows the hand pressing the target. */
const REPLAY_MS = 1800;

type Phase =
  | { kind: 'resume'; at: LessonResume }
  | { kind: 'modes' }
  | { kind: 'steps'; ladder: LadderState; note: string; replaying: boolean }
  | { kind: 'quiz'; ladder: LadderState }
  | { kind: 'done'; ladder: LadderState; score: number };

/** What the step says at its current rung, shown and spoken. */
function stepWords(lesson: Lesson, ladder: LadderState): { shown: string; said: string } {
  const step = lesson.steps[ladder.step];
  if (!step) return { shown: '', said: '' };
  const counter = t('lessons.step.counter', { n: ladder.step + 1, total: lesson.steps.length });
  // A test shows the task, not each step's words, until a miss asks for help.
  // (Its words appear under the task once a miss has asked for them: see Steps.)
  const words =
    ladder.mode === 'check'
      ? t('lessons.step.task', { task: localText(lesson.practice.task) })
      : localText(step.words);
  const narration =
    ladder.mode === 'check' && ladder.level === 0 ? words : localText(step.narration);
  const gesture = step.gesture ?? 'tap';
  const drop = step.screen.elements
    .flatMap((e) => e.items ?? [])
    .find((item) => item.id === step.dropOn);
  const how =
    gesture === 'hold'
      ? t('lessons.step.hold')
      : gesture === 'drag' && drop
        ? t('lessons.step.drag', { drop: localText(drop.label) })
        : '';
  const hint =
    ladder.level === 3
      ? t('lessons.step.greyed')
      : ladder.level === 2 && ladder.misses === 0
        ? t('lessons.step.arrow')
        : '';
  return {
    shown: words,
    said: [t('lessons.step.said', { counter, words: narration }), how, hint]
      .filter(Boolean)
      .join(' '),
  };
}

function missNote(
  lesson: Lesson,
  ladder: LadderState,
  touched: PhoneItem | undefined,
  kind: MissKind,
) {
  const step = lesson.steps[ladder.step];
  if (!step) return '';
  const look = localText(step.look);
  const drop = step.screen.elements
    .flatMap((e) => e.items ?? [])
    .find((item) => item.id === step.dropOn);
  const first =
    kind === 'short'
      ? step.gesture === 'drag' && drop
        ? t('lessons.step.dragShort', { drop: localText(drop.label) })
        : t('lessons.step.holdShort')
      : touched
        ? t('lessons.step.tapped', { tapped: localText(touched.label), look })
        : t('lessons.step.tappedNothing', { look });
  const then =
    ladder.plainTap && (step.gesture ?? 'tap') !== 'tap'
      ? t('lessons.step.plainTapSaid')
      : ladder.level === 3
        ? t('lessons.step.greyed')
        : ladder.level === 2
          ? t('lessons.step.arrow')
          : '';
  return [first, then].filter(Boolean).join(' ');
}

/** 从第 N 步继续 / 从头开始, for a lesson this learner left half-way. */
function ResumeChoice({
  at,
  onResume,
  onRestart,
}: {
  at: LessonResume;
  onResume: () => void;
  onRestart: () => void;
}) {
  return (
    <div class="lesson-modes">
      <BigButton
        id="lesson-resume"
        icon="arrow-down"
        label={t('lessons.resume.continue', { next: at.stepsDone + 1 })}
        sublabel={modeLabel(at.mode)}
        onPress={onResume}
      />
      <BigButton
        id="lesson-restart"
        icon="repeat"
        variant="secondary"
        label={t('lessons.resume.restart')}
        sublabel={t('lessons.resume.restartNote')}
        onPress={onRestart}
      />
    </div>
  );
}

function modeLabel(mode: Mode): string {
  if (mode === 'guided') return t('lessons.modes.guided');
  if (mode === 'practice') return t('lessons.modes.practice');
  return t('lessons.modes.check');
}

/** Why an identified elder's earlier progress is not offered: said with the ways to learn. */
function earlierMissing(): string {
  const known = learner.value;
  if (!identifiedMember.value || !known) return '';
  if (known.earlier === 'offline') return t('lessons.mine.offline');
  if (known.earlier === 'refused') return t('lessons.mine.refused');
  return '';
}

function ModeChoice({ lesson, onChoose }: { lesson: Lesson; onChoose: (mode: Mode) => void }) {
  return (
    <div class="lesson-modes">
      <BigButton
        id="mode-guided"
        icon="arrow-down"
        label={t('lessons.modes.guided')}
        sublabel={t('lessons.modes.guidedNote')}
        onPress={() => onChoose('guided')}
      />
      <BigButton
        id="mode-practice"
        icon="smartphone"
        label={t('lessons.modes.practice')}
        sublabel={t('lessons.modes.practiceNote')}
        onPress={() => onChoose('practice')}
      />
      <BigButton
        id="mode-check"
        icon="check"
        label={t('lessons.modes.check')}
        sublabel={t('lessons.modes.checkNote')}
        onPress={() => onChoose('check')}
      />
      <span class="visually-hidden">{localText(lesson.summary)}</span>
    </div>
  );
}

function Steps({
  lesson,
  phase,
  onDone,
  onMiss,
  onWatch,
}: {
  lesson: Lesson;
  phase: Extract<Phase, { kind: 'steps' }>;
  onDone: () => void;
  onMiss: (touched: PhoneItem | undefined, kind: MissKind) => void;
  onWatch: () => void;
}) {
  const { ladder } = phase;
  // In class mode at L3: once it is known whether the trainer's screen has the signal, say so.
  const asked = volunteer.value?.state;
  const helpWords =
    classMode.value && ladder.level === 3
      ? asked === 'asked'
        ? t('lessons.classMode.volunteerAsked')
        : t('lessons.classMode.raiseHand')
      : null;
  useEffect(() => {
    if (helpWords && asked !== 'asking') say(helpWords);
  }, [helpWords, asked]);
  const step = lesson.steps[ladder.step];
  if (!step) return null;
  const words = stepWords(lesson, ladder);
  return (
    <div class="lesson" data-level={ladder.level} data-mode={ladder.mode}>
      <Phone
        key={ladder.step}
        screen={step.screen}
        target={step.target}
        gesture={step.gesture ?? 'tap'}
        dropOn={step.dropOn}
        level={ladder.level}
        plainTap={ladder.plainTap}
        replaying={phase.replaying}
        onDone={onDone}
        onMiss={onMiss}
      />
      <div class="lesson__words">
        <p class="lesson__counter">
          {t('lessons.step.counter', { n: ladder.step + 1, total: lesson.steps.length })}
        </p>
        <p class="lesson__instruction">{words.shown}</p>
        {ladder.mode === 'check' && ladder.level > 0 && (
          <p class="lesson__step-words">{localText(step.words)}</p>
        )}
        {/* In class mode at L3 the volunteer line takes the note's place (the note has been said;
            the greyed phone and its arrow show the way), so 看我做一遍 still fits at 1.6×. */}
        {phase.note && !helpWords && (
          <p class="lesson__note" role="status">
            {phase.note}
          </p>
        )}
        {helpWords && (
          <p class="lesson__volunteer" role="status">
            {helpWords}
          </p>
        )}
        {ladder.level === 3 && (
          <BigButton
            id="lesson-watch"
            icon="repeat"
            variant="secondary"
            label={t('lessons.step.watch')}
            onPress={onWatch}
          />
        )}
      </div>
    </div>
  );
}

function Done({
  lesson,
  phase,
  onRestart,
}: {
  lesson: Lesson;
  phase: Extract<Phase, { kind: 'done' }>;
  onRestart: (mode: Mode) => void;
}) {
  const { ladder } = phase;
  const star = unaided(ladder);
  return (
    <div class="lesson-done">
      {star && (
        <p class="lesson-done__star">
          <svg
            class="lesson-done__star-pic"
            viewBox="0 0 24 24"
            aria-hidden="true"
            focusable="false"
          >
            <path d="M12 2.5l2.9 6 6.6.8-4.9 4.5 1.3 6.5L12 17l-5.9 3.3 1.3-6.5L2.5 9.3l6.6-.8z" />
          </svg>
          {t('lessons.done.star')}
        </p>
      )}
      <p class="lesson-done__words">{doneWords(ladder, phase.score)}</p>
      <div class="lesson-done__actions">
        <BigButton
          id="done-again"
          icon="repeat"
          variant="secondary"
          label={t('lessons.done.again')}
          onPress={() => onRestart(ladder.mode)}
        />
        {ladder.mode !== 'check' && (
          <BigButton
            id="done-next-mode"
            icon={ladder.mode === 'guided' ? 'smartphone' : 'check'}
            label={
              ladder.mode === 'guided' ? t('lessons.done.toPractice') : t('lessons.done.toCheck')
            }
            onPress={() => onRestart(ladder.mode === 'guided' ? 'practice' : 'check')}
          />
        )}
        <BigButton
          id="done-other"
          icon="list"
          variant="secondary"
          label={t('lessons.done.other')}
          onPress={back}
        />
      </div>
      <span class="visually-hidden">{localText(lesson.title)}</span>
    </div>
  );
}

function resumePrompt(lesson: Lesson, at: LessonResume): string {
  return t('lessons.resume.prompt', {
    title: localText(lesson.title),
    done: at.stepsDone,
    next: at.stepsDone + 1,
  });
}

function doneWords(ladder: LadderState, score: number): string {
  if (ladder.mode === 'guided') return t('lessons.done.guided');
  if (ladder.mode === 'practice') return t('lessons.done.practice');
  return unaided(ladder)
    ? t('lessons.done.unaided', { score })
    : t('lessons.done.helped', { score });
}

/** Where this learner left `lesson` half-way, when it is still the same lesson; else undefined. */
function resumeOffer(lesson: Lesson): LessonResume | undefined {
  const member = identifiedMember.value;
  const known = learner.value;
  if (!member || known?.memberId !== member.id) return undefined;
  const record = known.records.get(lesson.id);
  const at = record?.resume;
  if (!at || record.steps !== lesson.steps.length) return undefined;
  return at.stepsDone > 0 && at.stepsDone < lesson.steps.length ? at : undefined;
}

/** The attempt under way, for its progress entries: its name, when it began, time carried over. */
interface Attempt {
  id: string;
  startedAt: number;
  earlierSeconds: number;
}

export function LessonScreen() {
  const id = chosenLesson.value;
  const [lesson, setLesson] = useState<Loaded<Lesson>>({ state: 'loading' });
  const [phase, setPhase] = useState<Phase>({ kind: 'modes' });
  const [tries, setTries] = useState(0);
  const attempt = useRef<Attempt | null>(null);
  // Going on is offered once on this screen: "从头开始" is not asked again.
  const offered = useRef(false);
  useEffect(() => {
    void loadLearner();
  }, []);
  useEffect(() => {
    if (!id) return;
    let live = true;
    fetchLesson(id).then(
      (value) => {
        if (!live) return;
        setLesson({ state: 'ready', value });
        const at = resumeOffer(value);
        if (at) {
          offered.current = true;
          setPhase({ kind: 'resume', at });
          say(resumePrompt(value, at));
        } else
          say(
            [t('lessons.modes.prompt', { title: localText(value.title) }), earlierMissing()]
              .filter(Boolean)
              .join(' '),
          );
      },
      () => {
        if (!live) return;
        setLesson({ state: 'failed' });
        say(
          t('lessons.list.failedSaid', {
            what: t('lessons.list.failed'),
            next: t('lessons.list.failedNext'),
          }),
        );
      },
    );
    return () => {
      live = false;
    };
  }, [id, tries]);

  // The learner's records may arrive after the lesson: offer to go on as soon as they do, if the
  // elder has not chosen yet.
  const ready = lesson.state === 'ready' ? lesson.value : null;
  const offer =
    ready && phase.kind === 'modes' && !offered.current && !attempt.current
      ? resumeOffer(ready)
      : undefined;
  useEffect(() => {
    if (!ready || !offer) return;
    offered.current = true;
    setPhase({ kind: 'resume', at: offer });
    say(resumePrompt(ready, offer));
  }, [offer]);

  // In class mode the trainer's screen follows this kiosk: a word at each step and hint level.
  const seatStep =
    phase.kind === 'steps'
      ? phase.ladder.step
      : phase.kind === 'modes' || phase.kind === 'resume'
        ? -1
        : null;
  const seatLevel = phase.kind === 'steps' ? phase.ladder.level : 0;
  useEffect(() => {
    const at = attempt.current;
    if (!classMode.value || !ready || !at || seatStep === -1) return;
    const steps = ready.steps.length;
    void reportSeat(at.id, ready.id, seatStep ?? steps, steps, seatLevel);
  }, [seatStep, seatLevel, ready]);

  // A replay ends by itself; leaving the step ends it too.
  const replaying = phase.kind === 'steps' && phase.replaying;
  useEffect(() => {
    if (!replaying) return;
    const timer = window.setTimeout(
      () => setPhase((p) => (p.kind === 'steps' ? { ...p, replaying: false } : p)),
      REPLAY_MS,
    );
    return () => window.clearTimeout(timer);
  }, [replaying]);

  if (lesson.state !== 'ready')
    return (
      <KioskScreen title={t('lessons.list.title')}>
        {lesson.state === 'loading' ? (
          <p class="info-block__lead">{t('lessons.list.loading')}</p>
        ) : (
          <Problem
            what={t('lessons.list.failed')}
            next={t('lessons.list.failedNext')}
            action={{
              label: t('lessons.list.again'),
              icon: 'refresh',
              onPress: () => {
                setLesson({ state: 'loading' });
                setTries((n) => n + 1);
              },
            }}
          />
        )}
      </KioskScreen>
    );
  const value = lesson.value;

  const toStep = (ladder: LadderState, note = '') => {
    setPhase({ kind: 'steps', ladder, note, replaying: false });
    say(stepWords(value, ladder).said);
  };
  const begin = (ladder: LadderState, earlierSeconds: number) => {
    attempt.current = { id: uuidv7(), startedAt: Date.now(), earlierSeconds };
    toStep(ladder);
  };
  const start = (mode: Mode) => begin(startLadder(mode), 0);
  /** Saved for an identified elder only (saveProgress does nothing for anyone else). */
  const record = (ladder: LadderState, finished: boolean, checkScore: number | null) => {
    const now = attempt.current;
    if (!now) return;
    const seconds = now.earlierSeconds + Math.round((Date.now() - now.startedAt) / 1000);
    void saveProgress(now.id, {
      lessonId: value.id,
      mode: ladder.mode,
      steps: value.steps.length,
      stepsDone: Math.min(ladder.step, value.steps.length),
      highestHint: ladder.highest,
      errors: ladder.errors,
      seconds: Math.min(seconds, 86_400),
      checkScore,
      finished,
    });
  };

  const onDone = () => {
    if (phase.kind !== 'steps') return;
    const next = stepDone(phase.ladder);
    if (next.step < value.steps.length) {
      record(next, false, null);
      toStep(next);
      return;
    }
    // A test is finished by its questions: saved with the score then.
    if (next.mode === 'check') {
      setPhase({ kind: 'quiz', ladder: next });
      return;
    }
    record(next, true, null);
    setPhase({ kind: 'done', ladder: next, score: 0 });
    say(`${t('lessons.step.right')} ${doneWords(next, 0)}`);
  };
  const onMiss = (touched: PhoneItem | undefined, kind: MissKind) => {
    if (phase.kind !== 'steps') return;
    const ladder = missed(phase.ladder);
    const note = missNote(value, ladder, touched, kind);
    setPhase({ kind: 'steps', ladder, note, replaying: false });
    say(note);
  };
  const onWatch = () => {
    if (phase.kind !== 'steps') return;
    setPhase({ ...phase, replaying: true });
    say(t('lessons.step.watching'));
  };

  const title =
    phase.kind === 'quiz'
      ? t('lessons.quiz.title')
      : phase.kind === 'done'
        ? t('lessons.done.title')
        : localText(value.title);
  return (
    <KioskScreen title={title}>
      {phase.kind === 'resume' && (
        <ResumeChoice
          at={phase.at}
          onResume={() => begin(resumeLadder(phase.at), phase.at.seconds)}
          onRestart={() => {
            setPhase({ kind: 'modes' });
            say(t('lessons.modes.prompt', { title: localText(value.title) }));
          }}
        />
      )}
      {phase.kind === 'modes' && earlierMissing() && (
        <p class="lesson-mine" role="status">
          {earlierMissing()}
        </p>
      )}
      {phase.kind === 'modes' && <ModeChoice lesson={value} onChoose={start} />}
      {phase.kind === 'steps' && (
        <Steps lesson={value} phase={phase} onDone={onDone} onMiss={onMiss} onWatch={onWatch} />
      )}
      {phase.kind === 'quiz' && (
        <QuizView
          questions={value.check}
          onFinish={(score) => {
            record(phase.ladder, true, score);
            setPhase({ kind: 'done', ladder: phase.ladder, score });
            say(doneWords(phase.ladder, score));
          }}
        />
      )}
      {phase.kind === 'done' && <Done lesson={value} phase={phase} onRestart={start} />}
    </KioskScreen>
  );
}

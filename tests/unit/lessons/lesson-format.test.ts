import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, validateConfigFiles } from '../../../src/shared/config/validate';
import { lessonFile, withoutLessons } from '../../../src/shared/lessons/files';
import { validateLessonFile, validateLessonFiles } from '../../../src/shared/lessons/validate';
import { demoBundle, type Json } from '../config/demo-files';

const DIR = 'kiosk-config/demo/lessons';
const demoLessons = readdirSync(DIR).filter((f) => f.endsWith('.json'));
const first = JSON.parse(readFileSync(`${DIR}/big-text-wifi.json`, 'utf8')) as Json;

/** The first demo lesson after `edit`, checked as lessons/big-text-wifi.json. */
function problemsAfter(edit: (lesson: Json) => void): string[] {
  const lesson = structuredClone(first);
  edit(lesson);
  const outcome = validateLessonFile(lessonFile('big-text-wifi'), JSON.stringify(lesson));
  return (outcome.problems ?? []).map(formatProblem);
}

describe('lesson files', () => {
  it('accepts every demo lesson', () => {
    expect(demoLessons.length).toBeGreaterThan(0);
    for (const name of demoLessons) {
      const outcome = validateLessonFile(`lessons/${name}`, readFileSync(`${DIR}/${name}`, 'utf8'));
      expect(outcome.problems?.map(formatProblem) ?? [], name).toEqual([]);
    }
  });

  it('names a target that is not on the step’s screen, with the items that are', () => {
    const problems = problemsAfter((l) => {
      l.steps[2].target = 'wifi';
    });
    expect(problems).toEqual([
      'lessons/big-text-wifi.json › steps[2].target: "wifi" is not an item on this step\'s screen — its items are back, brightness, text-size, dark',
    ]);
  });

  it('wants 5 to 8 steps, a practice task and exactly 2 check questions', () => {
    const problems = problemsAfter((l) => {
      l.steps = l.steps.slice(0, 4);
      delete l.practice;
      l.check = l.check.slice(0, 1);
    });
    expect(problems).toContain(
      'lessons/big-text-wifi.json › steps: 4 steps — a lesson has 5 to 8 steps',
    );
    expect(
      problems.some((p) =>
        p.startsWith('lessons/big-text-wifi.json › practice: missing — add "practice"'),
      ),
    ).toBe(true);
    expect(problems).toContain(
      'lessons/big-text-wifi.json › check: 1 questions — the check has exactly 2',
    );
  });

  it('wants every text in three languages and one right answer per question', () => {
    const problems = problemsAfter((l) => {
      delete l.steps[0].narration.en;
      delete l.steps[1].screen.elements[1].items[0].label['zh-Hant'];
      l.check[0].answers[1].right = true;
    });
    expect(problems.some((p) => p.includes('steps[0].narration.en'))).toBe(true);
    expect(
      problems.some((p) => p.includes('steps[1].screen.elements[1].items[0].label.zh-Hant')),
    ).toBe(true);
    expect(problems).toContain(
      'lessons/big-text-wifi.json › check[0].answers: exactly one answer must have "right": true',
    );
  });

  it('checks a drag’s drop, repeated ids and a file named for another id', () => {
    const problems = problemsAfter((l) => {
      l.id = 'wifi';
      l.steps[0].gesture = 'drag';
      l.steps[1].dropOn = 'sound';
      l.steps[3].screen.elements[2].items[1].id = 'size-small';
    });
    expect(problems).toEqual([
      'lessons/big-text-wifi.json › id: the id "wifi" differs from the file name — name the file lessons/wifi.json or change the id to "big-text-wifi"',
      'lessons/big-text-wifi.json › steps[0].dropOn: a "drag" step needs "dropOn": the id of the item the target is dragged onto',
      'lessons/big-text-wifi.json › steps[1].dropOn: "dropOn" is only for a "drag" step — this step\'s gesture is "tap"; remove it',
      'lessons/big-text-wifi.json › steps[3].screen.elements[2].items[1].id: the id "size-small" is used twice on this screen — give each item its own id',
    ]);
  });

  it('says how a lesson file must be named, and what is not JSON', () => {
    const badName = validateLessonFile('lessons/Big Text.json', '{}');
    expect(badName.problems?.[0]?.message).toMatch(/^a lesson file is named lessons\/<id>\.json/);
    const notJson = validateLessonFile('lessons/broken.json', '{ "id": ');
    expect(notJson.problems).toHaveLength(1);
  });
});

describe('lessons in a config bundle', () => {
  const withLessons = (kioskJobs: string[], lessons: Record<string, string>) => {
    const bundle = demoBundle(({ kiosk }) => {
      kiosk.jobs = kioskJobs;
    });
    return { ...bundle, files: { ...withoutLessons(bundle.files), ...lessons } };
  };

  it('validates the lesson files with the rest of the folder, in the stored form only', () => {
    const broken = JSON.stringify({ ...first, steps: [] });
    const bundle = withLessons(['help'], { [lessonFile('big-text-wifi')]: broken });
    const stored = validateConfigFiles(bundle);
    expect(stored.ok).toBe(false);
    if (!stored.ok)
      expect(stored.problems.map(formatProblem)).toContain(
        'lessons/big-text-wifi.json › steps: 0 steps — a lesson has 5 to 8 steps',
      );
    // /config.json leaves lessons out, so a kiosk validating it never sees them.
    expect(
      validateConfigFiles({ ...bundle, files: withoutLessons(bundle.files) }, 'served').ok,
    ).toBe(true);
  });

  it('lists lessons by their order', () => {
    const second = { ...structuredClone(first), id: 'second', order: 0.5 };
    const { lessons, problems } = validateLessonFiles({
      [lessonFile('big-text-wifi')]: JSON.stringify(first),
      [lessonFile('second')]: JSON.stringify({ ...second, order: 2 }),
    });
    expect(problems).toEqual([]);
    expect(lessons.map((l) => l.id)).toEqual(['big-text-wifi', 'second']);
  });
});

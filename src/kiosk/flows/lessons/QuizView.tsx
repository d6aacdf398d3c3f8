/**
 * The test's two questions. Any answer is met kindly: a right one is praised, another is told
 * the right answer and why — no red crosses, no sounds of failure — and the next question follows.
 */
import { useEffect, useState } from 'preact/hooks';
import { localText, t } from '../../../i18n';
import type { CheckQuestion } from '../../../shared/lessons/schema';
import { say } from '../../app/speech';
import { BigButton } from '../../ui';

export function QuizView({
  questions,
  onFinish,
}: {
  questions: CheckQuestion[];
  onFinish: (score: number) => void;
}) {
  const [at, setAt] = useState(0);
  const [score, setScore] = useState(0);
  /** Whether the answer given was the right one; null before an answer. */
  const [answer, setAnswer] = useState<boolean | null>(null);
  const question = questions[at];
  const counter = t('lessons.quiz.counter', { n: at + 1, total: questions.length });
  useEffect(() => {
    if (question) say(`${counter} ${localText(question.question)}`);
  }, [at]);
  if (!question) return null;
  const right = question.answers.find((a) => a.right === true);
  const last = at + 1 >= questions.length;
  const because = localText(question.because);
  const after = (wasRight: boolean) =>
    wasRight
      ? t('lessons.quiz.right', { because })
      : t('lessons.quiz.other', { answer: right ? localText(right.text) : '', because });
  return (
    <div class="lesson-quiz">
      <p class="lesson__counter">{counter}</p>
      <p class="lesson-quiz__question">{localText(question.question)}</p>
      {answer === null ? (
        <div class="lesson-quiz__answers">
          {question.answers.map((a, i) => (
            <BigButton
              // Answers have no ids; their order in the file is their identity.
              key={i}
              id={`quiz-${at}-${i}`}
              variant="secondary"
              label={localText(a.text)}
              onPress={() => {
                const wasRight = a.right === true;
                if (wasRight) setScore((n) => n + 1);
                setAnswer(wasRight);
                say(after(wasRight));
              }}
            />
          ))}
        </div>
      ) : (
        <div class="lesson-quiz__after">
          <p class="lesson__note" role="status">
            {after(answer)}
          </p>
          <BigButton
            id={`quiz-next-${at}`}
            icon="check"
            label={last ? t('lessons.done.title') : t('lessons.quiz.next')}
            onPress={() => {
              if (last) onFinish(score);
              else {
                setAt(at + 1);
                setAnswer(null);
              }
            }}
          />
        </div>
      )}
    </div>
  );
}

/**
 * The anonymous check's answers: held in memory for this one person only (nothing is stored or
 * sent), wiped when the session ends or the person is forgotten. Which questions to ask and how
 * answers read as facts are pure and shared with the console (src/shared/subsidies/questions.ts).
 */
import { signal } from '@preact/signals';
import type { CentreKioskConfig } from '../../../shared/config/schema';
import { type Answers, type Question, questions } from '../../../shared/subsidies/questions';
import { navigate, type ScreenId } from '../../app/router';
import { onSessionEnd } from '../../app/session';

export {
  type Answers,
  askedCategories,
  factsOf,
  type Question,
  questions,
} from '../../../shared/subsidies/questions';

export const answers = signal<Answers>({});
onSessionEnd(() => {
  answers.value = {};
});

const SCREEN: Record<Question, ScreenId> = {
  age: 'subsidies',
  local: 'subsidies-local',
  category: 'subsidies-category',
  disability: 'subsidies-disability',
};

/** After answering `current`: the next question, or the answer. */
export function goNext(config: CentreKioskConfig, current: Question): void {
  const list = questions(config);
  const next = list[list.indexOf(current) + 1];
  navigate(next ? SCREEN[next] : 'subsidies-answer');
}

/**
 * The subsidy check's screens, in one module the screen registry imports (so it can be loaded
 * on demand as a whole): the four questions, the answer, and the member's own figures.
 */
import { AnswerScreen } from './AnswerScreen';
import { MySubsidiesScreen } from './MySubsidiesScreen';
import { AgeScreen, CategoryScreen, DisabilityScreen, LocalScreen } from './QuestionScreens';

export const SUBSIDY_SCREENS = {
  subsidies: AgeScreen,
  'subsidies-local': LocalScreen,
  'subsidies-category': CategoryScreen,
  'subsidies-disability': DisabilityScreen,
  'subsidies-answer': AnswerScreen,
  'subsidies-mine': MySubsidiesScreen,
} as const;

/** The subsidy check's screen names, for the router. */
export type SubsidyScreenId = keyof typeof SUBSIDY_SCREENS;

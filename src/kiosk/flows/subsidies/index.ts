/**
 * The subsidy check, loaded on demand (app/lazy-screen.tsx): its four questions, the answer and
 * the member's own figures, what became of 帮我申请, and their words.
 */
import { registerAreas } from '../../../i18n';
import { subsidies } from '../../../i18n/areas/subsidies';

registerAreas({ subsidies });

export { AnswerScreen } from './AnswerScreen';
export { AppliedScreen } from './AppliedScreen';
export { MySubsidiesScreen } from './MySubsidiesScreen';
export { AgeScreen, CategoryScreen, DisabilityScreen, LocalScreen } from './QuestionScreens';

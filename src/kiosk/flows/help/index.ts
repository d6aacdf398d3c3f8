/**
 * The help-request flow (呼叫帮助 and 我的请求), loaded on demand (app/lazy-screen.tsx), with its
 * words; help's call words (help-call.ts) are in the first load for the Emergency screen.
 */
import { registerAreas } from '../../../i18n';
import { help } from '../../../i18n/areas/help';
import { identify } from '../../../i18n/areas/identify';

registerAreas({ help, identify });

export { CancelScreen } from './CancelScreen';
export { CategoriesScreen, MoreCategoriesScreen } from './CategoriesScreen';
export { ConfirmScreen } from './ConfirmScreen';
export { MyRequestsScreen } from './MyRequestsScreen';
export { WhenScreen, WhereScreen } from './QuestionScreens';
export { SentScreen } from './SentScreen';
export { WhoScreen } from './WhoScreen';

/**
 * The help-request flow (呼叫帮助 and 我的请求), loaded on demand (app/lazy-screen.tsx). Its
 * words (the help area) are in the first load already: the Emergency screen shares them.
 */
import { registerAreas } from '../../../i18n';
import { identify } from '../../../i18n/areas/identify';

registerAreas({ identify });

export { CancelScreen } from './CancelScreen';
export { CategoriesScreen, MoreCategoriesScreen } from './CategoriesScreen';
export { ConfirmScreen } from './ConfirmScreen';
export { MyRequestsScreen } from './MyRequestsScreen';
export { WhenScreen, WhereScreen } from './QuestionScreens';
export { SentScreen } from './SentScreen';
export { WhoScreen } from './WhoScreen';

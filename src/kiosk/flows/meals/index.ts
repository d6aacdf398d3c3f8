/**
 * The meals flow, loaded on demand (app/lazy-screen.tsx): its screens and its words. The
 * identify area comes too, for the "tap your card for your records" line of 我的订餐.
 */
import { registerAreas } from '../../../i18n';
import { identify } from '../../../i18n/areas/identify';
import { meals } from '../../../i18n/areas/meals';

registerAreas({ meals, identify });

export { MealsCancelScreen } from './MealsCancelScreen';
export { MealsConfirmScreen } from './MealsConfirmScreen';
export { MealsDayScreen } from './MealsDayScreen';
export { MealsMenuScreen } from './MealsMenuScreen';
export { MealsPriceScreen } from './MealsPriceScreen';
export { MealsSavedScreen } from './MealsSavedScreen';
export { MealsStartScreen } from './MealsStartScreen';
export { MealsWhereScreen } from './MealsWhereScreen';
export { MyMealsScreen } from './MyMealsScreen';

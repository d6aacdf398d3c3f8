/** Which component draws each screen. Flows add theirs here. */
import type { FunctionComponent } from 'preact';
import { AboutScreen } from '../flows/about/AboutScreen';
import { ActivitiesScreen } from '../flows/activities/ActivitiesScreen';
import { CancelScreen as HelpCancelScreen } from '../flows/help/CancelScreen';
import { CategoriesScreen, MoreCategoriesScreen } from '../flows/help/CategoriesScreen';
import { ConfirmScreen as HelpConfirmScreen } from '../flows/help/ConfirmScreen';
import { MyRequestsScreen } from '../flows/help/MyRequestsScreen';
import { WhenScreen, WhereScreen } from '../flows/help/QuestionScreens';
import { SentScreen as HelpSentScreen } from '../flows/help/SentScreen';
import { WhoScreen } from '../flows/help/WhoScreen';
import { CallStaffScreen } from '../flows/help-fixed/CallStaffScreen';
import { EmergencyScreen } from '../flows/help-fixed/EmergencyScreen';
import { HomeScreen } from '../flows/home/HomeScreen';
import { IdentifyScreen } from '../flows/identify/IdentifyScreen';
import { LanguageScreen } from '../flows/language/LanguageScreen';
import { LessonScreen, LessonsScreen } from '../flows/lessons/screens';
import { MealsCancelScreen } from '../flows/meals/MealsCancelScreen';
import { MealsConfirmScreen } from '../flows/meals/MealsConfirmScreen';
import { MealsDayScreen } from '../flows/meals/MealsDayScreen';
import { MealsMenuScreen } from '../flows/meals/MealsMenuScreen';
import { MealsPriceScreen } from '../flows/meals/MealsPriceScreen';
import { MealsSavedScreen } from '../flows/meals/MealsSavedScreen';
import { MealsStartScreen } from '../flows/meals/MealsStartScreen';
import { MealsWhereScreen } from '../flows/meals/MealsWhereScreen';
import { MyMealsScreen } from '../flows/meals/MyMealsScreen';
import { StaffEnrollScreen } from '../flows/staff/StaffEnrollScreen';
import { StaffPinScreen } from '../flows/staff/StaffPinScreen';
import { StaffScreen } from '../flows/staff/StaffScreen';
import { SUBSIDY_SCREENS } from '../flows/subsidies/screens';
import type { ScreenId } from './router';

export const SCREENS: Record<Exclude<ScreenId, 'attract'>, FunctionComponent> = {
  home: HomeScreen,
  about: AboutScreen,
  activities: ActivitiesScreen,
  language: LanguageScreen,
  'call-staff': CallStaffScreen,
  emergency: EmergencyScreen,
  'staff-pin': StaffPinScreen,
  staff: StaffScreen,
  'staff-enroll': StaffEnrollScreen,
  identify: IdentifyScreen,
  meals: MealsStartScreen,
  'meals-day': MealsDayScreen,
  'meals-menu': MealsMenuScreen,
  'meals-where': MealsWhereScreen,
  'meals-confirm': MealsConfirmScreen,
  'meals-price': MealsPriceScreen,
  'meals-saved': MealsSavedScreen,
  'meals-mine': MyMealsScreen,
  'meals-cancel': MealsCancelScreen,
  help: CategoriesScreen,
  'help-more': MoreCategoriesScreen,
  'help-when': WhenScreen,
  'help-where': WhereScreen,
  'help-who': WhoScreen,
  'help-confirm': HelpConfirmScreen,
  'help-sent': HelpSentScreen,
  'help-mine': MyRequestsScreen,
  'help-cancel': HelpCancelScreen,
  ...SUBSIDY_SCREENS,
  lessons: LessonsScreen,
  lesson: LessonScreen,
};

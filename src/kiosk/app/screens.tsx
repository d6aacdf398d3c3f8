/**
 * Which component draws each screen. The first load holds only the home screen and the two that
 * must work in the first second even if nothing else can be fetched: 紧急呼叫 and 呼叫工作人员.
 * Every other flow loads on demand: name its folder's index.ts once with `lazyFlow`, then each of
 * its screens by export name (app/lazy-screen.tsx; the README's architecture page says more).
 */
import { CallStaffScreen } from '../flows/help-fixed/CallStaffScreen';
import { EmergencyScreen } from '../flows/help-fixed/EmergencyScreen';
import { HomeScreen } from '../flows/home/HomeScreen';
import { lazyFlow, type ScreenEntry } from './lazy-screen';
import type { ScreenId } from './router';

const about = lazyFlow(() => import('../flows/about'));
const activities = lazyFlow(() => import('../flows/activities'));
const language = lazyFlow(() => import('../flows/language'));
const staff = lazyFlow(() => import('../flows/staff'));
const identify = lazyFlow(() => import('../flows/identify'));
const meals = lazyFlow(() => import('../flows/meals'));
const help = lazyFlow(() => import('../flows/help'));
const subsidies = lazyFlow(() => import('../flows/subsidies'));
const lessons = lazyFlow(() => import('../flows/lessons'));
const classes = lazyFlow(() => import('../flows/classes'));

export const SCREENS: Record<Exclude<ScreenId, 'attract'>, ScreenEntry> = {
  home: HomeScreen,
  'call-staff': CallStaffScreen,
  emergency: EmergencyScreen,
  about: about('AboutScreen'),
  activities: activities('ActivitiesScreen'),
  language: language('LanguageScreen'),
  'staff-pin': staff('StaffPinScreen'),
  staff: staff('StaffScreen'),
  'staff-enroll': staff('StaffEnrollScreen'),
  identify: identify('IdentifyScreen'),
  meals: meals('MealsStartScreen'),
  'meals-day': meals('MealsDayScreen'),
  'meals-menu': meals('MealsMenuScreen'),
  'meals-where': meals('MealsWhereScreen'),
  'meals-confirm': meals('MealsConfirmScreen'),
  'meals-price': meals('MealsPriceScreen'),
  'meals-saved': meals('MealsSavedScreen'),
  'meals-mine': meals('MyMealsScreen'),
  'meals-cancel': meals('MealsCancelScreen'),
  help: help('CategoriesScreen'),
  'help-more': help('MoreCategoriesScreen'),
  'help-when': help('WhenScreen'),
  'help-where': help('WhereScreen'),
  'help-who': help('WhoScreen'),
  'help-confirm': help('ConfirmScreen'),
  'help-sent': help('SentScreen'),
  'help-mine': help('MyRequestsScreen'),
  'help-cancel': help('CancelScreen'),
  subsidies: subsidies('AgeScreen'),
  'subsidies-local': subsidies('LocalScreen'),
  'subsidies-category': subsidies('CategoryScreen'),
  'subsidies-disability': subsidies('DisabilityScreen'),
  'subsidies-answer': subsidies('AnswerScreen'),
  'subsidies-mine': subsidies('MySubsidiesScreen'),
  'subsidies-applied': subsidies('AppliedScreen'),
  lessons: lessons('LessonsScreen'),
  lesson: lessons('LessonScreen'),
  'class-checkin': classes('CheckinScreen'),
};

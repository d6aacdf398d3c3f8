/** Which component draws each screen. Flows add theirs here. */
import type { FunctionComponent } from 'preact';
import { AboutScreen } from '../flows/about/AboutScreen';
import { ActivitiesScreen } from '../flows/activities/ActivitiesScreen';
import { CallStaffScreen } from '../flows/help-fixed/CallStaffScreen';
import { EmergencyScreen } from '../flows/help-fixed/EmergencyScreen';
import { HomeScreen } from '../flows/home/HomeScreen';
import { LanguageScreen } from '../flows/language/LanguageScreen';
import { StaffEnrollScreen } from '../flows/staff/StaffEnrollScreen';
import { StaffPinScreen } from '../flows/staff/StaffPinScreen';
import { StaffScreen } from '../flows/staff/StaffScreen';
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
};

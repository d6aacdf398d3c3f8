/**
 * Which console page needs which permission of the shared role map (src/shared/staff/roles.ts),
 * the same permission the server checks on the routes the page calls. The console only hides
 * what a role may not use; the server refuses it anyway.
 */
import { can, type Permission, type StaffRole } from '../../shared/staff/roles';
import { me } from './session';

export const PAGES = [
  'dashboard',
  'members',
  'kiosks',
  'rejections',
  'roster',
  'absent',
  'meal-report',
  'meal-prices',
  'staff',
  'people',
  'audit',
  'help-calls',
  'help-requests',
  'help-report',
  'settings',
  'settings-history',
  'canteen-menu',
  'canteen-rules',
  'lesson-cards',
  'subsidy-outreach',
  'subsidy-check',
  'subsidy-import',
  'subsidy-report',
  'classes',
  'class-learners',
  'class-report',
  'class-present',
] as const;
export type PageId = (typeof PAGES)[number];

/** The permission each page needs: the one its main route checks on the server. */
export const PAGE_PERMISSION: Record<PageId, Permission> = {
  // Every role's home: the kiosks' health, no member's details.
  dashboard: 'dashboard.read',
  members: 'members.read',
  kiosks: 'kiosks.manage',
  rejections: 'sync.rejections',
  roster: 'meals.roster',
  // The absence alert lists emergency contacts: the desk follows up, as on the members page.
  absent: 'meals.absence',
  'meal-report': 'meals.report',
  'meal-prices': 'meals.prices',
  staff: 'staff.manage',
  people: 'people.manage',
  audit: 'audit.read',
  // The calls page lists past calls and closes them; the alert above every page rings for all.
  'help-calls': 'help.calls.history',
  'help-requests': 'help.requests.manage',
  'help-report': 'help.report',
  // The kiosks' config: reading it is open, but these pages exist to publish it.
  settings: 'config.publish',
  'settings-history': 'config.publish',
  // The canteen editor publishes meals.json only (POST /api/config/meals).
  'canteen-menu': 'meals.edit',
  'canteen-rules': 'meals.edit',
  // Step cards print the public lessons of the config in force, for learners to take home.
  'lesson-cards': 'lessons.cards',
  // The outreach lists carry members' phones; the check is anonymous (the desk's page).
  'subsidy-outreach': 'subsidies.outreach',
  'subsidy-check': 'subsidies.check',
  // The bureau's lists and the rows that wait for a member: the desk's, like the register.
  'subsidy-import': 'subsidies.import',
  'subsidy-report': 'subsidies.report',
  // Trainers run their sessions and see their learners; the report is the bureau's figures.
  classes: 'classes.manage',
  'class-learners': 'classes.manage',
  'class-report': 'classes.report',
  // A class's lesson on the room's TV and its kiosks' seats (no learner's name).
  'class-present': 'classes.present',
};

export function mayOpen(role: StaffRole, page: PageId): boolean {
  return can(role, PAGE_PERMISSION[page]);
}

/** Whether the person signed in holds `permission` (nobody does while signed out). */
export function allowed(permission: Permission): boolean {
  const who = me.value;
  return who ? can(who.role, permission) : false;
}

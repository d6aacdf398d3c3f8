/**
 * Which roles see which console page. The console only hides what a role may not use; the
 * server refuses it anyway (requireRole on every route).
 */
import type { StaffRole } from '../api/types';

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
  'audit',
  'help-calls',
  'help-requests',
  'help-report',
  'settings',
  'settings-history',
  'canteen-menu',
  'canteen-rules',
] as const;
export type PageId = (typeof PAGES)[number];

const ALL: readonly StaffRole[] = ['admin', 'staff', 'kitchen', 'trainer'];

/** Mirrors the server: kiosks, staff accounts and the audit log are admin-only routes. */
export const PAGE_ROLES: Record<PageId, readonly StaffRole[]> = {
  dashboard: ALL,
  members: ['admin', 'staff'],
  kiosks: ['admin'],
  rejections: ['admin', 'staff'],
  // The meal routes: the roster for the kitchen and the desk, the money for admins.
  roster: ['admin', 'staff', 'kitchen'],
  // The absence alert lists emergency contacts: the desk follows up, as on the members page.
  absent: ['admin', 'staff'],
  'meal-report': ['admin'],
  'meal-prices': ['admin'],
  staff: ['admin'],
  audit: ['admin'],
  // Help: the desk answers calls and works the request queue; the month's figures are admin's.
  'help-calls': ['admin', 'staff'],
  'help-requests': ['admin', 'staff'],
  'help-report': ['admin'],
  // The kiosks' config: only admins publish (the server refuses anyone else).
  settings: ['admin'],
  'settings-history': ['admin'],
  // The canteen editor: menus and prices are the kitchen's job too (meals.json only; the server's
  // POST /api/config/meals lets kitchen and admin publish it, nothing else).
  'canteen-menu': ['admin', 'kitchen'],
  'canteen-rules': ['admin', 'kitchen'],
};

export function mayOpen(role: StaffRole, page: PageId): boolean {
  return PAGE_ROLES[page].includes(role);
}

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
};

export function mayOpen(role: StaffRole, page: PageId): boolean {
  return PAGE_ROLES[page].includes(role);
}

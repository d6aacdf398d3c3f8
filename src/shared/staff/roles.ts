/**
 * The one role map: which staff roles exist and what each may do, by named permission. The
 * centre server checks a permission on every console route (`requirePermission` in
 * src/server/staff/session.middleware.ts) and strips what a permission withholds from shared
 * answers (the emergency alert); the console builds its menu and pages from the same table, so
 * it hides exactly what the server refuses. Routes never name roles: a new role or a changed
 * duty is one edit here.
 *
 * The rules (issue #11): the register and its contacts (phones, addresses, emergency contacts)
 * are the desk's — admin and staff; the kitchen sees meals; trainers see nothing of the register
 * (until a trainer feature adds what they need); every signed-in console still rings for an
 * emergency and anyone may say "I'm on it".
 */

/** Every role an account can have (the staff_accounts.role check in the database matches). */
export const STAFF_ROLES = ['admin', 'staff', 'kitchen', 'trainer'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

const EVERYONE = STAFF_ROLES;
/** The front desk: the people who know the members and follow up with them. */
const DESK = ['admin', 'staff'] as const satisfies readonly StaffRole[];
const ADMIN = ['admin'] as const satisfies readonly StaffRole[];

/** Each permission and the roles that hold it. */
export const PERMISSIONS = {
  /** Their own account: who am I, change my password. */
  'account.self': EVERYONE,
  /** The dashboard and the live event stream: kiosks' health, no member's details. */
  'dashboard.read': EVERYONE,

  /**
   * Be rung for an emergency: the active calls and their live events, naming the kiosk's place.
   * The member's phone and emergency contact come with them only for `members.contacts`.
   */
  'help.calls.alert': EVERYONE,
  /** "I'm on it": whoever is nearest goes, whatever their job. */
  'help.calls.acknowledge': EVERYONE,
  /** Resolve a call or call it a false alarm: the desk writes the record of what happened. */
  'help.calls.close': DESK,
  /** Past calls between two days and their escalation attempts (the calls page). */
  'help.calls.history': DESK,
  /** The service-request queue: list, read, assign, status, notes (requests carry contacts). */
  'help.requests.manage': DESK,
  /** Complaints, wherever requests are listed or sent: they may be about the staff themselves. */
  'help.requests.complaints': ADMIN,
  /** The month's help figures and their CSV. */
  'help.report': ADMIN,

  /** The member register: the list and each member's record. */
  'members.read': DESK,
  /** Members' phones, addresses and emergency contacts outside the register (alerts, lists). */
  'members.contacts': DESK,
  /** The register as a CSV file. */
  'members.export': DESK,
  /** Add, edit and import members. */
  'members.write': DESK,
  /**
   * A member's resident ID number, masked ("110105********1234"), and setting it: bureau lists
   * are matched on it. It never reaches a kiosk.
   */
  'members.idNumber': DESK,
  /** See a member's ID number whole (each time audited). */
  'members.idNumber.reveal': ADMIN,
  /** What each member receives per subsidy programme (amounts, since when, suspensions). */
  'subsidies.register.read': DESK,
  /** Change what a member receives. */
  'subsidies.register.write': DESK,
  /**
   * The outreach lists: members who could get a subsidy and do not, and birthdays that open one,
   * with their phones — for the desk to call (CSV and print included).
   */
  'subsidies.outreach': DESK,
  /**
   * Answer the anonymous subsidy check for an elder at the desk and print it. The rules are
   * public and nothing is recorded, so no route checks this: it puts the page in the desk's menu.
   */
  'subsidies.check': DESK,
  /** Import the bureau's monthly lists, and match or dismiss the rows that matched no member. */
  'subsidies.import': DESK,
  /** The month's subsidy payments by programme (people and amounts) and their CSV. */
  'subsidies.report': DESK,

  /**
   * The kitchen roster and marking meals served / delivered / no-show. Its delivery lines carry
   * the address and phone the meal is taken to: delivering it is the roster's purpose.
   */
  'meals.roster': ['admin', 'staff', 'kitchen'],
  /** 平安签到: absent 独居 members with their emergency contacts, and the follow-ups. */
  'meals.absence': DESK,
  /** The meal and subsidy report (money). */
  'meals.report': ADMIN,
  /** The price preview page (what each kind of member pays). */
  'meals.prices': ADMIN,
  /** The canteen editor: publish meals.json (and nothing else), list and upload meal photos. */
  'meals.edit': ['admin', 'kitchen'],

  /**
   * Read the config versions and check a draft: the config describes the centre and its kiosks,
   * not people, and the canteen editor starts from it.
   */
  'config.read': EVERYONE,
  /**
   * Print a lesson's step card for a learner to take home. The lessons themselves are public
   * (kiosks read /lessons/ without signing in), so no route checks this: it only puts the page in
   * the menus of those who teach — trainers, the desk and admins — and not the kitchen's.
   */
  'lessons.cards': ['admin', 'staff', 'trainer'],
  /**
   * Courses, class sessions and check-in by hand (issue #15): a trainer runs the sessions they
   * teach and sees their learners' names and lesson records — never the register's contacts.
   */
  'classes.manage': ['admin', 'trainer'],
  /** The bureau's training report (person-times, unique learners), its CSV and sign-in sheet. */
  'classes.report': ['admin', 'trainer'],
  /** The presenter screen: a class's lesson on the room's TV and its kiosks' seats, no names. */
  'classes.present': ['admin', 'trainer'],
  /** Publish or restore a whole config version (the settings pages). */
  'config.publish': ADMIN,
  /** Enrollment codes, the fleet, kiosk settings, revoking. */
  'kiosks.manage': ADMIN,
  /** The refusals kiosks were sent (what elders tried and why it was refused). */
  'sync.rejections': DESK,
  /** Staff accounts: list, add, role, disable, reset a password. */
  'staff.manage': ADMIN,
  /** The audit log. */
  'audit.read': ADMIN,
  /**
   * The people list: field workers and volunteers without a console account (names and phones).
   * The desk sees the active field workers only as names to assign (help.requests.manage).
   */
  'people.manage': ADMIN,
} as const satisfies Record<string, readonly StaffRole[]>;

export type Permission = keyof typeof PERMISSIONS;

/** The roles that hold `permission`, in STAFF_ROLES order. */
export function rolesWith(permission: Permission): readonly StaffRole[] {
  return PERMISSIONS[permission];
}

/** Whether `role` holds `permission`. */
export function can(role: StaffRole, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly StaffRole[]).includes(role);
}

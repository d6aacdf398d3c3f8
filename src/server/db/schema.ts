/** Every table the centre server stores, for Kysely's typed queries. One table file per feature. */
import type { AuditLogTable } from '../audit/audit.table';
import type {
  ClassCheckinTable,
  ClassGuestTable,
  ClassSessionTable,
  ClassVolunteerTable,
  CourseTable,
  MemberCommunityTable,
} from '../classes/classes.table';
import type { ClassSeatTable } from '../classes/presenter.table';
import type { ConfigVersionTable } from '../config/config.table';
import type {
  HelpCallTable,
  HelpEscalationTable,
  HelpEventTable,
  ServiceNoteTable,
  ServiceRequestTable,
} from '../help/help.table';
import type { KioskEnrollmentCodeTable, KioskTable } from '../kiosks/kiosks.table';
import type { KioskMoveTable, KioskMoveTokenTable } from '../kiosks/moves.table';
import type { LessonProgressTable } from '../lessons/lesson-progress.table';
import type { AbsenceCheckTable } from '../meals/absence.table';
import type { MealBookingTable, MealCountTable, MealNoticeTable } from '../meals/meals.table';
import type {
  CardKeyTable,
  MemberCardKeyTable,
  MemberPinTriesTable,
} from '../members/card-keys.table';
import type { MemberIdNumberTable } from '../members/id-number.table';
import type { MemberTable } from '../members/members.table';
import type { PersonTable } from '../people/people.table';
import type { PhotoTable } from '../photos/photos.table';
import type { LoginAttemptTable, StaffAccountTable, StaffSessionTable } from '../staff/staff.table';
import type { SubsidyApplicationTable } from '../subsidies/applications.table';
import type { SubsidyImportTable, SubsidyRecordTable } from '../subsidies/records.table';
import type { MemberSubsidyTable } from '../subsidies/subsidies.table';
import type { ChangeTable, DatabaseRestoreTable } from '../sync/changes.table';
import type { ProofKeyTable, ServerMarkTable } from '../sync/proof.table';
import type { SyncEntryTable } from '../sync/sync.table';

export interface Database {
  staff_accounts: StaffAccountTable;
  staff_sessions: StaffSessionTable;
  login_attempts: LoginAttemptTable;
  audit_log: AuditLogTable;
  kiosks: KioskTable;
  kiosk_enrollment_codes: KioskEnrollmentCodeTable;
  kiosk_moves: KioskMoveTable;
  kiosk_move_tokens: KioskMoveTokenTable;
  sync_entries: SyncEntryTable;
  members: MemberTable;
  card_keys: CardKeyTable;
  member_card_keys: MemberCardKeyTable;
  member_pin_tries: MemberPinTriesTable;
  changes: ChangeTable;
  meal_bookings: MealBookingTable;
  meal_counts: MealCountTable;
  meal_notices: MealNoticeTable;
  absence_checks: AbsenceCheckTable;
  config_versions: ConfigVersionTable;
  help_calls: HelpCallTable;
  help_escalations: HelpEscalationTable;
  service_requests: ServiceRequestTable;
  service_notes: ServiceNoteTable;
  help_events: HelpEventTable;
  photos: PhotoTable;
  people: PersonTable;
  proof_keys: ProofKeyTable;
  server_marks: ServerMarkTable;
  database_restores: DatabaseRestoreTable;
  member_subsidies: MemberSubsidyTable;
  member_id_numbers: MemberIdNumberTable;
  subsidy_imports: SubsidyImportTable;
  subsidy_records: SubsidyRecordTable;
  subsidy_applications: SubsidyApplicationTable;
  lesson_progress: LessonProgressTable;
  courses: CourseTable;
  class_sessions: ClassSessionTable;
  class_volunteers: ClassVolunteerTable;
  class_guests: ClassGuestTable;
  class_checkins: ClassCheckinTable;
  member_communities: MemberCommunityTable;
  class_seats: ClassSeatTable;
}

/**
 * Every migration, listed by hand rather than read from the folder, so the server bundles into
 * one file and never depends on what happens to sit on disk. Names sort in the order they run:
 * add a new one as `YYYYMMDD_HHMM_what.ts` and list it here.
 */
import type { Migration } from 'kysely';
import * as staff from './20261124_1940_staff';
import * as audit from './20261124_1941_audit';
import * as kiosksSync from './20261124_2000_kiosks_sync';
import * as members from './20261124_2200_members';
import * as meals from './20261124_2300_meals';
import * as absence from './20261124_2330_absence';
import * as help from './20261125_0100_help';
import * as configVersions from './20261125_0200_config_versions';
import * as photos from './20261125_0300_photos';
import * as helpEscalationOutcome from './20261205_0600_help_escalation_outcome';
import * as staffNameConfirmed from './20261205_0700_staff_name_confirmed';
import * as people from './20261205_0800_people';
import * as helpCallKind from './20261205_1230_help_call_kind';
import * as proofKeys from './20261205_1300_proof_keys';
import * as cardKeys from './20261205_1310_card_keys';
import * as changesTxid from './20261205_1600_changes_txid';
import * as databaseRestores from './20261205_1700_database_restores';
import * as lessonProgress from './20261205_1900_lesson_progress';
import * as memberSubsidies from './20261205_2000_member_subsidies';
import * as classes from './20261205_2100_classes';
import * as memberIdNumbers from './20261205_2105_member_id_numbers';
import * as subsidyRecords from './20261205_2115_subsidy_records';
import * as subsidyRequests from './20261205_2300_subsidy_requests';
import * as subsidyApplications from './20261206_0100_subsidy_applications';
import * as classSeats from './20261206_0300_class_seats';
import * as classSessionCancel from './20261206_0300_class_session_cancel';
import * as kioskMoves from './20261206_0300_kiosk_moves';

export const migrations: Record<string, Migration> = {
  '20261124_1940_staff': staff,
  '20261124_1941_audit': audit,
  '20261124_2000_kiosks_sync': kiosksSync,
  '20261124_2200_members': members,
  '20261124_2300_meals': meals,
  '20261124_2330_absence': absence,
  '20261125_0100_help': help,
  '20261125_0200_config_versions': configVersions,
  '20261125_0300_photos': photos,
  '20261205_0600_help_escalation_outcome': helpEscalationOutcome,
  '20261205_0700_staff_name_confirmed': staffNameConfirmed,
  '20261205_0800_people': people,
  '20261205_1230_help_call_kind': helpCallKind,
  '20261205_1300_proof_keys': proofKeys,
  '20261205_1310_card_keys': cardKeys,
  '20261205_1600_changes_txid': changesTxid,
  '20261205_1700_database_restores': databaseRestores,
  '20261205_1900_lesson_progress': lessonProgress,
  '20261205_2000_member_subsidies': memberSubsidies,
  '20261205_2100_classes': classes,
  '20261205_2105_member_id_numbers': memberIdNumbers,
  '20261205_2115_subsidy_records': subsidyRecords,
  '20261205_2300_subsidy_requests': subsidyRequests,
  '20261206_0100_subsidy_applications': subsidyApplications,
  '20261206_0300_class_seats': classSeats,
  '20261206_0300_class_session_cancel': classSessionCancel,
  '20261206_0300_kiosk_moves': kioskMoves,
};

/** What the kiosk keeps of classes through pull: each day's sessions ("class-day", key = day). */
import { CLASS_DAY_CHANGE, type ClassDay } from '../../../shared/classes/sessions';
import { type ReplicaType, replicaType } from '../../offline/pull-types';

export const CLASS_DAY_TYPE = replicaType<ClassDay>({ change: CLASS_DAY_CHANGE });

/** The classes types to replicate. */
export const CLASS_REPLICA_TYPES = [CLASS_DAY_TYPE] as unknown as readonly ReplicaType<unknown>[];

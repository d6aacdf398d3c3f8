/**
 * The centre's kiosk configuration: one valibot schema per file in a config folder
 * (kiosk-config/<centre>/*.json). The kiosk, the console, the server and
 * `npm run config:check` all validate with these, so an error reads the same everywhere.
 */
import { type CentreConfig, CentreSchema } from './centre';
import { type HelpConfig, HelpSchema } from './help';
import { type KioskConfig, KioskSchema, ServedKioskSchema } from './kiosk';
import { type MealsConfig, MealsSchema } from './meals';
import { type SubsidiesConfig, SubsidiesSchema } from './subsidies';

export {
  ActivitySchema,
  type CentreConfig,
  CentreSchema,
  OpeningHoursSchema,
  PhoneSchema,
} from './centre';
export { LANGUAGES, type Language, LocalText } from './fields';
export {
  HELP_ASKS,
  HELP_ICONS,
  type HelpAsk,
  type HelpCategory,
  type HelpConfig,
  type HelpIcon,
  HelpSchema,
} from './help';
export {
  JOBS,
  type Job,
  type KioskConfig,
  KioskSchema,
  type PinHash,
  PinHashSchema,
  ServedKioskSchema,
} from './kiosk';
export { ALLERGENS, MEAL_FLAGS, type MealsConfig, MealsSchema } from './meals';
export { type SubsidiesConfig, SubsidiesSchema } from './subsidies';
export { ServedVoiceSchema, type VoiceConfig, VoiceSchema } from './voice';

/** The files of a config folder and the schema each must satisfy. */
export const CONFIG_FILES = {
  'centre.json': CentreSchema,
  'kiosk.json': KioskSchema,
  'meals.json': MealsSchema,
  'help.json': HelpSchema,
  'subsidies.json': SubsidiesSchema,
} as const;
/**
 * The same files as /config.json serves them to kiosks: kiosk.json without the staff PIN hash and
 * the Azure key, which stay on the server (issue #11; see src/server/config/served-files.ts).
 */
export const SERVED_CONFIG_FILES = {
  ...CONFIG_FILES,
  'kiosk.json': ServedKioskSchema,
} as const;
/** The name of one config file. */
export type ConfigFileName = keyof typeof CONFIG_FILES;
/**
 * Files a centre may leave out: no canteen, no meals.json (and no "meals" job); no help.json,
 * no "help" job; no subsidies.json, no "subsidies" job.
 */
export const OPTIONAL_CONFIG_FILES: readonly ConfigFileName[] = [
  'meals.json',
  'help.json',
  'subsidies.json',
];

/** A whole, validated centre configuration. */
export interface CentreKioskConfig {
  /** A content hash of the files, so kiosks and staff can tell versions apart. */
  version: string;
  centre: CentreConfig;
  kiosk: KioskConfig;
  /** The canteen, when the centre has one. */
  meals?: MealsConfig;
  /** The emergency button's timing and the service categories, when the centre offers help. */
  help?: HelpConfig;
  /** The money programmes elders may be entitled to, when the centre answers "我能领什么？". */
  subsidies?: SubsidiesConfig;
}

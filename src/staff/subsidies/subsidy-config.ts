/** The centre's subsidy rules as the console's subsidy pages read them (one read per visit). */
import { signal } from '@preact/signals';
import type { LocalText } from '../../shared/config/fields';
import type { CentreKioskConfig } from '../../shared/config/schema';
import { configLoader } from '../app/centre-config';

export interface SubsidyRules {
  centreName: LocalText;
  /** The whole config: the check asks its questions from it as the kiosk does. */
  config: CentreKioskConfig;
}

export const subsidyRules = signal<SubsidyRules | Error | null>(null);

export const loadSubsidyRules = configLoader(subsidyRules, (config) => ({
  centreName: config.centre.name,
  config,
}));

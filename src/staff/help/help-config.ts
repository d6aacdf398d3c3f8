/**
 * The centre's help.json as the kiosk reads it (/config.json, through app/centre-config.ts): the
 * service categories' names in three languages, and the centre's time zone for "this month".
 * Read once per console visit; a category the config no longer lists is shown by its id.
 */
import { signal } from '@preact/signals';
import { localText, t, verbatim } from '../../i18n';
import type { HelpConfig } from '../../shared/config/help';
import type { ServiceRequestView } from '../../shared/help/api-types';
import { SUBSIDY_APPLY_CATEGORY } from '../../shared/subsidies/apply';
import { configLoader } from '../app/centre-config';

export interface HelpSettings {
  /** undefined: the centre has no help.json. */
  help: HelpConfig | undefined;
  timeZone: string;
}

/** The config once read; null before; an Error when it could not be read or is invalid. */
export const helpSettings = signal<HelpSettings | Error | null>(null);

/** Reads /config.json the first time a help page asks (again after a failure). */
export const loadHelpSettings = configLoader(helpSettings, (config) => ({
  help: config.help,
  timeZone: config.centre.timeZone,
}));

/**
 * A category's name in the console's language (its id when the config does not list it); an
 * appointment to apply for a subsidy (帮我申请, not a help.json category) is named as such.
 */
export function categoryName(id: string): string {
  if (id === SUBSIDY_APPLY_CATEGORY) return t('helpdesk.requests.subsidyApply');
  const settings = helpSettings.value;
  const category =
    settings && !(settings instanceof Error)
      ? settings.help?.categories.find((c) => c.id === id)
      : undefined;
  return category ? localText(category.label) : verbatim(id);
}

/** The centre's time zone once read, else the demo's (only "this month" depends on it). */
export function centreZone(): string {
  const settings = helpSettings.value;
  return settings && !(settings instanceof Error) ? settings.timeZone : 'Asia/Shanghai';
}

/** What a request is for: its category, or for 帮我申请 the programme it is about. */
export function requestTitle(r: Pick<ServiceRequestView, 'category' | 'programme'>): string {
  return r.programme
    ? t('helpdesk.requests.subsidyApplyFor', { name: localText(r.programme.name) })
    : categoryName(r.category);
}

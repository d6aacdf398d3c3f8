/**
 * The centre's help.json as the kiosk reads it (/config.json, validated the same way): the
 * service categories' names in three languages, and the centre's time zone for "this month".
 * Read once per console visit; a category the config no longer lists is shown by its id.
 */
import { signal } from '@preact/signals';
import { localText, verbatim } from '../../i18n';
import type { HelpConfig } from '../../shared/config/help';
import { type ConfigBundle, validateConfigFiles } from '../../shared/config/validate';

export interface HelpSettings {
  /** undefined: the centre has no help.json. */
  help: HelpConfig | undefined;
  timeZone: string;
}

/** The config once read; null before; an Error when it could not be read or is invalid. */
export const helpSettings = signal<HelpSettings | Error | null>(null);

let loading: Promise<void> | null = null;

/** Reads /config.json the first time a help page asks (again after a failure). */
export function loadHelpSettings(): Promise<void> {
  if (helpSettings.value && !(helpSettings.value instanceof Error)) return Promise.resolve();
  loading ??= (async () => {
    try {
      const res = await fetch('/config.json', { credentials: 'same-origin' });
      if (!res.ok) throw new Error(`config.json answered ${res.status}`);
      const result = validateConfigFiles((await res.json()) as ConfigBundle);
      if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
      helpSettings.value = { help: result.config.help, timeZone: result.config.centre.timeZone };
    } catch (error) {
      helpSettings.value = error instanceof Error ? error : new Error(String(error));
    } finally {
      loading = null;
    }
  })();
  return loading;
}

/** A category's name in the console's language (its id when the config does not list it). */
export function categoryName(id: string): string {
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

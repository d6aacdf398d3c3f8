/**
 * Each setting's label (the same words as on its settings page) and how its values are said,
 * by file and path. The history words a change with them: "空闲超时 90 秒 → 120 秒".
 */
import { HTML_LANG, language, runtimeKey, t, verbatim } from '../../i18n';
import { LANGUAGES, type Language } from '../../shared/config/fields';
import type { ConfigChange } from '../../shared/config/versions-api';
import { yuanShort } from '../../shared/money';

/** How a value of a setting is said. */
export type Format =
  | 'text'
  | 'number'
  | 'seconds'
  | 'ms'
  | 'minutes'
  | 'bool'
  | 'localText'
  | 'job'
  | 'jobs'
  | 'phoneKind'
  | 'weekdays'
  | 'textSize'
  | 'provider'
  | 'language'
  | 'languages'
  | 'icon'
  | 'asks'
  | 'secret'
  | 'fen'
  | 'item';

interface Field {
  /** The label's i18n key; null for a block that only groups settings. */
  key: string | null;
  format: Format;
  /** For a list: the name of one item ("电话" → "电话 2"). */
  item?: string;
  /** The label takes {{language}} from the language in the path (the voices). */
  withLanguage?: boolean;
}

const f = (key: string | null, format: Format = 'text', extra: Partial<Field> = {}): Field => ({
  key,
  format,
  ...extra,
});

/** "file:path", with "#" for a list's item and "*" for a language. */
const FIELDS: Record<string, Field> = {
  'centre.json:id': f('settings.labels.centreId'),
  'centre.json:name': f('settings.centre.name', 'localText'),
  'centre.json:address': f('settings.centre.address', 'localText'),
  'centre.json:staffLocation': f('settings.centre.staffLocation', 'localText'),
  'centre.json:timeZone': f('settings.centre.timeZone'),
  'centre.json:phones': f('settings.centre.phones', 'item', { item: 'settings.centre.phone' }),
  'centre.json:phones.#.kind': f('settings.centre.phoneKind', 'phoneKind'),
  'centre.json:phones.#.label': f('settings.centre.phoneLabel', 'localText'),
  'centre.json:phones.#.number': f('settings.centre.phoneNumber'),
  'centre.json:openingHours': f('settings.centre.openingHours', 'item', {
    item: 'settings.centre.period',
  }),
  'centre.json:openingHours.#.days': f('settings.centre.days', 'weekdays'),
  'centre.json:openingHours.#.open': f('settings.centre.open'),
  'centre.json:openingHours.#.close': f('settings.centre.close'),
  'centre.json:activities': f('settings.centre.activities', 'item', {
    item: 'settings.centre.activity',
  }),
  'centre.json:activities.#.id': f('settings.centre.activityId'),
  'centre.json:communities': f('classesConsole.settings.communities', 'item', {
    item: 'classesConsole.settings.community',
  }),
  'centre.json:communities.#.id': f('classesConsole.settings.communityId'),
  'centre.json:communities.#.name': f('classesConsole.settings.communityName', 'localText'),
  'centre.json:trainingTarget': f('classesConsole.settings.target', 'number'),
  'centre.json:activities.#.title': f('settings.centre.title', 'localText'),
  'centre.json:activities.#.place': f('settings.centre.place', 'localText'),
  'centre.json:activities.#.start': f('settings.centre.start'),
  'centre.json:activities.#.end': f('settings.centre.end'),
  'centre.json:activities.#.days': f('settings.centre.days', 'weekdays'),
  'centre.json:activities.#.date': f('settings.centre.date'),
  'kiosk.json:languages': f(null),
  'kiosk.json:languages.enabled': f('settings.languages.enabled', 'languages'),
  'kiosk.json:languages.default': f('settings.languages.default', 'language'),
  'kiosk.json:jobs': f('settings.kiosk.jobs', 'jobs'),
  'kiosk.json:jobs.#': f('settings.kiosk.jobs', 'job'),
  'kiosk.json:idle': f(null),
  'kiosk.json:idle.timeoutSeconds': f('settings.kiosk.idleTimeout', 'seconds'),
  'kiosk.json:idle.warningSeconds': f('settings.kiosk.idleWarning', 'seconds'),
  'kiosk.json:touch': f(null),
  'kiosk.json:touch.repeatIgnoreMs': f('settings.kiosk.repeatIgnore', 'ms'),
  'kiosk.json:touch.clickSound': f('settings.kiosk.clickSound', 'bool'),
  'kiosk.json:display': f(null),
  'kiosk.json:display.defaultTextSize': f('settings.kiosk.textSize', 'textSize'),
  'kiosk.json:display.highContrast': f('settings.kiosk.highContrast', 'bool'),
  'kiosk.json:attract': f(null),
  'kiosk.json:attract.speakEveryMinutes': f('settings.kiosk.attractEvery', 'minutes'),
  'kiosk.json:voice': f(null),
  'kiosk.json:voice.provider': f('settings.voice.provider', 'provider'),
  'kiosk.json:voice.azure': f('settings.voice.azure', 'secret'),
  'kiosk.json:voice.azure.region': f('settings.voice.region'),
  'kiosk.json:voice.azure.subscriptionKey': f('settings.voice.key', 'secret'),
  'kiosk.json:voice.voices': f(null),
  'kiosk.json:voice.voices.*': f(null),
  'kiosk.json:voice.voices.*.lang': f('settings.voice.speechLanguage', 'text', {
    withLanguage: true,
  }),
  'kiosk.json:voice.voices.*.name': f('settings.voice.voiceName', 'text', {
    withLanguage: true,
  }),
  'kiosk.json:voice.rate': f('settings.voice.rate', 'number'),
  'kiosk.json:voice.volume': f('settings.voice.volume', 'number'),
  'kiosk.json:voice.promptOnEntry': f('settings.voice.promptOnEntry', 'bool'),
  'kiosk.json:staff': f(null),
  'kiosk.json:staff.pin': f('settings.labels.staffPin', 'secret'),
  'help.json:emergency': f(null),
  'help.json:emergency.countdownSeconds': f('settings.help.countdown', 'seconds'),
  'help.json:emergency.escalateAfterSeconds': f('settings.help.escalateAfter', 'seconds'),
  'help.json:emergency.localAlarm': f('settings.help.localAlarm', 'bool'),
  'help.json:emergency.escalationPhone': f('settings.help.escalationPhone'),
  'help.json:categories': f('settings.help.categories', 'item', {
    item: 'settings.help.category',
  }),
  'help.json:categories.#.id': f('settings.help.id'),
  'help.json:categories.#.icon': f('settings.help.icon', 'icon'),
  'help.json:categories.#.label': f('settings.help.label', 'localText'),
  'help.json:categories.#.asks': f('settings.help.asks', 'asks'),
  'help.json:categories.#.complaint': f('settings.help.complaint', 'bool'),
  'subsidies.json:parameters': f('subsidySettings.parameters', 'item', {
    item: 'subsidySettings.parameter',
  }),
  'subsidies.json:parameters.#.id': f('subsidySettings.parameterId'),
  'subsidies.json:parameters.#.label': f('subsidySettings.parameterLabel', 'localText'),
  'subsidies.json:parameters.#.fen': f('subsidySettings.parameterFen', 'fen'),
  'subsidies.json:programmes': f('subsidySettings.programmes', 'item', {
    item: 'subsidySettings.programme',
  }),
  'subsidies.json:programmes.#.id': f('subsidySettings.id'),
  'subsidies.json:programmes.#.benefit': f('subsidySettings.benefit'),
  'subsidies.json:programmes.#.level': f('subsidySettings.level'),
  'subsidies.json:programmes.#.name': f('subsidySettings.name', 'localText'),
  'subsidies.json:programmes.#.kind': f('subsidySettings.kind'),
  'subsidies.json:programmes.#.localHukouOnly': f('subsidySettings.localHukouOnly', 'bool'),
  'subsidies.json:programmes.#.ageStart': f('subsidySettings.ageStart'),
  'subsidies.json:programmes.#.amounts': f('subsidySettings.amounts', 'item', {
    item: 'subsidySettings.amounts',
  }),
  'subsidies.json:programmes.#.amounts.#.fen': f('subsidySettings.amountFen', 'fen'),
  'subsidies.json:programmes.#.amounts.#.parameter': f('subsidySettings.amountHow'),
  'subsidies.json:programmes.#.exclusiveGroup': f('subsidySettings.exclusiveGroup'),
  'subsidies.json:programmes.#.payout': f(null),
  'subsidies.json:programmes.#.payout.months': f('subsidySettings.payoutMonths', 'number'),
  'subsidies.json:programmes.#.payout.day': f('subsidySettings.payoutDay', 'number'),
  'subsidies.json:programmes.#.automatic': f('subsidySettings.automatic', 'bool'),
  'subsidies.json:programmes.#.documents': f('subsidySettings.documents', 'item', {
    item: 'subsidySettings.document',
  }),
  'subsidies.json:programmes.#.documents.#': f('subsidySettings.document', 'localText'),
  'subsidies.json:programmes.#.apply': f('subsidySettings.apply', 'localText'),
  'subsidies.json:meals': f('subsidySettings.meals'),
  'subsidies.json:meals.name': f('subsidySettings.name', 'localText'),
  'subsidies.json:meals.automatic': f('subsidySettings.automatic', 'bool'),
  'subsidies.json:meals.apply': f('subsidySettings.apply', 'localText'),
};

const FILE_KEYS: Record<string, string> = {
  'centre.json': 'settings.files.centre',
  'kiosk.json': 'settings.files.kiosk',
  'help.json': 'settings.files.help',
  'meals.json': 'settings.files.meals',
  'subsidies.json': 'settings.files.subsidies',
};

/** The file in words ("关于中心的设置"), or its name when these pages do not know it. */
export function fileLabel(file: string): string {
  const key = FILE_KEYS[file];
  return key ? t(runtimeKey(key)) : verbatim(file);
}

const languageName = (lang: Language) => t(`settings.languageNames.${lang}`);
const isLanguage = (x: unknown): x is Language => (LANGUAGES as readonly unknown[]).includes(x);

/** A list in the reader's language: "太极拳、书法班和戏曲" / "a, b and c". */
function listed(items: string[]): string {
  if (items.length === 0) return t('settings.diff.none');
  return new Intl.ListFormat(HTML_LANG[language.value], { type: 'conjunction' }).format(items);
}

/** An item's name in a summary: its title or label in the reader's language, and its number. */
function summary(value: Record<string, unknown>): string {
  const words = (value.title ?? value.label) as Record<string, string> | undefined;
  const name = words && typeof words === 'object' ? words[language.value] : undefined;
  const number = typeof value.number === 'string' ? value.number : undefined;
  if (name && number) return t('settings.diff.nameAndNumber', { name, number });
  return verbatim(name ?? number ?? (typeof value.id === 'string' ? value.id : ''));
}

/** One value of a setting in words: "90 秒", "开", "简体中文和英文". */
export function sayValue(value: unknown, format: Format): string {
  if (value === undefined || value === null) return t('settings.diff.none');
  switch (format) {
    case 'seconds':
    case 'ms':
    case 'minutes':
      return typeof value === 'number'
        ? t(`settings.units.${format}`, { count: value })
        : verbatim(String(value));
    case 'bool':
      return t(value === true ? 'settings.diff.yes' : 'settings.diff.no');
    case 'localText':
      return typeof value === 'object'
        ? verbatim((value as Record<string, string>)[language.value] ?? '')
        : verbatim(String(value));
    case 'job':
      return t(runtimeKey(`settings.jobs.${String(value)}`));
    case 'jobs':
      return Array.isArray(value)
        ? listed(value.map((j) => t(runtimeKey(`settings.jobs.${String(j)}`))))
        : verbatim(String(value));
    case 'phoneKind':
      return t(runtimeKey(`settings.centre.phoneKinds.${String(value)}`));
    case 'weekdays':
      return Array.isArray(value)
        ? listed(value.map((d) => t(runtimeKey(`settings.weekdays.${String(d)}`))))
        : verbatim(String(value));
    case 'textSize':
      return t(runtimeKey(`settings.textSizes.${String(value).replace('.', '_')}`));
    case 'provider':
      return t(runtimeKey(`settings.voice.providers.${String(value)}`));
    case 'language':
      return isLanguage(value) ? languageName(value) : verbatim(String(value));
    case 'languages':
      return Array.isArray(value)
        ? listed(value.map((l) => (isLanguage(l) ? languageName(l) : verbatim(String(l)))))
        : verbatim(String(value));
    case 'icon':
      return t(runtimeKey(`settings.help.icons.${String(value)}`));
    case 'asks':
      return Array.isArray(value)
        ? listed(value.map((a) => t(runtimeKey(`settings.help.askNames.${String(a)}`))))
        : verbatim(String(value));
    case 'fen':
      return typeof value === 'number' && Number.isSafeInteger(value)
        ? t('settings.units.yuan', { amount: yuanShort(value) })
        : verbatim(String(value));
    case 'item':
      return typeof value === 'object' ? summary(value as Record<string, unknown>) : '';
    default:
      if (typeof value === 'string') return value === '' ? t('settings.diff.empty') : value;
      if (typeof value === 'number') return verbatim(String(value));
      return verbatim(JSON.stringify(value));
  }
}

/** What a path names, in words, and how its values are said. */
export function describePath(
  file: string,
  path: ConfigChange['path'],
): { what: string; format: Format } {
  const segments: string[] = [];
  const fieldAt = (...more: string[]) => FIELDS[`${file}:${[...segments, ...more].join('.')}`];
  const words: string[] = [];
  let format: Format = 'text';
  let lang: Language | undefined;
  for (const segment of path) {
    const parent = fieldAt();
    if (parent?.format === 'localText' && isLanguage(segment)) {
      const field = words.pop() ?? '';
      words.push(t('settings.diff.inLanguage', { field, language: languageName(segment) }));
      format = 'text';
    } else if (typeof segment === 'number' || parent?.item) {
      // An item of a list, by its place or (lists compared by id) by its id.
      const item = fieldAt('#');
      segments.push('#');
      if (parent?.item) {
        words.pop();
        words.push(
          typeof segment === 'number'
            ? t('settings.common.nth', { what: t(runtimeKey(parent.item)), n: segment + 1 })
            : t('settings.diff.itemNamed', { what: t(runtimeKey(parent.item)), id: segment }),
        );
      }
      format = item?.format ?? 'item';
    } else if (segments.join('.') === 'voice.voices' && isLanguage(segment)) {
      segments.push('*');
      lang = segment;
    } else {
      segments.push(segment);
      const found = fieldAt();
      if (found === undefined) words.push(verbatim(segment));
      else if (found.key)
        words.push(
          found.withLanguage && lang
            ? t(runtimeKey(found.key), { language: languageName(lang) })
            : t(runtimeKey(found.key)),
        );
      format = found?.format ?? 'text';
    }
  }
  if (words.length === 0) words.push(fileLabel(file));
  const what = words.reduce((item, field) => t('settings.diff.inItem', { item, field }));
  return { what, format };
}

/** One change in words: "空闲超时 90 秒 → 120 秒" / "idle timeout 90 s → 120 s". */
export function describeChange(change: ConfigChange): string {
  if (change.path.length === 0) {
    const file = fileLabel(change.file);
    if (change.kind === 'added') return t('settings.diff.fileAdded', { file });
    if (change.kind === 'removed') return t('settings.diff.fileRemoved', { file });
    return t('settings.diff.fileChanged', { file });
  }
  const { what, format } = describePath(change.file, change.path);
  if (format === 'secret') return t('settings.diff.secret', { what });
  if (format === 'item' && Array.isArray(change.before) && Array.isArray(change.after)) {
    // A list matched by id whose order changed: the ids in their old and new order.
    const ids = (list: unknown[]) => listed(list.map((id) => verbatim(String(id))));
    return t('settings.diff.reordered', {
      what,
      before: ids(change.before),
      after: ids(change.after),
    });
  }
  if (change.kind === 'added')
    return t('settings.diff.added', { what, after: sayValue(change.after, format) });
  if (change.kind === 'removed')
    return t('settings.diff.removed', { what, before: sayValue(change.before, format) });
  return t('settings.diff.changed', {
    what,
    before: sayValue(change.before, format),
    after: sayValue(change.after, format),
  });
}

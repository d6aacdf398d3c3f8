/**
 * Checks on the i18n string trees, kept apart from the tests so the tests can also prove each
 * check fails on a broken example. i18next plural keys end in `_zero`, `_one`, `_two`, `_few`,
 * `_many` or `_other` (ordinals in `_ordinal_…`); which of them a language needs is what
 * `Intl.PluralRules` says (en: one, other; zh: other). `_zero` is i18next's optional extra.
 */

import type { AreaStrings, Strings } from '../../../src/i18n/types';
import { LANGUAGES, type Language } from '../../../src/shared/config/schema';

const PLURAL = /_(ordinal_)?(zero|one|two|few|many|other)$/;

/** Every leaf of a string tree as "a.b.c" → value. */
export function flatten(tree: Strings, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object') {
      for (const [k, v] of flatten(value, path)) out.set(k, v);
    } else out.set(path, value);
  }
  return out;
}

/** The plural forms a language needs, as i18next suffixes. */
export function pluralForms(lang: Language, ordinal = false): string[] {
  const categories = new Intl.PluralRules(lang, {
    type: ordinal ? 'ordinal' : 'cardinal',
  }).resolvedOptions().pluralCategories;
  return categories.map((c) => (ordinal ? `ordinal_${c}` : c)).sort();
}

/** The {{variables}} a string interpolates (`{{name}}`, `{{- name}}`, `{{name, format}}`). */
export function variables(text: string): string[] {
  return [...text.matchAll(/\{\{\s*-?\s*([\w.]+)\s*(,[^}]*)?\}\}/g)].map((m) => m[1] ?? '');
}

interface Entry {
  /** '' for a plain key, else the plural suffixes present (like "one", "ordinal_other"). */
  forms: Set<string>;
  vars: Set<string>;
}

function entries(tree: Strings): Map<string, Entry> {
  const out = new Map<string, Entry>();
  for (const [key, value] of flatten(tree)) {
    const plural = PLURAL.exec(key);
    const base = plural ? key.slice(0, plural.index) : key;
    const entry = out.get(base) ?? { forms: new Set<string>(), vars: new Set<string>() };
    entry.forms.add(plural ? `${plural[1] ?? ''}${plural[2]}` : '');
    for (const name of typeof value === 'string' ? variables(value) : []) entry.vars.add(name);
    out.set(base, entry);
  }
  return out;
}

const sorted = (xs: Iterable<string>) => [...xs].sort().join(', ');

/** Every problem with one area's strings, as readable lines; empty when all is well. */
export function areaProblems(area: string, strings: AreaStrings): string[] {
  const problems: string[] = [];
  const byLang = new Map(LANGUAGES.map((lang) => [lang, entries(strings[lang] ?? {})]));
  for (const lang of LANGUAGES) {
    for (const [key, value] of flatten(strings[lang] ?? {})) {
      if (typeof value !== 'string') problems.push(`${area}.${key} (${lang}) is not a string`);
      else if (value.trim() === '') problems.push(`${area}.${key} (${lang}) is empty`);
    }
  }
  const allKeys = new Set(LANGUAGES.flatMap((lang) => [...(byLang.get(lang)?.keys() ?? [])]));
  for (const key of [...allKeys].sort()) {
    const name = `${area}.${key}`;
    const present = LANGUAGES.filter((lang) => byLang.get(lang)?.has(key));
    if (present.length < LANGUAGES.length) {
      const missing = LANGUAGES.filter((lang) => !present.includes(lang));
      problems.push(`${name} is missing in ${missing.join(', ')}`);
      continue;
    }
    const first = byLang.get(LANGUAGES[0])?.get(key) as Entry;
    // Plural forms are checked against what each language needs, the rest against zh-Hans.
    for (const lang of LANGUAGES) {
      const entry = byLang.get(lang)?.get(key) as Entry;
      const plain = entry.forms.has('');
      if (plain && entry.forms.size > 1)
        problems.push(`${name} (${lang}) is both a plain and a plural key`);
      if (!plain) {
        const ordinal = [...entry.forms].some((f) => f.startsWith('ordinal_'));
        const need = pluralForms(lang, ordinal);
        const zero = ordinal ? 'ordinal_zero' : 'zero';
        const have = [...entry.forms].filter((f) => f !== zero);
        if (sorted(have) !== sorted(need)) {
          problems.push(
            `${name} (${lang}) has plural forms [${sorted(have)}] but ${lang} needs [${sorted(need)}]`,
          );
        }
      }
      if (plain !== first.forms.has('') || entry.forms.has('zero') !== first.forms.has('zero')) {
        problems.push(`${name} is plural in some languages and not in others (${lang})`);
      }
    }
    const vars = LANGUAGES.map(
      (lang) => `${lang} {{${sorted(byLang.get(lang)?.get(key)?.vars ?? [])}}}`,
    );
    if (new Set(vars.map((x) => x.replace(/^\S+ /, ''))).size > 1) {
      problems.push(`${name} has different {{variables}} by language: ${vars.join(', ')}`);
    }
  }
  return problems;
}

/** Whether `t(key)` finds text in this language (directly or through its plural forms). */
export function hasText(flat: Map<string, unknown>, lang: Language, key: string): boolean {
  if (typeof flat.get(key) === 'string') return true;
  return pluralForms(lang).every((form) => typeof flat.get(`${key}_${form}`) === 'string');
}

/** Whether some key starts with `prefix` (for keys built at run time, like `shell.jobs.${job}`). */
export function hasPrefix(flat: Map<string, unknown>, prefix: string): boolean {
  return [...flat.keys()].some((key) => key.startsWith(prefix));
}

/** `t('key'` and `tIn(lang, 'key'`, with ' " or ` quotes. */
const CALLS = [
  /(?<![\w$])t\(\s*(['"`])((?:(?!\1)[^\\\n])*)\1/g,
  /(?<![\w$])tIn\(\s*[^,()]+,\s*(['"`])((?:(?!\1)[^\\\n])*)\1/g,
];

/** The translation keys a source file uses: literal ones, and prefixes of template ones. */
export function keysUsed(source: string): { literal: string[]; prefixes: string[] } {
  const literal: string[] = [];
  const prefixes: string[] = [];
  for (const m of CALLS.flatMap((call) => [...source.matchAll(call)])) {
    const key = m[2] ?? '';
    const dynamic = m[1] === '`' ? key.indexOf('${') : -1;
    if (dynamic === -1) literal.push(key);
    else if (dynamic > 0) prefixes.push(key.slice(0, dynamic));
  }
  return { literal, prefixes };
}

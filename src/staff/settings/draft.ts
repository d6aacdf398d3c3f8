/**
 * The draft every settings page edits: the current version's files, parsed, changed in memory
 * until published. It lives here rather than in a page, so moving between the settings pages
 * (or to another console page and back) keeps what staff typed.
 */
import { computed, signal } from '@preact/signals';
import { parseJsonText } from '../../shared/config/json-text';
import { type ConfigProblem, validateConfigFiles } from '../../shared/config/validate';
import {
  type ConfigFiles,
  type ConfigVersionView,
  SECRET_MASK,
} from '../../shared/config/versions-api';
import { currentVersion, type PublishOutcome, publishVersion } from './api';
import { getAt, type Path, pathText, setAt } from './paths';

/** The version the draft started from (what `basedOn` says when publishing). */
export const base = signal<ConfigVersionView | null>(null);
/** Why the current version could not be read. */
export const loadError = signal<unknown>(null);
/** Each file parsed; a file whose text does not parse stays out (and is sent back unchanged). */
export const draft = signal<Record<string, unknown>>({});
/** The files staff changed; only these are written out again when publishing. */
export const touched = signal<ReadonlySet<string>>(new Set());
/** Problems the server found that the browser's own check did not (kept until that field changes). */
export const serverProblems = signal<ConfigProblem[]>([]);

export const dirty = computed(() => touched.value.size > 0);

/** The path of the Azure key, answered masked: it is sent back as it came to keep the stored one. */
export const AZURE_KEY: Path = ['voice', 'azure', 'subscriptionKey'];

/** A file as published: 2-space indentation and a final newline, like the seed folder. */
export function fileText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The draft as the files to publish: changed files written out, the rest exactly as stored. */
export function draftFiles(): ConfigFiles {
  const files: ConfigFiles = { ...(base.value?.files ?? {}) };
  for (const name of touched.value) {
    const value = draft.value[name];
    if (value === undefined) delete files[name];
    else files[name] = fileText(value);
  }
  return files;
}

/** True when the key is the masked one the server answered (so it keeps the stored key). */
export function isMaskedSecret(value: unknown): boolean {
  return typeof value === 'string' && value.startsWith(SECRET_MASK);
}

/**
 * Checked in the browser with the same rules as the server. The masked key is not the real one,
 * so a stand-in of a valid length is checked in its place.
 */
export const localProblems = computed<ConfigProblem[]>(() => {
  if (!base.value) return [];
  const files = draftFiles();
  const kiosk = draft.value['kiosk.json'];
  if (isMaskedSecret(getAt(kiosk, AZURE_KEY)))
    files['kiosk.json'] = fileText(setAt(kiosk, AZURE_KEY, 'k'.repeat(32)));
  const result = validateConfigFiles({ version: 'draft', files });
  return result.ok ? [] : result.problems;
});

/** Everything wrong with the draft: the browser's check, then what only the server found. */
export const problems = computed<ConfigProblem[]>(() => {
  const local = localProblems.value;
  const seen = new Set(local.map((p) => `${p.file}\0${p.path}\0${p.message}`));
  return [
    ...local,
    ...serverProblems.value.filter((p) => !seen.has(`${p.file}\0${p.path}\0${p.message}`)),
  ];
});

function startFrom(version: ConfigVersionView): void {
  const parsed: Record<string, unknown> = {};
  for (const [name, text] of Object.entries(version.files)) {
    const json = parseJsonText(text);
    if (json.ok) parsed[name] = json.value;
  }
  base.value = version;
  draft.value = parsed;
  touched.value = new Set();
  serverProblems.value = [];
}

/** Reads the current version unless a draft is already open (`fresh`: start again from it). */
export async function loadDraft(fresh = false): Promise<void> {
  if (base.value && !fresh) return;
  loadError.value = null;
  try {
    startFrom(await currentVersion());
  } catch (error) {
    loadError.value = error;
  }
}

/** Sets one value in one file (undefined removes it); its server problem, if any, is cleared. */
export function edit(file: string, path: Path, value: unknown): void {
  draft.value = { ...draft.value, [file]: setAt(draft.value[file], path, value) };
  touched.value = new Set([...touched.value, file]);
  const at = pathText(path);
  serverProblems.value = serverProblems.value.filter(
    (p) => p.file !== file || !(p.path === at || p.path.startsWith(at)),
  );
}

/** Adds or removes a whole optional file (help.json). */
export function setFile(file: string, value: unknown): void {
  draft.value = { ...draft.value, [file]: value };
  touched.value = new Set([...touched.value, file]);
}

/** Throws the draft away and starts again from the newest version on the server. */
export function discardDraft(): Promise<void> {
  return loadDraft(true);
}

/**
 * Publishes the draft as a new version based on the one it started from. On success the draft
 * starts again from the new version; on a refusal it is kept as it is.
 */
export async function publishDraft(note: string): Promise<PublishOutcome> {
  const from = base.value;
  if (!from) throw new Error('no draft to publish');
  const outcome = await publishVersion(draftFiles(), note, from.number);
  if (outcome.ok) startFrom(outcome.version);
  else if (outcome.status === 422) serverProblems.value = outcome.problems;
  return outcome;
}

/** After a version was published elsewhere (a restore): follow it unless staff have a draft. */
export async function followCurrent(): Promise<void> {
  if (!dirty.value) await loadDraft(true);
}

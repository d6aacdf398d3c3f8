/**
 * The canteen editor edits meals.json inside the settings pages' one draft (src/staff/settings/
 * draft.ts), so the same browser check, the same problems-by-path and the same "unpublished"
 * warning apply. It publishes only meals.json, through POST /api/config/meals (kitchen staff may
 * use it; the general publish is the admin's), and keeps any other file's unpublished changes.
 */
import { computed } from '@preact/signals';
import * as v from 'valibot';
import { ConfigApi } from '../../shared/config/api';
import { parseJsonText } from '../../shared/config/json-text';
import { type MealsConfig, MealsSchema } from '../../shared/config/meals';
import type { ConfigProblem, ConfigVersionView } from '../../shared/config/versions-api';
import { call } from '../api/client';
import { ApiError } from '../api/http';
import { canteen } from '../pages/meals/canteen';
import { base, draft, fileText, problems, serverProblems, touched } from '../settings/draft';

export const MEALS = 'meals.json';

/** meals.json as it stands in the draft (undefined: the centre has no canteen). */
export const mealsDraft = computed(() => draft.value[MEALS] as Record<string, unknown> | undefined);

/** What is wrong with meals.json in the draft: the only problems this editor can fix. */
export const mealsProblems = computed<ConfigProblem[]>(() =>
  problems.value.filter((p) => p.file === MEALS),
);

/** meals.json has changes not yet published. */
export const mealsDirty = computed(() => touched.value.has(MEALS));

/** The draft's canteen when it is valid, for the price preview; null while it has a problem. */
export const validMeals = computed<MealsConfig | null>(() => {
  const result = v.safeParse(MealsSchema, draft.value[MEALS]);
  return result.success ? result.output : null;
});

/** What a canteen publish came to. */
export type MealsOutcome =
  | { ok: true; number: number }
  | { ok: false; status: 409 }
  | { ok: false; status: 422; message: string };

/** The draft moves onto the version just published; other files' unpublished changes stay. */
function adopt(version: ConfigVersionView): void {
  const text = version.files[MEALS];
  const parsed = text === undefined ? undefined : parseJsonText(text);
  base.value = version;
  draft.value = { ...draft.value, [MEALS]: parsed?.ok ? parsed.value : draft.value[MEALS] };
  touched.value = new Set([...touched.value].filter((f) => f !== MEALS));
  serverProblems.value = serverProblems.value.filter((p) => p.file !== MEALS);
  // The roster, report and price pages read the canteen once per visit: read it again.
  canteen.value = null;
}

/**
 * Publishes the draft's meals.json as a new version based on the one the draft started from.
 * The server checks first (POST /api/config/check answers the problems in their full shape, so
 * each lands beside its field); then POST /api/config/meals, which may still refuse.
 */
export async function publishMeals(note: string): Promise<MealsOutcome> {
  const from = base.value;
  if (!from) throw new Error('no draft to publish');
  const meals = fileText(draft.value[MEALS]);
  const files = { ...from.files, [MEALS]: meals };
  const checked = await call(ConfigApi.check, { body: { files } });
  const found = checked.problems.filter((p) => p.file === MEALS);
  if (found.length > 0) {
    serverProblems.value = [...serverProblems.value.filter((p) => p.file !== MEALS), ...found];
    return { ok: false, status: 422, message: '' };
  }
  try {
    const version = await call(ConfigApi.publishMeals, {
      body: { meals, note, basedOn: from.number },
    });
    adopt(version);
    return { ok: true, number: version.number };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.status === 409) return { ok: false, status: 409 };
    if (error.status === 422) return { ok: false, status: 422, message: error.message };
    throw error;
  }
}

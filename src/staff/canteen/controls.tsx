/**
 * The canteen's own controls, bound to meals.json in the draft like the settings pages' controls
 * (src/staff/settings/controls.tsx): money typed in yuan and stored in fen, a number that may be
 * left out, a set of choices, and a cut-off. The subsidy settings bind the first three to
 * subsidies.json (`file`).
 */
import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import { yuanDigits } from '../../shared/money';
import { ChoiceSetting, TextSetting } from '../settings/controls';
import { draft, edit } from '../settings/draft';
import { getAt, type Path } from '../settings/paths';
import { messageAt } from '../settings/problems';
import { Checkbox, FieldSet, TextField } from '../ui/Field';
import { MEALS } from './canteen-draft';
import { parseYuan } from './yuan';

interface Bound {
  path: Path;
  label: string;
  hint?: string | undefined;
  /** The config file the control edits: meals.json unless said. */
  file?: string;
}

const valueAt = (file: string, path: Path) => getAt(draft.value[file], path);

/** The largest amount the config takes for any price or share (fields.ts: 100 000 fen). */
const MAX_FEN = 100_000;

/**
 * An amount of money, typed in yuan ("3.5") and stored as whole fen (350). What cannot be read
 * as yuan is stored as typed, so the draft is invalid (publishing stays off) and the box says
 * why in yuan, not in the file's fen.
 */
export function YuanSetting({
  path,
  label,
  hint,
  file = MEALS,
  maxFen = MAX_FEN,
}: Bound & { maxFen?: number }) {
  const stored = valueAt(file, path);
  const [typed, setTyped] = useState<string | null>(null);
  // The box keeps what staff typed while it still means the stored amount ("3.5", not "3.50").
  const text =
    typeof stored === 'string'
      ? stored
      : typeof stored === 'number' && Number.isSafeInteger(stored)
        ? typed !== null && parseYuan(typed) === stored
          ? typed
          : yuanDigits(stored)
        : '';
  const problem = messageAt(file, path);
  const error =
    typeof stored === 'string'
      ? t('canteen.money.notYuan')
      : typeof stored === 'number' && stored > maxFen
        ? t('canteen.money.tooMuch', { max: yuanDigits(maxFen) })
        : problem;
  return (
    <TextField
      label={label}
      hint={hint ?? t('canteen.money.hint')}
      inputMode="text"
      error={error}
      value={text}
      onInput={(value) => {
        setTyped(value);
        const fen = parseYuan(value);
        edit(file, path, fen === null ? value : fen);
      }}
    />
  );
}

/** A whole number that may be left out: an empty box removes the setting. */
export function OptionalNumberSetting({ path, label, hint, file = MEALS }: Bound) {
  const value = valueAt(file, path);
  return (
    <TextField
      label={label}
      hint={hint}
      inputMode="numeric"
      error={messageAt(file, path)}
      value={value === undefined ? '' : String(value)}
      onInput={(text) => {
        const trimmed = text.trim();
        const number = Number(trimmed);
        edit(
          file,
          path,
          trimmed === '' ? undefined : /^-?\d+(\.\d+)?$/.test(trimmed) ? number : text,
        );
      }}
    />
  );
}

/** Several of a fixed list (flags, allergens, categories), kept in the list's order. */
export function ChoicesSetting<T extends string>({
  path,
  label,
  options,
  labelOf,
  emptyRemoves = false,
  file = MEALS,
}: Bound & {
  options: readonly T[];
  labelOf: (option: T) => string;
  /** An empty choice removes the setting (an optional list must not be left empty). */
  emptyRemoves?: boolean;
}) {
  const value = valueAt(file, path);
  const chosen = Array.isArray(value) ? (value as T[]) : [];
  return (
    <FieldSet legend={label} error={messageAt(file, path)}>
      {options.map((option) => (
        <Checkbox
          key={option}
          label={labelOf(option)}
          checked={chosen.includes(option)}
          onChange={(on) => {
            const next = options.filter((o) => (o === option ? on : chosen.includes(o)));
            edit(file, path, next.length === 0 && emptyRemoves ? undefined : next);
          }}
        />
      ))}
    </FieldSet>
  );
}

const DAY_OFFSETS = [0, -1, -2, -3, -4, -5, -6, -7] as const;

/** When booking closes: which day (the meal's day or days before) and the time on it. */
export function CutoffSetting({ path, label }: { path: Path; label: string }) {
  return (
    <fieldset class="fieldset canteen__cutoff">
      <legend>{label}</legend>
      <div class="form__grid">
        <ChoiceSetting
          file={MEALS}
          path={[...path, 'dayOffset']}
          label={t('canteen.cutoff.day')}
          options={DAY_OFFSETS.map((d) => ({
            value: d,
            label:
              d === 0 ? t('canteen.cutoff.sameDay') : t('canteen.cutoff.daysBefore', { count: -d }),
          }))}
        />
        <TextSetting
          file={MEALS}
          path={[...path, 'time']}
          label={t('canteen.cutoff.time')}
          hint={t('settings.common.timeHint')}
        />
      </div>
    </fieldset>
  );
}

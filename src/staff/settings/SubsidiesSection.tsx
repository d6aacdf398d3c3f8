/**
 * "Subsidies" (subsidies.json): the standard amounts, each programme's rule, amounts, schedule and
 * how to apply, and how the meal subsidy is described. Published, kept in the history and
 * restored with the other settings; every field is checked with the same rules as config:check.
 */
import { localText, t } from '../../i18n';
import { SUBSIDY_AGE_STARTS, SUBSIDY_KINDS, SUBSIDY_LEVELS } from '../../shared/config/subsidies';
import { YuanSetting } from '../canteen/controls';
import { ConditionEditor } from '../canteen/TiersEditor';
import { Checkbox, FieldSet, SelectField } from '../ui/Field';
import {
  ChoiceSetting,
  GroupProblem,
  ItemButtons,
  NumberSetting,
  TextSetting,
  ToggleSetting,
} from './controls';
import { draft, edit } from './draft';
import { LocalTextSetting } from './LocalTextField';
import { NoFileYet } from './NoFileYet';
import { getAt, moved, type Path } from './paths';
import { messageAt } from './problems';

const FILE = 'subsidies.json';
/** The largest amount subsidies.json takes (¥100,000: a one-off grant's cap). */
const MAX_FEN = 10_000_000;
const BLANK = { 'zh-Hans': '', 'zh-Hant': '', en: '' };
const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;
const EVERY_MONTH = { months: [...MONTHS], day: 10 };

/** What a centre without subsidies.json starts from. */
const NEW_SUBSIDIES = { parameters: [], programmes: [] };

const listAt = (path: Path): Record<string, unknown>[] => {
  const value = getAt(draft.value[FILE], path);
  return Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
};

/** A list of texts in three languages (documents to bring), each removable. */
function Documents({ path }: { path: Path }) {
  const documents = listAt(path);
  return (
    <FieldSet legend={t('subsidySettings.documents')} error={messageAt(FILE, path)}>
      {documents.map((_, i) => (
        <div key={i} class="settings__item">
          <LocalTextSetting
            file={FILE}
            path={[...path, i]}
            label={t('settings.common.nth', { what: t('subsidySettings.document'), n: i + 1 })}
          />
          <ItemButtons
            name={t('settings.common.nth', { what: t('subsidySettings.document'), n: i + 1 })}
            index={i}
            count={documents.length}
            onMove={(by) => edit(FILE, path, moved(documents, i, by))}
            onRemove={() => edit(FILE, [...path, i], undefined)}
          />
        </div>
      ))}
      <button type="button" class="button" onClick={() => edit(FILE, path, [...documents, BLANK])}>
        {t('subsidySettings.addDocument')}
      </button>
    </FieldSet>
  );
}

/** One line of a programme's amounts: a fixed amount or a standard amount, and who gets it. */
function Amount({ programme, index, count }: { programme: number; index: number; count: number }) {
  const list: Path = ['programmes', programme, 'amounts'];
  const path: Path = [...list, index];
  const amounts = listAt(list);
  const name = t('subsidySettings.amount', { n: index + 1 });
  const parameter = getAt(draft.value[FILE], [...path, 'parameter']);
  const parameters = listAt(['parameters']);
  const conditions = listAt([...path, 'when']);
  return (
    <fieldset class="fieldset settings__item">
      <legend>{name}</legend>
      <div class="form__grid">
        <SelectField
          label={t('subsidySettings.amountHow')}
          error={messageAt(FILE, [...path, 'parameter'])}
          value={typeof parameter === 'string' ? parameter : ''}
          options={[
            { value: '', label: t('subsidySettings.fixedAmount') },
            ...parameters.map((p) => ({
              value: String(p.id),
              label: t('subsidySettings.equalTo', {
                name: localText((p.label as Record<'zh-Hans' | 'zh-Hant' | 'en', string>) ?? BLANK),
              }),
            })),
          ]}
          onChange={(chosen) => {
            const {
              fen: _fen,
              parameter: _parameter,
              ...rest
            } = (amounts[index] ?? {}) as Record<string, unknown>;
            edit(FILE, path, chosen === '' ? { ...rest, fen: 0 } : { ...rest, parameter: chosen });
          }}
        />
        {typeof parameter !== 'string' && (
          <YuanSetting
            file={FILE}
            path={[...path, 'fen']}
            label={t('subsidySettings.amountFen')}
            maxFen={MAX_FEN}
          />
        )}
      </div>
      <GroupProblem file={FILE} path={[...path, 'when']} />
      {conditions.map((_, i) => (
        <ConditionEditor
          key={i}
          file={FILE}
          list={[...path, 'when']}
          index={i}
          count={conditions.length}
        />
      ))}
      <button
        type="button"
        class="button"
        onClick={() => edit(FILE, [...path, 'when'], [...conditions, { minAge: 60 }])}
      >
        {t('subsidySettings.addCondition', { amount: name })}
      </button>
      <ItemButtons
        name={name}
        index={index}
        count={count}
        onMove={(by) => edit(FILE, list, moved(amounts, index, by))}
        onRemove={() => edit(FILE, path, undefined)}
      />
    </fieldset>
  );
}

function Payout({ programme }: { programme: number }) {
  const path: Path = ['programmes', programme, 'payout'];
  const value = getAt(draft.value[FILE], [...path, 'months']);
  const months = Array.isArray(value) ? (value as number[]) : [];
  return (
    <div class="form__grid">
      <FieldSet
        legend={t('subsidySettings.payoutMonths')}
        error={messageAt(FILE, [...path, 'months'])}
      >
        {MONTHS.map((m) => (
          <Checkbox
            key={m}
            label={t('subsidySettings.month', { n: m })}
            checked={months.includes(m)}
            onChange={(on) =>
              edit(
                FILE,
                [...path, 'months'],
                MONTHS.filter((x) => (x === m ? on : months.includes(x))),
              )
            }
          />
        ))}
      </FieldSet>
      <NumberSetting
        file={FILE}
        path={[...path, 'day']}
        label={t('subsidySettings.payoutDay')}
        hint={t('subsidySettings.payoutDayHint')}
      />
    </div>
  );
}

function Programme({ index, count }: { index: number; count: number }) {
  const path: Path = ['programmes', index];
  const programmes = listAt(['programmes']);
  const label = getAt(draft.value[FILE], [...path, 'name', 'zh-Hans']);
  const name = t('settings.common.nthNamed', {
    what: t('subsidySettings.programme'),
    n: index + 1,
    name: typeof label === 'string' ? label : '',
  });
  const kind = getAt(draft.value[FILE], [...path, 'kind']);
  const amounts = listAt([...path, 'amounts']);
  return (
    <fieldset class="fieldset settings__item">
      <legend>{name}</legend>
      <GroupProblem file={FILE} path={path} />
      <LocalTextSetting file={FILE} path={[...path, 'name']} label={t('subsidySettings.name')} />
      <div class="form__grid">
        <TextSetting
          file={FILE}
          path={[...path, 'id']}
          label={t('subsidySettings.id')}
          hint={t('settings.common.idHint')}
        />
        <TextSetting
          file={FILE}
          path={[...path, 'benefit']}
          label={t('subsidySettings.benefit')}
          hint={t('subsidySettings.benefitHint')}
        />
        <ChoiceSetting
          file={FILE}
          path={[...path, 'level']}
          label={t('subsidySettings.level')}
          options={SUBSIDY_LEVELS.map((l) => ({
            value: l,
            label: t(`subsidySettings.levels.${l}`),
          }))}
        />
        <SelectField
          label={t('subsidySettings.kind')}
          error={messageAt(FILE, [...path, 'kind'])}
          value={typeof kind === 'string' ? kind : ''}
          options={SUBSIDY_KINDS.map((k) => ({ value: k, label: t(`subsidySettings.kinds.${k}`) }))}
          onChange={(chosen) => {
            // A monthly programme is paid on payout days; a one-off grant has none.
            const { payout, ...rest } = (programmes[index] ?? {}) as Record<string, unknown>;
            edit(
              FILE,
              path,
              chosen === 'monthly'
                ? { ...rest, kind: chosen, payout: payout ?? EVERY_MONTH }
                : { ...rest, kind: chosen },
            );
          }}
        />
        <ChoiceSetting
          file={FILE}
          path={[...path, 'ageStart']}
          label={t('subsidySettings.ageStart')}
          options={SUBSIDY_AGE_STARTS.map((s) => ({
            value: s,
            label: t(`subsidySettings.ageStarts.${s}`),
          }))}
        />
        <TextSetting
          file={FILE}
          path={[...path, 'exclusiveGroup']}
          optional
          label={t('subsidySettings.exclusiveGroup')}
          hint={t('subsidySettings.exclusiveGroupHint')}
        />
        <ToggleSetting
          file={FILE}
          path={[...path, 'localHukouOnly']}
          label={t('subsidySettings.localHukouOnly')}
        />
        <ToggleSetting
          file={FILE}
          path={[...path, 'automatic']}
          label={t('subsidySettings.automatic')}
        />
      </div>
      {kind === 'monthly' && <Payout programme={index} />}
      <h3>{t('subsidySettings.amounts')}</h3>
      <p class="field__hint">{t('subsidySettings.amountsHint')}</p>
      <GroupProblem file={FILE} path={[...path, 'amounts']} />
      {amounts.map((_, i) => (
        <Amount key={i} programme={index} index={i} count={amounts.length} />
      ))}
      <button
        type="button"
        class="button"
        onClick={() =>
          edit(FILE, [...path, 'amounts'], [...amounts, { when: [{ minAge: 60 }], fen: 0 }])
        }
      >
        {t('subsidySettings.addAmount')}
      </button>
      <Documents path={[...path, 'documents']} />
      <LocalTextSetting file={FILE} path={[...path, 'apply']} label={t('subsidySettings.apply')} />
      <ItemButtons
        name={name}
        index={index}
        count={count}
        onMove={(by) => edit(FILE, ['programmes'], moved(programmes, index, by))}
        onRemove={() => edit(FILE, path, undefined)}
      />
    </fieldset>
  );
}

function Parameters() {
  const parameters = listAt(['parameters']);
  return (
    <section class="settings__group" aria-labelledby="parameters-heading">
      <h2 id="parameters-heading">{t('subsidySettings.parameters')}</h2>
      <p class="field__hint">{t('subsidySettings.parametersHint')}</p>
      <GroupProblem file={FILE} path={['parameters']} />
      {parameters.map((_, i) => {
        const name = t('settings.common.nth', { what: t('subsidySettings.parameter'), n: i + 1 });
        return (
          <fieldset key={i} class="fieldset settings__item">
            <legend>{name}</legend>
            <LocalTextSetting
              file={FILE}
              path={['parameters', i, 'label']}
              label={t('subsidySettings.parameterLabel')}
            />
            <div class="form__grid">
              <TextSetting
                file={FILE}
                path={['parameters', i, 'id']}
                label={t('subsidySettings.parameterId')}
                hint={t('settings.common.idHint')}
              />
              <YuanSetting
                file={FILE}
                path={['parameters', i, 'fen']}
                label={t('subsidySettings.parameterFen')}
                maxFen={MAX_FEN}
              />
            </div>
            <ItemButtons
              name={name}
              index={i}
              count={parameters.length}
              onMove={(by) => edit(FILE, ['parameters'], moved(parameters, i, by))}
              onRemove={() => edit(FILE, ['parameters', i], undefined)}
            />
          </fieldset>
        );
      })}
      <button
        type="button"
        class="button"
        onClick={() =>
          edit(
            FILE,
            ['parameters'],
            [...parameters, { id: `standard-${parameters.length + 1}`, label: BLANK, fen: 0 }],
          )
        }
      >
        {t('subsidySettings.addParameter')}
      </button>
    </section>
  );
}

function MealsWords() {
  const meals = getAt(draft.value[FILE], ['meals']);
  return (
    <section class="settings__group" aria-labelledby="subsidy-meals-heading">
      <h2 id="subsidy-meals-heading">{t('subsidySettings.meals')}</h2>
      <p class="field__hint">{t('subsidySettings.mealsHint')}</p>
      <Checkbox
        label={t('subsidySettings.mealsOn')}
        checked={meals !== undefined}
        onChange={(on) =>
          edit(
            FILE,
            ['meals'],
            on ? { name: BLANK, automatic: true, documents: [], apply: BLANK } : undefined,
          )
        }
      />
      <GroupProblem file={FILE} path={['meals']} />
      {meals !== undefined && (
        <>
          <LocalTextSetting
            file={FILE}
            path={['meals', 'name']}
            label={t('subsidySettings.name')}
          />
          <ToggleSetting
            file={FILE}
            path={['meals', 'automatic']}
            label={t('subsidySettings.automatic')}
          />
          <Documents path={['meals', 'documents']} />
          <LocalTextSetting
            file={FILE}
            path={['meals', 'apply']}
            label={t('subsidySettings.apply')}
          />
        </>
      )}
    </section>
  );
}

export function SubsidiesSection() {
  const subsidies = draft.value[FILE];
  if (subsidies === undefined) {
    return (
      <NoFileYet
        file={FILE}
        template={NEW_SUBSIDIES}
        none={t('subsidySettings.none')}
        start={t('subsidySettings.start')}
      />
    );
  }
  const programmes = listAt(['programmes']);
  return (
    <div class="form form--wide">
      <Parameters />
      <section class="settings__group" aria-labelledby="programmes-heading">
        <h2 id="programmes-heading">{t('subsidySettings.programmes')}</h2>
        <p class="field__hint">{t('subsidySettings.programmesHint')}</p>
        <GroupProblem file={FILE} path={['programmes']} />
        {programmes.map((_, i) => (
          <Programme key={i} index={i} count={programmes.length} />
        ))}
        <button
          type="button"
          class="button"
          onClick={() =>
            edit(
              FILE,
              ['programmes'],
              [
                ...programmes,
                {
                  id: `programme-${programmes.length + 1}`,
                  benefit: `programme-${programmes.length + 1}`,
                  level: 'district',
                  name: BLANK,
                  kind: 'monthly',
                  localHukouOnly: true,
                  ageStart: 'month-after',
                  amounts: [{ when: [{ minAge: 80 }], fen: 0 }],
                  payout: EVERY_MONTH,
                  automatic: false,
                  documents: [],
                  apply: BLANK,
                },
              ],
            )
          }
        >
          {t('subsidySettings.addProgramme')}
        </button>
      </section>
      <MealsWords />
    </div>
  );
}

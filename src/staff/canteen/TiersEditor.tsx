/**
 * The subsidy tiers: who is in each (any one of its conditions; inside one, all must hold) and
 * what the government and charity pay per meal. The preview beside it follows every change.
 */
import { t } from '../../i18n';
import { DISABILITY_GRADES, MEMBER_CATEGORIES } from '../../shared/members/categories';
import { GroupProblem, ItemButtons, TextSetting } from '../settings/controls';
import { draft, edit } from '../settings/draft';
import { LocalTextSetting } from '../settings/LocalTextField';
import { getAt, moved, type Path } from '../settings/paths';
import { messageAt } from '../settings/problems';
import { SelectField } from '../ui/Field';
import { MEALS } from './canteen-draft';
import { ChoicesSetting, OptionalNumberSetting, YuanSetting } from './controls';
import { mealTitle } from './MealCard';

const BLANK_TEXT = { 'zh-Hans': '', 'zh-Hant': '', en: '' };

const listAt = (path: Path): Record<string, unknown>[] => {
  const value = getAt(draft.value[MEALS], path);
  return Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
};

/**
 * One condition of a list of them (a tier's "when", or a subsidy amount's in subsidies.json):
 * ages, disability grade and categories, all of which must hold.
 */
export function ConditionEditor({
  file,
  list,
  index,
  count,
}: {
  file: string;
  list: Path;
  index: number;
  count: number;
}) {
  const path = [...list, index];
  const grade = getAt(draft.value[file], [...path, 'minDisability']);
  const name = t('canteen.tiers.condition', { n: index + 1 });
  const value = getAt(draft.value[file], list);
  const conditions = Array.isArray(value) ? value : [];
  return (
    <fieldset class="fieldset settings__item">
      <legend>{name}</legend>
      <GroupProblem file={file} path={path} />
      <div class="form__grid">
        <OptionalNumberSetting
          file={file}
          path={[...path, 'minAge']}
          label={t('canteen.tiers.minAge')}
        />
        <OptionalNumberSetting
          file={file}
          path={[...path, 'maxAge']}
          label={t('canteen.tiers.maxAge')}
        />
        <SelectField
          label={t('canteen.tiers.minDisability')}
          error={messageAt(file, [...path, 'minDisability'])}
          value={typeof grade === 'string' ? grade : ''}
          onChange={(g) => edit(file, [...path, 'minDisability'], g === '' ? undefined : g)}
          options={[
            { value: '', label: t('canteen.tiers.anyDisability') },
            ...DISABILITY_GRADES.filter((g) => g !== 'none').map((g) => ({
              value: g,
              label: t(`members.disability.${g}`),
            })),
          ]}
        />
      </div>
      <ChoicesSetting
        file={file}
        path={[...path, 'anyCategory']}
        label={t('canteen.tiers.anyCategory')}
        options={MEMBER_CATEGORIES}
        labelOf={(c) => t(`members.category.${c}`)}
        emptyRemoves
      />
      <ItemButtons
        name={name}
        index={index}
        count={count}
        onMove={(by) => edit(file, list, moved(conditions, index, by))}
        onRemove={() => edit(file, path, undefined)}
      />
    </fieldset>
  );
}

function Tier({ index, count }: { index: number; count: number }) {
  const path = ['pricing', 'tiers', index] as const;
  const tiers = listAt(['pricing', 'tiers']);
  const tier = tiers[index] as { id?: unknown; label?: Record<string, unknown> } | undefined;
  const name = t('canteen.tiers.nth', {
    n: index + 1,
    name: mealTitle({ id: tier?.id, ...(tier?.label ? { name: tier.label } : {}) }),
  });
  const conditions = listAt([...path, 'when']);
  return (
    <fieldset class="fieldset settings__item" data-tier-editor={String(tier?.id ?? '')}>
      <legend>{name}</legend>
      <LocalTextSetting file={MEALS} path={[...path, 'label']} label={t('canteen.tiers.label')} />
      <div class="form__grid">
        <TextSetting
          file={MEALS}
          path={[...path, 'id']}
          label={t('canteen.tiers.id')}
          hint={t('settings.common.idHint')}
        />
        <YuanSetting path={[...path, 'governmentFen']} label={t('canteen.tiers.government')} />
        <YuanSetting path={[...path, 'charityFen']} label={t('canteen.tiers.charity')} />
      </div>
      <h3 class="canteen__subhead">{t('canteen.tiers.who')}</h3>
      <GroupProblem file={MEALS} path={[...path, 'when']} />
      {conditions.map((_, i) => (
        <ConditionEditor
          key={i}
          file={MEALS}
          list={[...path, 'when']}
          index={i}
          count={conditions.length}
        />
      ))}
      <button
        type="button"
        class="button"
        onClick={() => edit(MEALS, [...path, 'when'], [...conditions, { minAge: 60 }])}
      >
        {t('canteen.tiers.addCondition', { tier: name })}
      </button>
      <ItemButtons
        name={name}
        index={index}
        count={count}
        onMove={(by) => edit(MEALS, ['pricing', 'tiers'], moved(tiers, index, by))}
        onRemove={() => edit(MEALS, path, undefined)}
      />
    </fieldset>
  );
}

export function Tiers() {
  const tiers = listAt(['pricing', 'tiers']);
  return (
    <section class="settings__group" aria-labelledby="tiers-heading">
      <h3 id="tiers-heading">{t('canteen.tiers.title')}</h3>
      <p class="field__hint">{t('canteen.tiers.hint')}</p>
      <GroupProblem file={MEALS} path={['pricing', 'tiers']} />
      {tiers.map((_, i) => (
        <Tier key={i} index={i} count={tiers.length} />
      ))}
      <button
        type="button"
        class="button"
        onClick={() =>
          edit(
            MEALS,
            ['pricing', 'tiers'],
            [
              ...tiers,
              {
                id: `tier-${tiers.length + 1}`,
                label: BLANK_TEXT,
                when: [{ minAge: 60 }],
                governmentFen: 0,
                charityFen: 0,
              },
            ],
          )
        }
      >
        {t('canteen.tiers.add')}
      </button>
    </section>
  );
}

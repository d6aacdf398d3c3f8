/**
 * The canteen editor's second page (kitchen, admin): the sittings, booking (how far ahead, closed
 * dates, how to pay), delivery and the price table,
 * with "what will a member like this pay" beside the table, following every edit.
 */
import { useRef } from 'preact/hooks';
import { t } from '../../i18n';
import type { MealsConfig } from '../../shared/config/meals';
import { centreToday } from '../pages/meals/dates';
import { DaysSetting } from '../settings/CentreSection';
import {
  ChoiceSetting,
  GroupProblem,
  ItemButtons,
  NumberSetting,
  TextSetting,
  ToggleSetting,
} from '../settings/controls';
import { draft, edit } from '../settings/draft';
import { LocalTextSetting } from '../settings/LocalTextField';
import { getAt, moved } from '../settings/paths';
import { BookingSection } from './BookingSection';
import { CanteenFrame } from './CanteenFrame';
import { MEALS, validMeals } from './canteen-draft';
import { CutoffSetting, OptionalNumberSetting, YuanSetting } from './controls';
import { DiscountSetting } from './DiscountSetting';
import { mealTitle } from './MealCard';
import { withoutSitting } from './menu-grid';
import { PricePreview } from './PricePreview';
import { Tiers } from './TiersEditor';

const BLANK_TEXT = { 'zh-Hans': '', 'zh-Hant': '', en: '' };

const listAt = (path: (string | number)[]): Record<string, unknown>[] => {
  const value = getAt(draft.value[MEALS], path);
  return Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
};

function Sittings() {
  const sittings = listAt(['sittings']);
  return (
    <section class="settings__group" aria-labelledby="sittings-heading">
      <h2 id="sittings-heading">{t('canteen.sittings.title')}</h2>
      <GroupProblem file={MEALS} path={['sittings']} />
      {sittings.map((sitting, i) => {
        const path = ['sittings', i] as const;
        const name = t('canteen.sittings.nth', {
          n: i + 1,
          name: mealTitle(sitting as { id?: unknown; name?: Record<string, unknown> }),
        });
        return (
          <fieldset key={i} class="fieldset settings__item">
            <legend>{name}</legend>
            <LocalTextSetting
              file={MEALS}
              path={[...path, 'name']}
              label={t('canteen.sittings.name')}
            />
            <div class="form__grid">
              <TextSetting
                file={MEALS}
                path={[...path, 'id']}
                label={t('canteen.sittings.id')}
                hint={t('settings.common.idHint')}
              />
              <TextSetting
                file={MEALS}
                path={[...path, 'serveFrom']}
                label={t('canteen.sittings.serveFrom')}
                hint={t('settings.common.timeHint')}
              />
              <TextSetting
                file={MEALS}
                path={[...path, 'serveUntil']}
                label={t('canteen.sittings.serveUntil')}
                hint={t('settings.common.timeHint')}
              />
              <NumberSetting
                file={MEALS}
                path={[...path, 'capacity']}
                label={t('canteen.sittings.capacity')}
                hint={t('canteen.sittings.capacityHint')}
              />
            </div>
            <DaysSetting file={MEALS} path={[...path, 'days']} label={t('canteen.sittings.days')} />
            <CutoffSetting path={[...path, 'cutoff']} label={t('canteen.sittings.cutoff')} />
            <ItemButtons
              name={name}
              index={i}
              count={sittings.length}
              onMove={(by) => edit(MEALS, ['sittings'], moved(sittings, i, by))}
              onRemove={() => {
                edit(MEALS, ['sittings', i], undefined);
                if (typeof sitting.id === 'string')
                  edit(
                    MEALS,
                    ['menu'],
                    withoutSitting(getAt(draft.value[MEALS], ['menu']), sitting.id),
                  );
              }}
            />
          </fieldset>
        );
      })}
      <button
        type="button"
        class="button"
        onClick={() =>
          edit(
            MEALS,
            ['sittings'],
            [
              ...sittings,
              {
                id: `sitting-${sittings.length + 1}`,
                name: BLANK_TEXT,
                days: [1, 2, 3, 4, 5],
                serveFrom: '',
                serveUntil: '',
                cutoff: { dayOffset: 0, time: '' },
                capacity: 50,
              },
            ],
          )
        }
      >
        {t('canteen.sittings.add')}
      </button>
    </section>
  );
}

function Delivery() {
  const on = getAt(draft.value[MEALS], ['delivery', 'enabled']) === true;
  return (
    <section class="settings__group" aria-labelledby="delivery-heading">
      <h2 id="delivery-heading">{t('canteen.delivery.title')}</h2>
      <ToggleSetting
        file={MEALS}
        path={['delivery', 'enabled']}
        label={t('canteen.delivery.enabled')}
      />
      {on && (
        <>
          <CutoffSetting path={['delivery', 'cutoff']} label={t('canteen.delivery.cutoff')} />
          <div class="form__grid">
            <YuanSetting path={['delivery', 'feeFen']} label={t('canteen.delivery.fee')} />
          </div>
        </>
      )}
    </section>
  );
}

const AGE_COUNTS = ['birthday', 'birthday-month', 'month-after'] as const;

function Pricing() {
  return (
    <section class="settings__group" aria-labelledby="pricing-heading">
      <h2 id="pricing-heading">{t('canteen.pricing.title')}</h2>
      <GroupProblem file={MEALS} path={['pricing']} />
      <div class="form__grid">
        <YuanSetting path={['pricing', 'basePriceFen']} label={t('canteen.pricing.base')} />
      </div>
      <DiscountSetting />
      <ToggleSetting
        file={MEALS}
        path={['pricing', 'localHukouOnly']}
        label={t('canteen.pricing.localOnly')}
      />
      <ToggleSetting
        file={MEALS}
        path={['pricing', 'companions']}
        label={t('canteen.pricing.companions')}
      />
      <ChoiceSetting
        file={MEALS}
        path={['pricing', 'ageCountsFrom']}
        label={t('kitchen.prices.ageCounts')}
        options={AGE_COUNTS.map((a) => ({
          value: a,
          label: t(`kitchen.prices.ageCountsFrom.${a}`),
        }))}
      />
      <Caps />
      <Tiers />
    </section>
  );
}

function Caps() {
  return (
    <fieldset class="fieldset">
      <legend>{t('canteen.pricing.caps')}</legend>
      <p class="field__hint">{t('canteen.pricing.capsHint')}</p>
      <div class="form__grid">
        <CapSetting period="perDay" />
        <CapSetting period="perWeek" />
        <CapSetting period="perMonth" />
      </div>
    </fieldset>
  );
}

function CapSetting({ period }: { period: 'perDay' | 'perWeek' | 'perMonth' }) {
  return (
    <OptionalNumberSetting
      path={['pricing', 'caps', period]}
      label={t(`canteen.pricing.${period}`)}
    />
  );
}

/** The centre's time zone from the draft: the day the preview counts ages and caps on. */
function previewDay(): string {
  const zone = getAt(draft.value['centre.json'], ['timeZone']);
  try {
    return centreToday(typeof zone === 'string' ? zone : 'Asia/Shanghai');
  } catch {
    return centreToday('Asia/Shanghai');
  }
}

export function RulesPage() {
  // While the table has a mistake the preview keeps the last table that worked, and says so.
  const lastGood = useRef<MealsConfig | null>(null);
  const valid = validMeals.value;
  if (valid) lastGood.current = valid;
  const shown = valid ?? lastGood.current;
  return (
    <CanteenFrame page="canteen-rules">
      <div class="canteen__rules">
        <div class="form form--wide">
          <Sittings />
          <BookingSection />
          <Delivery />
          <Pricing />
        </div>
        <aside class="canteen__preview" aria-label={t('kitchen.prices.previewTitle')}>
          {shown ? (
            <PricePreview
              meals={shown}
              day={previewDay()}
              note={valid ? undefined : t('canteen.pricing.previewStale')}
            />
          ) : (
            <p class="notice notice--info">{t('canteen.pricing.previewWaits')}</p>
          )}
        </aside>
      </div>
    </CanteenFrame>
  );
}

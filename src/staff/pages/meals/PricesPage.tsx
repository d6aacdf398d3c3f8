/**
 * The canteen's price table as published (admin; read-only: it is edited in the canteen editor,
 * src/staff/canteen) and, beside it, "what will a member like this pay" (PricePreview, the same
 * shared rule the kiosk and the server use).
 */
import { t } from '../../../i18n';
import type { MealsConfig } from '../../../shared/config/meals';
import {
  type PriceBreakdown,
  type PriceTable,
  priceMeal,
  priceTableOf,
  type TierCondition,
} from '../../../shared/meals';
import { yuanDigits } from '../../../shared/money';
import { PricePreview } from '../../canteen/PricePreview';
import { CanteenGate } from './CanteenGate';
import { tierLabel } from './canteen';
import { birthDateForAge, centreToday } from './dates';

const yuan = (fen: number) => t('kitchen.money.yuan', { amount: yuanDigits(fen) });

export function PricesPage() {
  return (
    <>
      <div class="page-head">
        <h1 tabIndex={-1}>{t('kitchen.prices.title')}</h1>
      </div>
      <CanteenGate>{(meals, timeZone) => <Prices meals={meals} timeZone={timeZone} />}</CanteenGate>
    </>
  );
}

/** One tier condition in words: "低保 or 特困, aged 80–99". */
function conditionText(c: TierCondition): string {
  const parts: string[] = [];
  if (c.anyCategory)
    parts.push(c.anyCategory.map((k) => t(`members.category.${k}`)).join(t('kitchen.prices.or')));
  if (c.minAge !== undefined && c.maxAge !== undefined)
    parts.push(t('kitchen.prices.ageBetween', { min: c.minAge, max: c.maxAge }));
  else if (c.minAge !== undefined) parts.push(t('kitchen.prices.ageFrom', { min: c.minAge }));
  else if (c.maxAge !== undefined) parts.push(t('kitchen.prices.ageUpTo', { max: c.maxAge }));
  if (c.minDisability !== undefined)
    parts.push(
      t('kitchen.prices.disabilityFrom', { grade: t(`members.disability.${c.minDisability}`) }),
    );
  return parts.join(t('kitchen.prices.and'));
}

/**
 * What a member in `tierId` pays for one meal eaten at the centre: the shared rule with that
 * tier alone, open to everyone, so the answer is the rule's own (caps and discounts included).
 */
function tierShare(table: PriceTable, tierId: string, day: string): PriceBreakdown {
  const tier = table.tiers.find((x) => x.id === tierId);
  return priceMeal({
    table: { ...table, localHukouOnly: false, tiers: tier ? [{ ...tier, when: [{}] }] : [] },
    member: {
      birthDate: birthDateForAge(day, 60),
      localHukou: true,
      categories: [],
      disability: 'none',
    },
    day,
    usage: { day: 0, week: 0, month: 0 },
  });
}

function Prices({ meals, timeZone }: { meals: MealsConfig; timeZone: string }) {
  const table = priceTableOf(meals);
  const day = centreToday(timeZone);
  const p = meals.pricing;
  const discount = p.operatorDiscount;
  return (
    <div class="prices-layout">
      <section aria-labelledby="prices-table">
        <h2 id="prices-table" class="first">
          {t('kitchen.prices.tableTitle')}
        </h2>
        <dl class="facts">
          <div>
            <dt>{t('kitchen.prices.base')}</dt>
            <dd data-fact="base">{yuan(p.basePriceFen)}</dd>
          </div>
          <div>
            <dt>{t('kitchen.funders.operator')}</dt>
            <dd>
              {discount?.percent !== undefined
                ? t('kitchen.prices.discountPercent', { percent: discount.percent })
                : discount?.fen !== undefined
                  ? yuan(discount.fen)
                  : t('console.common.none')}
            </dd>
          </div>
          <div>
            <dt>{t('kitchen.prices.deliveryFee')}</dt>
            <dd>
              {meals.delivery.enabled
                ? yuan(meals.delivery.feeFen)
                : t('kitchen.prices.noDelivery')}
            </dd>
          </div>
          <div>
            <dt>{t('kitchen.prices.localOnly')}</dt>
            <dd>{p.localHukouOnly ? t('console.common.yes') : t('console.common.no')}</dd>
          </div>
          <div>
            <dt>{t('kitchen.prices.ageCounts')}</dt>
            <dd>{t(`kitchen.prices.ageCountsFrom.${p.ageCountsFrom}`)}</dd>
          </div>
          <div>
            <dt>{t('kitchen.prices.caps')}</dt>
            <dd>
              {[
                p.caps.perDay !== undefined && t('kitchen.prices.capDay', { count: p.caps.perDay }),
                p.caps.perWeek !== undefined &&
                  t('kitchen.prices.capWeek', { count: p.caps.perWeek }),
                p.caps.perMonth !== undefined &&
                  t('kitchen.prices.capMonth', { count: p.caps.perMonth }),
              ]
                .filter(Boolean)
                .join(t('kitchen.prices.listSeparator')) || t('console.common.none')}
            </dd>
          </div>
          <div>
            <dt>{t('kitchen.prices.companions')}</dt>
            <dd>{p.companions ? t('kitchen.prices.companionsYes') : t('console.common.no')}</dd>
          </div>
        </dl>
        <div class="table-wrap">
          <table class="table" data-table="tiers">
            <caption class="visually-hidden">{t('kitchen.prices.tiers')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('kitchen.report.tier')}</th>
                <th scope="col">{t('kitchen.prices.who')}</th>
                <th scope="col" class="num">
                  {t('kitchen.funders.government')}
                </th>
                <th scope="col" class="num">
                  {t('kitchen.funders.charity')}
                </th>
                <th scope="col" class="num">
                  {t('kitchen.prices.memberPays')}
                </th>
              </tr>
            </thead>
            <tbody>
              {p.tiers.map((tier) => (
                <tr key={tier.id} data-tier={tier.id}>
                  <th scope="row">{tierLabel(meals, tier.id)}</th>
                  <td>{tier.when.map(conditionText).join(t('kitchen.prices.orLine'))}</td>
                  <td class="num">{yuan(tier.governmentFen)}</td>
                  <td class="num">{yuan(tier.charityFen)}</td>
                  <td class="num">{yuan(tierShare(table, tier.id, day).elder)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <PricePreview meals={meals} day={day} />
    </div>
  );
}

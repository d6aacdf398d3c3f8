/**
 * "What will a member like this pay": the facts staff choose (age, categories, disability,
 * 户籍, delivery, companion) priced by the same shared rule the kiosk and the server use
 * (priceMeal over priceTableOf). Beside the read-only price table and beside the canteen
 * editor's table, where it follows every edit (the facts chosen stay as the table changes).
 */
import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import type { MealsConfig } from '../../shared/config/meals';
import { type PriceBreakdown, priceMeal, priceTableOf } from '../../shared/meals';
import {
  DISABILITY_GRADES,
  type DisabilityGrade,
  MEMBER_CATEGORIES,
  type MemberCategory,
} from '../../shared/members/categories';
import { yuanDigits } from '../../shared/money';
import { tierLabel } from '../pages/meals/canteen';
import { birthDateForAge } from '../pages/meals/dates';
import { Checkbox, FieldSet, SelectField, TextField } from '../ui/Field';

const yuan = (fen: number) => t('kitchen.money.yuan', { amount: yuanDigits(fen) });

interface Facts {
  age: string;
  categories: MemberCategory[];
  disability: DisabilityGrade;
  localHukou: boolean;
  delivery: boolean;
  companion: boolean;
}

const START: Facts = {
  age: '75',
  categories: [],
  disability: 'none',
  localHukou: true,
  delivery: false,
  companion: false,
};

/** `day`: "YYYY-MM-DD" on the centre's calendar, the day ages and caps are counted on. */
export function PricePreview({
  meals,
  day,
  note,
}: {
  meals: MealsConfig;
  day: string;
  /** Said above the answer (e.g. that the editor's table has a mistake and an older one is used). */
  note?: string | undefined;
}) {
  const table = priceTableOf(meals);
  const [facts, setFacts] = useState<Facts>(START);
  const set = <K extends keyof Facts>(key: K, value: Facts[K]) =>
    setFacts((f) => ({ ...f, [key]: value }));
  const age = /^\d{1,3}$/.test(facts.age.trim()) ? Number(facts.age.trim()) : Number.NaN;
  const ageOk = age >= 0 && age <= 130;
  const price = ageOk
    ? priceMeal({
        table,
        member: {
          birthDate: birthDateForAge(day, age),
          localHukou: facts.localHukou,
          categories: facts.categories,
          disability: facts.disability,
        },
        day,
        usage: { day: 0, week: 0, month: 0 },
        delivery: facts.delivery && meals.delivery.enabled,
        companion: facts.companion && table.companionsAllowed,
      })
    : null;

  return (
    <section class="preview" aria-labelledby="prices-preview">
      <h2 id="prices-preview" class="first">
        {t('kitchen.prices.previewTitle')}
      </h2>
      <form class="form" onSubmit={(e) => e.preventDefault()}>
        <TextField
          label={t('kitchen.prices.age')}
          value={facts.age}
          inputMode="numeric"
          error={ageOk ? undefined : t('kitchen.prices.badAge')}
          onInput={(value) => set('age', value)}
        />
        <FieldSet legend={t('members.field.categories')}>
          {MEMBER_CATEGORIES.map((k) => (
            <Checkbox
              key={k}
              label={t(`members.category.${k}`)}
              checked={facts.categories.includes(k)}
              onChange={(on) =>
                set(
                  'categories',
                  on ? [...facts.categories, k] : facts.categories.filter((x) => x !== k),
                )
              }
            />
          ))}
        </FieldSet>
        <SelectField
          label={t('members.field.disability')}
          value={facts.disability}
          onChange={(value) => set('disability', value as DisabilityGrade)}
          options={DISABILITY_GRADES.map((g) => ({
            value: g,
            label: t(`members.disability.${g}`),
          }))}
        />
        <FieldSet legend={t('kitchen.prices.more')}>
          <Checkbox
            label={t('members.localHukou.yes')}
            checked={facts.localHukou}
            onChange={(on) => set('localHukou', on)}
          />
          {meals.delivery.enabled && (
            <Checkbox
              label={t('kitchen.prices.withDelivery')}
              checked={facts.delivery}
              onChange={(on) => set('delivery', on)}
            />
          )}
          {table.companionsAllowed && (
            <Checkbox
              label={t('kitchen.prices.asCompanion')}
              checked={facts.companion}
              onChange={(on) => set('companion', on)}
            />
          )}
        </FieldSet>
      </form>
      {note && <p class="notice notice--info">{note}</p>}
      <div class="price-result" aria-live="polite" data-result>
        {price && <Breakdown price={price} meals={meals} />}
      </div>
    </section>
  );
}

function Breakdown({ price, meals }: { price: PriceBreakdown; meals: MealsConfig }) {
  return (
    <>
      <p class="price-result__pays" data-elder-fen={price.elder}>
        {t('kitchen.prices.pays', { amount: yuanDigits(price.elder) })}
      </p>
      <p>
        {price.basis === 'subsidised' && price.tierId
          ? t('kitchen.prices.basis.subsidised', { tier: tierLabel(meals, price.tierId) })
          : t(`kitchen.prices.basis.${price.basis}`)}
      </p>
      <dl class="facts facts--breakdown">
        <div>
          <dt>{t('kitchen.prices.base')}</dt>
          <dd>{yuan(price.base)}</dd>
        </div>
        <div>
          <dt>{t('kitchen.funders.operator')}</dt>
          <dd>{yuan(price.operator)}</dd>
        </div>
        <div>
          <dt>{t('kitchen.funders.government')}</dt>
          <dd>{yuan(price.government)}</dd>
        </div>
        <div>
          <dt>{t('kitchen.funders.charity')}</dt>
          <dd>{yuan(price.charity)}</dd>
        </div>
        <div>
          <dt>{t('kitchen.prices.deliveryFee')}</dt>
          <dd>{yuan(price.deliveryFee)}</dd>
        </div>
        <div class="facts__total">
          <dt>{t('kitchen.prices.memberPays')}</dt>
          <dd>{yuan(price.elder)}</dd>
        </div>
      </dl>
      <p class="field__hint">{t('kitchen.prices.assumes')}</p>
    </>
  );
}

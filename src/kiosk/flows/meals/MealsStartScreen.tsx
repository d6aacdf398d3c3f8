/**
 * The meals start screen: greets the member by name; first tells them, kindly, of any booking the
 * canteen could not take (one "知道了" acknowledges them); then offers the usual meal first (one
 * tap to its confirmation), then "book something else", "my meals" and, where the canteen allows,
 * a meal for a family member.
 */
import './meals.css';
import { useState } from 'preact/hooks';
import { localText, t } from '../../../i18n';
import { KioskScreen } from '../../app/frame/KioskScreen';
import { navigate } from '../../app/router';
import { say, usePrompt } from '../../app/speech';
import { BigButton, Icon, ScrollArea } from '../../ui';
import { type Notice, noticesToTell, quote, takenBy, usualMeal } from './bookings';
import { type MealsContext, useMeals } from './context';
import { startDraft, updateDraft } from './draft';
import { MealsMissing } from './MealsMissing';
import { type UsualOffer, usualOffer } from './offer';
import { acknowledge } from './save';
import { dateWords, mealName, payWords, sittingOf, whenWords, whereWords } from './words';

export function MealsStartScreen() {
  const ctx = useMeals();
  if ('missing' in ctx) return <MealsMissing missing={ctx.missing} />;
  return (
    <KioskScreen title={t('meals.start.title', { name: ctx.member.name })}>
      {/* The prompt waits for the member's meals, so the notices and the usual meal are said. */}
      {ctx.knowledge && <StartBody ctx={ctx} />}
    </KioskScreen>
  );
}

/** "您 11月25日 的午餐没有订上：已经订满了，没有名额了。" */
function noticeWords(ctx: MealsContext, n: Notice): string {
  const sitting = sittingOf(ctx.meals, n.sitting);
  return t('meals.notice.one', {
    date: dateWords(n.day),
    sitting: sitting ? localText(sitting.name) : t('meals.notice.aMeal'),
    meal: mealName(ctx.meals, n.mealId),
    reason: n.message ? localText(n.message) : t('meals.notice.unknownReason'),
  });
}

function StartBody({ ctx }: { ctx: MealsContext }) {
  const notices = ctx.knowledge ? noticesToTell(ctx.knowledge) : [];
  const [told, setTold] = useState(notices.length === 0);
  const greeting = t('meals.start.greeting', { name: ctx.member.name });
  if (!told)
    return (
      <Notices
        ctx={ctx}
        notices={notices}
        greeting={greeting}
        onDone={() => {
          setTold(true);
          say(t('meals.start.prompt'));
        }}
      />
    );
  return <Choices ctx={ctx} greeting={greeting} />;
}

function Notices({
  ctx,
  notices,
  greeting,
  onDone,
}: {
  ctx: MealsContext;
  notices: Notice[];
  greeting: string;
  onDone: () => void;
}) {
  const sentences = notices.map((n) => noticeWords(ctx, n));
  usePrompt([greeting, ...sentences, t('meals.notice.sorry')].join(' '));
  const [busy, setBusy] = useState(false);
  return (
    <section class="meals-notice" aria-labelledby="meals-notice-title">
      <h2 class="meals-notice__title" id="meals-notice-title">
        <Icon name="warning" />
        {t('meals.notice.title', { count: notices.length })}
      </h2>
      <ScrollArea label={t('meals.notice.title', { count: notices.length })}>
        <ul class="meals-notice__list">
          {sentences.map((s, i) => (
            <li key={notices[i]?.id}>{s}</li>
          ))}
        </ul>
        <p class="meals-notice__sorry">{t('meals.notice.sorry')}</p>
      </ScrollArea>
      <div class="action-row">
        <BigButton
          icon="check"
          label={t('meals.notice.ok')}
          disabled={busy}
          onPress={() => {
            setBusy(true);
            // Told in words and voice: the server hears it was told (whichever kiosk is next).
            acknowledge(ctx.member.id, notices)
              .catch(() => undefined)
              .finally(onDone);
          }}
        />
      </div>
    </section>
  );
}

function usualWords(ctx: MealsContext, offer: UsualOffer) {
  const price = quote(ctx.table, ctx.tiers, ctx.rows, {
    day: offer.day,
    delivery: offer.delivery,
    companion: false,
  });
  const when = whenWords(offer.day, offer.sitting, ctx.today);
  return {
    // The button says what it books: "和上次一样：明天午餐 清蒸鱼".
    label: t('meals.start.usual', { when, meal: localText(offer.meal.name) }),
    detail: t('meals.start.usualDetail', {
      where: whereWords(offer.delivery),
      pay: payWords(price),
    }),
  };
}

function Choices({ ctx, greeting }: { ctx: MealsContext; greeting: string }) {
  const offer = usualOffer(
    ctx.meals,
    ctx.knowledge ? usualMeal(ctx.knowledge) : null,
    ctx.now,
    ctx.timeZone,
    takenBy(ctx.rows),
  );
  const usual = offer ? usualWords(ctx, offer) : null;
  usePrompt(
    [
      greeting,
      usual
        ? t('meals.start.spokenUsual', { usual: usual.label, detail: usual.detail })
        : t('meals.start.prompt'),
    ].join(' '),
  );
  return (
    <div class="meals-start">
      {offer && usual && (
        <BigButton
          id="meals-usual"
          icon="repeat"
          label={usual.label}
          sublabel={usual.detail}
          onPress={() => {
            startDraft(ctx.member.id, false);
            updateDraft({
              day: offer.day,
              sitting: offer.sitting.id,
              mealId: offer.meal.id,
              delivery: offer.delivery,
            });
            navigate('meals-confirm');
          }}
        />
      )}
      <div class="meals-start__more">
        <BigButton
          icon="meal"
          variant={offer ? 'secondary' : 'primary'}
          label={offer ? t('meals.start.other') : t('meals.start.book')}
          onPress={() => {
            startDraft(ctx.member.id, false);
            navigate('meals-day');
          }}
        />
        <BigButton
          icon="list"
          variant="secondary"
          label={t('meals.start.mine')}
          sublabel={
            ctx.rows.length > 0 ? t('meals.start.mineCount', { count: ctx.rows.length }) : undefined
          }
          onPress={() => navigate('meals-mine')}
        />
        {ctx.table.companionsAllowed && (
          <BigButton
            icon="family"
            variant="secondary"
            label={t('meals.start.companion')}
            sublabel={t('meals.start.companionDetail')}
            onPress={() => {
              startDraft(ctx.member.id, true);
              navigate('meals-day');
            }}
          />
        )}
      </div>
    </div>
  );
}

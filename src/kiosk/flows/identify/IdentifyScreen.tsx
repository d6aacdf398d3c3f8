/**
 * "Tap or type your card": the card reader (typing like a keyboard) or the big keypad,
 * then the member's PIN where they have one (checked by the server only), then one outcome, shown
 * and spoken in kind words: welcome by name, membership ended (when, and that staff renew it),
 * card not found, PIN locked after five wrong tries, no connection to check the PIN (the card
 * alone then books a meal or asks for help), or no roster on this kiosk yet. Finding a card
 * takes one slow keyed hash (~100 ms and more on purpose): the keypad says it is looking meanwhile.
 */
import './identify.css';
import { useRef, useState } from 'preact/hooks';
import { HTML_LANG, language, t } from '../../../i18n';
import { centreClock } from '../../../shared/centre/clock';
import { CARD_MAX } from '../../../shared/members/card';
import { membershipStatus } from '../../../shared/members/status';
import { KioskScreen } from '../../app/frame/KioskScreen';
import { replica, replicaReady } from '../../app/pull';
import { navigate } from '../../app/router';
import { say, usePrompt } from '../../app/speech';
import { useConfig } from '../../app/state';
import { lookUpCard, type RosterEntry } from '../../offline/roster';
import { BigButton, Icon, Keypad, Problem, Success } from '../../ui';
import { useCardReader } from './card-reader';
import { checkPinOnServer } from './check-pin';
import { continueToJob, currentRequest, memberFrom, rememberMember } from './identify';
import type { IdentifiedMember } from './member';

const PIN_DIGITS = 4;

type Phase =
  | { kind: 'card'; message?: string }
  | { kind: 'pin'; entry: RosterEntry; card: string; message?: string }
  | { kind: 'pin-offline'; entry: RosterEntry; card: string }
  | { kind: 'welcome'; member: IdentifiedMember }
  | { kind: 'expired'; member: IdentifiedMember }
  | { kind: 'unknown' }
  | { kind: 'no-roster' }
  | { kind: 'pin-tries-out' };

/** "2026年3月31日" / "March 31, 2026": a calendar day in the elder's language. */
function longDate(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(HTML_LANG[language.value], {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(Date.UTC(y, m - 1, d));
}

export function IdentifyScreen() {
  const { centre } = useConfig();
  const request = currentRequest();
  const [phase, setPhase] = useState<Phase>({ kind: 'card' });
  const [card, setCard] = useState('');
  const [pin, setPin] = useState('');
  const busy = useRef(false);
  // Shown while a card is hashed or a PIN is with the server, so a slow second is not a dead one.
  const [checking, setChecking] = useState(false);
  usePrompt(t('identify.prompt'));

  const show = (next: Phase, words: string) => {
    setPhase(next);
    say(words);
  };

  /** The member is who they say: greet them, or tell them kindly that the membership ended. */
  const known = (
    entry: RosterEntry,
    presented: { card: string; pin?: string },
    pinChecked: boolean,
  ) => {
    const member = memberFrom(entry, pinChecked);
    const today = centreClock(new Date(), centre.timeZone).date;
    if (membershipStatus(member.validUntil, today) === 'expired') {
      const date = longDate(member.validUntil as string);
      show({ kind: 'expired', member }, t('identify.expired.spoken', { name: member.name, date }));
      return;
    }
    rememberMember(member, request, presented);
    if (request.greetedByJob && !request.test) {
      continueToJob(request);
      return;
    }
    show({ kind: 'welcome', member }, t('identify.welcome.message', { name: member.name }));
  };

  /** One step at a time: a second card or a double tap while checking is ignored. */
  const guarded = async (step: () => Promise<void>) => {
    if (busy.current) return;
    busy.current = true;
    setChecking(true);
    try {
      await step();
    } finally {
      busy.current = false;
      setChecking(false);
    }
  };

  const checkCard = (raw: string) =>
    guarded(async () => {
      const found = await lookUpCard(replica.value ?? (await replicaReady), raw);
      setCard('');
      setPin('');
      if (found.status === 'invalid')
        show({ kind: 'card', message: t('identify.notACard') }, t('identify.notACard'));
      else if (found.status === 'no-roster')
        show({ kind: 'no-roster' }, t('identify.noRoster.spoken'));
      else if (found.status === 'unknown') show({ kind: 'unknown' }, t('identify.unknown.spoken'));
      else if (!found.entry.member.hasPin) known(found.entry, { card: found.card }, false);
      else show({ kind: 'pin', entry: found.entry, card: found.card }, t('identify.pin.prompt'));
    });

  const checkPin = () =>
    guarded(async () => {
      if (phase.kind !== 'pin') return;
      const answer = await checkPinOnServer(phase.card, pin);
      setPin('');
      if (answer.result === 'ok') known(phase.entry, { card: phase.card, pin }, true);
      else if (answer.result === 'locked')
        show({ kind: 'pin-tries-out' }, t('identify.pinTriesOut.spoken'));
      else if (answer.result === 'unknown-card')
        show({ kind: 'unknown' }, t('identify.unknown.spoken'));
      else if (answer.result === 'offline')
        show(
          { kind: 'pin-offline', entry: phase.entry, card: phase.card },
          t('identify.pinOffline.spoken'),
        );
      else {
        const words = t('identify.pin.wrong', { count: answer.triesLeft });
        show({ ...phase, message: words }, words);
      }
    });

  // A card can be tapped whenever the screen is waiting for one or has just said what went wrong.
  useCardReader(
    (raw) => void checkCard(raw),
    phase.kind !== 'pin' &&
      phase.kind !== 'pin-offline' &&
      phase.kind !== 'welcome' &&
      phase.kind !== 'expired',
  );

  const callStaff = {
    label: t('identify.callStaff'),
    icon: 'phone' as const,
    onPress: () => navigate('call-staff'),
  };
  const title =
    phase.kind === 'card'
      ? request.test
        ? t('identify.testTitle')
        : t('identify.title')
      : phase.kind === 'pin'
        ? t('identify.pin.title')
        : t('identify.resultTitle');

  return (
    <KioskScreen title={title}>
      {phase.kind === 'card' && (
        <Keypad
          // What went wrong replaces the label (and is said), so nothing is added to a screen
          // the keypad already fills at the largest text size.
          label={checking ? t('identify.checking') : (phase.message ?? t('identify.label'))}
          value={card}
          onChange={setCard}
          maxLength={CARD_MAX}
          // A card or ID number is shown masked but for its last 4 (elder-ux: privacy on a shared screen).
          showLast={4}
          onDone={() => void checkCard(card)}
          doneLabel={t('identify.done')}
        />
      )}
      {phase.kind === 'pin' && (
        <Keypad
          label={checking ? t('identify.pin.checking') : (phase.message ?? t('identify.pin.label'))}
          value={pin}
          onChange={setPin}
          maxLength={PIN_DIGITS}
          masked
          onDone={() => void checkPin()}
          doneLabel={t('identify.pin.done')}
        />
      )}
      {phase.kind === 'welcome' && (
        <Success
          message={t('identify.welcome.message', { name: phase.member.name })}
          {...(request.test ? { detail: t('identify.welcome.testDetail') } : {})}
          onDone={() => continueToJob(request)}
          doneLabel={request.test ? t('identify.welcome.testDone') : t('identify.welcome.continue')}
        />
      )}
      {phase.kind === 'expired' && (
        <section class="identify-notice" role="status">
          <h2 class="identify-notice__greeting">
            <Icon name="user" />
            {t('identify.expired.greeting', { name: phase.member.name })}
          </h2>
          <p class="identify-notice__what">
            {t('identify.expired.what', {
              date: longDate(phase.member.validUntil as string),
            })}
          </p>
          <p class="identify-notice__next">{t('identify.expired.next')}</p>
          <div class="action-row">
            <BigButton {...callStaff} />
            {request.test && (
              <BigButton
                icon="check"
                variant="secondary"
                label={t('identify.welcome.testDone')}
                onPress={() => continueToJob(request)}
              />
            )}
          </div>
        </section>
      )}
      {phase.kind === 'unknown' && (
        <>
          {/* Both ways on in one row: two stacked buttons do not fit landscape at 1.6×. */}
          <Problem what={t('identify.unknown.what')} next={t('identify.unknown.next')} />
          <div class="action-row">
            <BigButton {...callStaff} />
            <BigButton
              icon="refresh"
              variant="secondary"
              label={t('identify.unknown.retry')}
              onPress={() => show({ kind: 'card' }, t('identify.prompt'))}
            />
          </div>
        </>
      )}
      {phase.kind === 'no-roster' && (
        <Problem
          what={t('identify.noRoster.what')}
          next={t('identify.noRoster.next')}
          action={callStaff}
        />
      )}
      {phase.kind === 'pin-offline' && (
        <Problem
          what={t('identify.pinOffline.what')}
          next={t('identify.pinOffline.next')}
          action={{
            label: t('identify.pinOffline.continue'),
            icon: 'check',
            onPress: () => known(phase.entry, { card: phase.card }, false),
          }}
        />
      )}
      {phase.kind === 'pin-tries-out' && (
        <Problem
          what={t('identify.pinTriesOut.what')}
          next={t('identify.pinTriesOut.next')}
          action={callStaff}
        />
      )}
    </KioskScreen>
  );
}

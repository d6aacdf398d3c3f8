/**
 * "我的补贴": the identified member's own figures, from the centre server (card + PIN checked
 * there): each programme as receiving / on hold / could get but not applied / not yet / not
 * eligible with the reason, the amount a month, since when and the next payout — all spoken. The
 * answer lives in this screen's state only, so it goes with the screen and the session. Offline
 * it says honestly that personal figures need the connection and offers the anonymous check; a
 * member without a PIN is told kindly that staff set one at the desk. A programme they could get
 * but have not applied for has 帮我申请: an appointment request with the centre's 养老服务顾问.
 */
import './subsidies.css';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../../i18n';
import { KioskScreen } from '../../app/frame/KioskScreen';
import { navigate } from '../../app/router';
import { usePrompt } from '../../app/speech';
import { session, useConfig } from '../../app/state';
import { BigButton, Icon, Problem, ScrollArea } from '../../ui';
import { forgetMember, identifiedMember, identify } from '../identify/identify';
import { appliedThisSession, saveApply } from './apply';
import { askMySubsidies, type MineAnswer } from './mine';
import {
  type MealLine,
  type MineLine,
  mealLine,
  mealSpoken,
  mineHeadline,
  mineLines,
  mineSpoken,
} from './mine-words';
import { SubsidiesMissing } from './SubsidiesMissing';

const toAnonymousCheck = () => navigate('subsidies');

export function MySubsidiesScreen() {
  const config = useConfig();
  const member = identifiedMember.value;
  const [answer, setAnswer] = useState<MineAnswer | null>(null);
  const memberId = member?.id;
  const recordsAllowed = member?.recordsAllowed ?? false;
  useEffect(() => {
    setAnswer(null);
    if (!memberId) return;
    // A PIN member identified while the server was out of reach: the PIN was never checked.
    if (!recordsAllowed) {
      setAnswer({ result: 'offline' });
      return;
    }
    let live = true;
    void (async () => {
      const got = await askMySubsidies(memberId, await session.value?.proof);
      if (live) setAnswer(got);
    })();
    return () => {
      live = false;
    };
  }, [memberId, recordsAllowed]);

  const subsidies = config.subsidies;
  if (!subsidies) return <SubsidiesMissing />;
  const title = t('subsidies.mine.title');
  if (!member || answer?.result === 'refused') return <Refused title={title} />;
  if (answer === null) return <Checking title={title} />;
  if (answer.result === 'offline') return <Offline title={title} />;
  if (answer.result === 'no-pin') return <NoPin title={title} />;
  const lines = mineLines(subsidies, answer.items);
  return (
    <Figures
      title={title}
      greeting={t('subsidies.mine.greeting', { name: member.name })}
      lines={lines}
      meal={mealLine(subsidies, answer.meals)}
      onApply={(programmeId) => {
        void saveApply(member.id, programmeId);
        navigate('subsidies-applied');
      }}
    />
  );
}

function Checking({ title }: { title: string }) {
  usePrompt(t('subsidies.mine.checking'));
  return (
    <KioskScreen title={title}>
      <p class="info-block__lead" role="status">
        {t('subsidies.mine.checking')}
      </p>
    </KioskScreen>
  );
}

function Offline({ title }: { title: string }) {
  usePrompt(t('subsidies.mine.offline.spoken'));
  return (
    <KioskScreen title={title}>
      <Problem
        what={t('subsidies.mine.offline.what')}
        next={t('subsidies.mine.offline.next')}
        action={{ label: t('subsidies.mine.anonymous'), icon: 'coins', onPress: toAnonymousCheck }}
      />
    </KioskScreen>
  );
}

function NoPin({ title }: { title: string }) {
  usePrompt(t('subsidies.mine.noPin.spoken'));
  return (
    <KioskScreen title={title}>
      <Problem what={t('subsidies.mine.noPin.what')} next={t('subsidies.mine.noPin.next')} />
      {/* Two ways on, side by side so both stay in view at the largest text. */}
      <div class="subsidy-mine__actions">
        <BigButton icon="coins" label={t('subsidies.mine.anonymous')} onPress={toAnonymousCheck} />
        <BigButton
          icon="phone"
          variant="secondary"
          label={t('identify.callStaff')}
          onPress={() => navigate('call-staff')}
        />
      </div>
    </KioskScreen>
  );
}

function Refused({ title }: { title: string }) {
  usePrompt(t('subsidies.mine.refused.spoken'));
  return (
    <KioskScreen title={title}>
      <Problem
        what={t('subsidies.mine.refused.what')}
        next={t('subsidies.mine.refused.next')}
        action={{
          label: t('subsidies.mine.refused.action'),
          icon: 'lock',
          onPress: () => {
            forgetMember();
            identify({ next: 'subsidies-mine', greetedByJob: true });
          },
        }}
      />
    </KioskScreen>
  );
}

function Figures({
  title,
  greeting,
  lines,
  meal,
  onApply,
}: {
  title: string;
  greeting: string;
  lines: MineLine[];
  meal: MealLine | null;
  onApply: (programmeId: string) => void;
}) {
  const headline = mineHeadline(lines);
  const applied = appliedThisSession.value;
  const spoken = mineSpoken(greeting, lines);
  usePrompt(headline, meal ? `${spoken} ${mealSpoken(meal)}` : spoken);
  return (
    <KioskScreen title={title}>
      <ScrollArea label={t('subsidies.mine.list')}>
        <div class="info-list">
          <p class="info-block__lead">{greeting}</p>
          <p class="info-block__lead">{headline}</p>
          {lines.map((line) => (
            <section key={line.id} class={`info-block subsidy subsidy--${line.status}`}>
              <h2>
                <Icon name="coins" /> {line.name}
              </h2>
              <p class="subsidy__state">{line.state}</p>
              {line.amount && <p class="subsidy__amount">{line.amount}</p>}
              {line.details.map((d) => (
                <p key={d}>{d}</p>
              ))}
              {/* Asked on an earlier visit: its details say when, and no second button. */}
              {line.status === 'not-applied' &&
                !line.askedOn &&
                (applied.includes(line.id) ? (
                  <p class="subsidy__state" data-applied={line.id}>
                    <Icon name="check" /> {t('subsidies.mine.applied')}
                  </p>
                ) : (
                  <div class="subsidy__apply">
                    <BigButton
                      icon="advice"
                      label={t('subsidies.mine.apply')}
                      onPress={() => onApply(line.id)}
                    />
                  </div>
                ))}
            </section>
          ))}
          {meal && (
            <section class="info-block subsidy subsidy--meals">
              <h2>
                <Icon name="meal" /> {meal.name}
              </h2>
              {meal.details.map((d) => (
                <p key={d}>{d}</p>
              ))}
            </section>
          )}
        </div>
      </ScrollArea>
    </KioskScreen>
  );
}

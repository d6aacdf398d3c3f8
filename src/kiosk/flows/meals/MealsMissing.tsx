/**
 * A meal screen reached without a member (the session ended) or without a canteen in the config.
 * Without a canteen there is nothing to do here but find a person: 呼叫工作人员 beside the way home.
 */
import { t } from '../../../i18n';
import { KioskScreen } from '../../app/frame/KioskScreen';
import { home, navigate } from '../../app/router';
import { usePrompt } from '../../app/speech';
import { BigButton, Problem } from '../../ui';
import { identify } from '../identify/identify';

export function MealsMissing({ missing }: { missing: 'member' | 'canteen' }) {
  const what = t(`meals.missing.${missing}.what`);
  const next = t(`meals.missing.${missing}.next`);
  usePrompt(t('meals.missing.spoken', { what, next }));
  return (
    <KioskScreen title={t('meals.title')}>
      {missing === 'member' ? (
        <Problem
          what={what}
          next={next}
          action={{
            label: t('meals.missing.member.action'),
            icon: 'user',
            onPress: () => identify({ next: 'meals', greetedByJob: true }),
          }}
        />
      ) : (
        <>
          <Problem what={what} next={next} />
          {/* Both in one row, as the identify screen's problems: two stacked buttons do not fit landscape at 1.6×. */}
          <div class="action-row">
            <BigButton
              icon="phone"
              label={t('meals.missing.canteen.callStaff')}
              onPress={() => navigate('call-staff')}
            />
            <BigButton
              icon="home"
              variant="secondary"
              label={t('meals.missing.canteen.action')}
              onPress={home}
            />
          </div>
        </>
      )}
    </KioskScreen>
  );
}

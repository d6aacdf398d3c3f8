/** A meal screen reached without a member (the session ended) or without a canteen in the config. */
import { t } from '../../../i18n';
import { KioskScreen } from '../../app/frame/KioskScreen';
import { home } from '../../app/router';
import { usePrompt } from '../../app/speech';
import { Problem } from '../../ui';
import { identify } from '../identify/identify';

export function MealsMissing({ missing }: { missing: 'member' | 'canteen' }) {
  const what = t(`meals.missing.${missing}.what`);
  const next = t(`meals.missing.${missing}.next`);
  usePrompt(t('meals.missing.spoken', { what, next }));
  return (
    <KioskScreen title={t('meals.title')}>
      <Problem
        what={what}
        next={next}
        action={
          missing === 'member'
            ? {
                label: t('meals.missing.member.action'),
                icon: 'user',
                onPress: () => identify({ next: 'meals', greetedByJob: true }),
              }
            : { label: t('meals.missing.canteen.action'), icon: 'home', onPress: home }
        }
      />
    </KioskScreen>
  );
}

/** Shown instead of the kiosk when no valid config can be had: a readable list for staff, never a blank page. */
import { t, verbatim } from '../../i18n';
import { type ConfigProblem, formatProblem } from '../../shared/config/problem';
import { BigButton } from '../ui/big-button/BigButton';
import { KioskUiProvider } from '../ui/context';
import { Screen } from '../ui/screen/Screen';

export function ConfigErrorScreen({ problems }: { problems: ConfigProblem[] }) {
  return (
    <KioskUiProvider repeatIgnoreMs={600} clickSound={false} onTouch={() => {}} speak={() => {}}>
      <Screen title={t('config.error.title')}>
        <div class="notice">
          <p class="notice__lead">{t('config.error.explain')}</p>
          <h2>{t('config.error.problems')}</h2>
          <ul class="problem-list">
            {problems.map((p) => (
              <li key={formatProblem(p)}>
                <code>{verbatim(formatProblem(p))}</code>
              </li>
            ))}
          </ul>
          <p>{t('config.error.ask')}</p>
        </div>
        <div class="action-row">
          <BigButton
            id="config-retry"
            icon="settings"
            label={t('config.error.retry')}
            onPress={() => location.reload()}
          />
        </div>
      </Screen>
    </KioskUiProvider>
  );
}

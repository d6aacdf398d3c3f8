/** Shows a canteen page only once the centre's config is read, and says so when there is none. */
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { t } from '../../../i18n';
import type { MealsConfig } from '../../../shared/config/meals';
import { ErrorNote } from '../../ui/Notice';
import { canteen, loadCanteen } from './canteen';

export function CanteenGate({
  children,
}: {
  children: (meals: MealsConfig, timeZone: string) => ComponentChildren;
}) {
  useEffect(() => {
    void loadCanteen();
  }, []);
  const c = canteen.value;
  if (c === null) return <p>{t('console.common.loading')}</p>;
  if (c instanceof Error)
    return (
      <>
        <ErrorNote error={t('kitchen.common.configError')} />
        <button type="button" class="button" onClick={() => void loadCanteen()}>
          {t('console.common.retry')}
        </button>
      </>
    );
  if (!c.meals) return <p class="notice notice--info">{t('kitchen.common.noCanteen')}</p>;
  return <>{children(c.meals, c.timeZone)}</>;
}

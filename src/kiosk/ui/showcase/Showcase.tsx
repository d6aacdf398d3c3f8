/** The review page: one state alone (for axe and screenshots) or the list of all states. */
import { t } from '../../../i18n';
import { KIT_STATES } from '../states';
import { stateHref } from './params';

/** Renders `?state=<id>` alone full-screen, or an index of every state. */
export function Showcase({ stateId, search }: { stateId: string | null; search: string }) {
  if (stateId === null) return <StateIndex search={search} />;
  const state = KIT_STATES.find((s) => s.id === stateId);
  if (!state) {
    return (
      <main class="showcase">
        <h1 class="showcase__title">{t('kit.showcase.unknownState', { id: stateId })}</h1>
        <a class="showcase__link" href="?">
          {t('kit.showcase.backToList')}
        </a>
      </main>
    );
  }
  if (state.ownsPage) return state.render();
  return (
    <main class="showcase showcase--stage">
      <h1 class="showcase__title">
        {t('kit.showcase.stateTitle', { component: state.component, state: state.state })}
      </h1>
      <div class="showcase__stage" data-state={state.id}>
        {state.render()}
      </div>
    </main>
  );
}

function StateIndex({ search }: { search: string }) {
  const components = [...new Set(KIT_STATES.map((s) => s.component))];
  return (
    <main class="showcase">
      <h1 class="showcase__title">{t('kit.showcase.title')}</h1>
      <p>{t('kit.showcase.intro')}</p>
      {components.map((component) => (
        <section key={component} class="showcase__group">
          <h2>{component}</h2>
          <ul class="showcase__list">
            {KIT_STATES.filter((s) => s.component === component).map((s) => (
              <li key={s.id}>
                <a class="showcase__link" href={stateHref(search, s.id)}>
                  {s.state}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </main>
  );
}

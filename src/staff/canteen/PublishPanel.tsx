/**
 * Publishing the canteen: what is still wrong with meals.json (each with the page to fix it on)
 * above the console's one publish form, whose button is off until meals.json is valid and changed.
 */
import { t, verbatim } from '../../i18n';
import { href } from '../app/router';
import { PublishForm } from '../ui/PublishForm';
import type { CanteenPageId } from './CanteenFrame';
import { mealsDirty, mealsProblems, publishMeals } from './canteen-draft';
import { pageOfProblem } from './problem-pages';

function Problems({ page }: { page: CanteenPageId }) {
  const list = mealsProblems.value;
  if (list.length === 0) return null;
  return (
    <section class="notice notice--error settings__problems" aria-labelledby="canteen-problems">
      <h2 id="canteen-problems">{t('canteen.publish.problems', { count: list.length })}</h2>
      <ul>
        {list.map((p) => {
          const where = pageOfProblem(p);
          return (
            <li key={`${p.path}:${p.message}`}>
              {where === page ? (
                <span>{t('canteen.publish.onThisPage')}</span>
              ) : (
                <a href={href(where)}>{t(`canteen.nav.${where}`)}</a>
              )}
              {p.path && <code class="canteen__path">{verbatim(p.path)}</code>}
              <span class="settings__problem-message">{p.message}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function PublishPanel({ page }: { page: CanteenPageId }) {
  return (
    <section class="canteen__publish" aria-labelledby="canteen-publish">
      <h2 id="canteen-publish">{t('canteen.publish.title')}</h2>
      <PublishForm
        area="canteen.publish"
        idPrefix="canteen-"
        formClass="form form--wide"
        dirty={mealsDirty.value}
        invalid={mealsProblems.value.length > 0}
        publish={publishMeals}
      >
        <Problems page={page} />
      </PublishForm>
    </section>
  );
}

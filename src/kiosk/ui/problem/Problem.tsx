import './problem.css';
import { BigButton } from '../big-button/BigButton';
import { Icon } from '../icon/Icon';
import type { IconName } from '../icon/paths';

/** Props of Problem. */
export interface ProblemProps {
  /** What happened, in plain words. */
  what: string;
  /** What to do next. */
  next: string;
  /** The one way on; its icon defaults to a tick. */
  action?: { label: string; onPress: () => void; icon?: IconName };
}

/** Something went wrong: what happened, what to do next, and one clear action. */
export function Problem({ what, next, action }: ProblemProps) {
  return (
    <section class="problem" role="alert">
      <span class="problem__icon">
        <Icon name="warning" />
      </span>
      <h2 class="problem__what">{what}</h2>
      <p class="problem__next">{next}</p>
      {action && (
        <div class="problem__action">
          <BigButton icon={action.icon ?? 'check'} label={action.label} onPress={action.onPress} />
        </div>
      )}
    </section>
  );
}

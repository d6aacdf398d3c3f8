/**
 * If a screen throws, the elder sees the Problem screen (never a blank or broken page), the error
 * is logged for staff, and the kiosk goes home by itself after a few seconds.
 */
import { Component, type ComponentChildren } from 'preact';
import { t } from '../../i18n';
import { Problem } from '../ui/problem/Problem';
import { logError } from './device';
import { home } from './router';
import { say } from './speech';

const RECOVER_SECONDS = 8;

interface State {
  error: unknown;
  secondsLeft: number;
}

export class ErrorBoundary extends Component<
  { children: ComponentChildren; resetKey: number },
  State
> {
  override state: State = { error: null, secondsLeft: RECOVER_SECONDS };
  private timer: ReturnType<typeof setInterval> | undefined;
  // Counted here, not read back from state: state updates are batched and may lag a tick.
  private secondsLeft = RECOVER_SECONDS;

  override componentDidCatch(error: unknown) {
    logError(error, 'screen');
    this.secondsLeft = RECOVER_SECONDS;
    this.setState({ error, secondsLeft: RECOVER_SECONDS });
    say(t('shell.error.what'));
    clearInterval(this.timer);
    this.timer = setInterval(() => {
      this.secondsLeft -= 1;
      if (this.secondsLeft <= 0) this.recover();
      else this.setState({ secondsLeft: this.secondsLeft });
    }, 1000);
  }

  override componentDidUpdate(prev: { resetKey: number }) {
    // Navigating anywhere clears the problem.
    if (prev.resetKey !== this.props.resetKey && this.state.error) this.clear();
  }

  override componentWillUnmount() {
    clearInterval(this.timer);
  }

  private clear() {
    clearInterval(this.timer);
    this.setState({ error: null, secondsLeft: RECOVER_SECONDS });
  }

  private recover = () => {
    this.clear();
    home();
  };

  override render() {
    if (this.state.error) {
      return (
        <main class="problem-page">
          <h1 class="visually-hidden">{t('shell.error.what')}</h1>
          <Problem
            what={t('shell.error.what')}
            next={t('shell.error.next', { count: this.state.secondsLeft })}
            action={{ label: t('shell.error.goHome'), onPress: this.recover }}
          />
        </main>
      );
    }
    return this.props.children;
  }
}

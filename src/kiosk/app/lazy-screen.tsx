/**
 * Screens loaded on demand. A flow's folder has an `index.ts` that exports its screens (and
 * registers its words); `screens.tsx` names it once with `lazyFlow(() => import('../flows/x'))`
 * and each of its screens with `x('XScreen')`, so the flow stays out of the kiosk's first load
 * and arrives as one chunk (the service worker precaches it, so offline is the same).
 *
 * A flow that is already loaded draws in the same render as any other screen (no frame in
 * between: the identify screen still takes a card in the task that draws it). The first visit
 * shows the shell's frame at once — 紧急呼叫 and 呼叫工作人员 are in it — then, only if the fetch
 * is slow, a calm spoken "opening" line; a chunk that cannot be fetched says so in elder words
 * with 回到首页, never a blank screen.
 */
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n';
import { Problem } from '../ui/problem/Problem';
import { logError } from './device';
import { KioskScreen } from './frame/KioskScreen';
import { home } from './router';
import { say } from './speech';

/** A screen whose code comes with its flow's chunk. */
export interface LazyScreen {
  readonly lazy: true;
  /** The component, if its flow has arrived (drawn at once then). */
  loaded(): FunctionComponent | undefined;
  load(): Promise<FunctionComponent>;
}

export type ScreenEntry = FunctionComponent | LazyScreen;

/** How long a fetch may take before the elder is told it is opening (most take far less). */
export const LOADING_SHOWN_AFTER_MS = 400;

const flows: (() => Promise<unknown>)[] = [];

/**
 * A flow loaded once, on first use. A failed fetch is forgotten, so the next try fetches again
 * (the network or the server may be back).
 */
export function lazyFlow<M>(load: () => Promise<M>) {
  let module: M | undefined;
  let pending: Promise<M> | null = null;
  const fetchFlow = (): Promise<M> => {
    pending ??= load().then(
      (m) => {
        module = m;
        return m;
      },
      (error: unknown) => {
        pending = null;
        throw error;
      },
    );
    return pending;
  };
  flows.push(fetchFlow);
  return <K extends keyof M>(name: K): LazyScreen => ({
    lazy: true,
    loaded: () => module?.[name] as FunctionComponent | undefined,
    load: () => fetchFlow().then((m) => m[name] as FunctionComponent),
  });
}

/**
 * Fetch every flow now, quietly (an elder has started, so a tap will soon open one): a tap then
 * almost never waits. A failure is logged and tried again on the screen's own visit. Resolves
 * once every flow has arrived or failed.
 */
export async function preloadFlows(): Promise<void> {
  await Promise.all(
    flows.map((fetchFlow) => fetchFlow().catch((error: unknown) => logError(error, 'preload'))),
  );
}

/**
 * Draw a screen entry: at once when its code is here, otherwise once it arrives. A lazy screen is
 * always drawn through `Arriving`, loaded or not, so the tree keeps one shape and a screen never
 * mounts twice on one visit.
 */
export function ScreenView({ entry }: { entry: ScreenEntry }) {
  if (typeof entry === 'function') {
    const Eager = entry;
    return <Eager />;
  }
  return <Arriving screen={entry} />;
}

type Arrival = 'waiting' | 'slow' | 'failed';

function Arriving({ screen }: { screen: LazyScreen }) {
  const [arrival, setArrival] = useState<Arrival>('waiting');
  const [, setArrived] = useState(0);
  useEffect(() => {
    if (screen.loaded()) return;
    let live = true;
    const slow = setTimeout(() => {
      setArrival('slow');
      say(t('shell.loading.what'));
    }, LOADING_SHOWN_AFTER_MS);
    screen.load().then(
      () => {
        clearTimeout(slow);
        // The flow is here now: this component's next render draws the screen itself.
        if (live) setArrived((n) => n + 1);
      },
      (error: unknown) => {
        clearTimeout(slow);
        logError(error, 'chunk');
        if (!live) return;
        setArrival('failed');
        say(`${t('shell.loadFailed.what')} ${t('shell.loadFailed.next')}`);
      },
    );
    return () => {
      live = false;
      clearTimeout(slow);
    };
  }, [screen]);

  const Ready = screen.loaded();
  if (Ready) return <Ready />;
  if (arrival === 'failed') {
    return (
      <KioskScreen title={t('shell.loadFailed.what')}>
        <div class="screen-load-failed" data-testid="screen-load-failed">
          <Problem
            what={t('shell.loadFailed.what')}
            next={t('shell.loadFailed.next')}
            action={{ label: t('shell.loadFailed.goHome'), icon: 'home', onPress: home }}
          />
        </div>
      </KioskScreen>
    );
  }
  return (
    <KioskScreen title={t('shell.loading.what')}>
      <p class="screen-loading" data-testid="screen-loading">
        {arrival === 'slow' ? t('shell.loading.what') : ''}
      </p>
    </KioskScreen>
  );
}

/** Named example states of BigButton. */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { defineStates, ignore, sample } from '../showcase/kit-state';
import { BigButton } from './BigButton';

/** Forces the pressed look (normally set only while a finger is down) for review. */
function ForcedPressed() {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    ref.current?.querySelector('button')?.setAttribute('data-pressed', '');
  }, []);
  return (
    <div ref={ref}>
      <BigButton icon="meal" label={sample('orderMeal')} onPress={ignore} />
    </div>
  );
}

export const bigButtonStates = defineStates('BigButton', 'big-button', {
  primary: () => <BigButton icon="meal" label={sample('orderMeal')} onPress={ignore} />,
  secondary: () => (
    <BigButton icon="calendar" label={sample('activities')} variant="secondary" onPress={ignore} />
  ),
  danger: () => (
    <BigButton icon="emergency" label={sample('emergency')} variant="danger" onPress={ignore} />
  ),
  quiet: () => <BigButton icon="back" label={sample('back')} variant="quiet" onPress={ignore} />,
  'size-secondary': () => (
    <BigButton icon="home" label={sample('home')} size="secondary" onPress={ignore} />
  ),
  sublabel: () => (
    <BigButton
      icon="meal"
      label={sample('orderMeal')}
      sublabel={sample('lunchTime')}
      onPress={ignore}
    />
  ),
  selected: () => (
    <BigButton
      icon="meal"
      label={sample('setMealA')}
      variant="secondary"
      selected
      onPress={ignore}
    />
  ),
  disabled: () => <BigButton icon="meal" label={sample('orderMeal')} disabled onPress={ignore} />,
  pressed: () => <ForcedPressed />,
  'long-label': () => (
    <BigButton
      icon="info"
      label={sample('longLabel')}
      sublabel={sample('lunchTime')}
      onPress={ignore}
    />
  ),
});

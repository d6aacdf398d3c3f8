/** Named example states of Keypad. */
import { useState } from 'preact/hooks';
import { defineStates, ignore, sample } from '../showcase/kit-state';
import { Keypad } from './Keypad';

/** A live keypad for the showcase, starting from a given value. */
function Live({
  start,
  masked,
  maxLength,
}: {
  start: string;
  masked?: boolean;
  maxLength: number;
}) {
  const [value, setValue] = useState(start);
  return (
    <Keypad
      label={masked ? sample('enterPin') : sample('enterCard')}
      value={value}
      onChange={setValue}
      maxLength={maxLength}
      masked={masked}
      onDone={ignore}
    />
  );
}

export const keypadStates = defineStates('Keypad', 'keypad', {
  empty: () => <Live start="" maxLength={10} />,
  'partly-entered': () => <Live start="203514" maxLength={10} />,
  masked: () => <Live start="27" masked maxLength={4} />,
});

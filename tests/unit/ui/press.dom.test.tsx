import { fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BigButton, KioskUiProvider } from '../../../src/kiosk/ui';
import { FakeAudioContext } from '../support/fake-audio';

/** A finger down and up on the element, at a point inside it unless told otherwise. */
function tap(el: Element, at = { clientX: 10, clientY: 10 }) {
  fireEvent.pointerDown(el, { pointerId: 1, pointerType: 'touch', button: 0, ...at });
  fireEvent.pointerUp(el, { pointerId: 1, pointerType: 'touch', button: 0, ...at });
}

/** jsdom lays nothing out; give the target a 200×100 box at the origin. */
function giveBox(el: Element) {
  el.getBoundingClientRect = () => new DOMRect(0, 0, 200, 100);
}

function giveBoxed<E extends Element>(el: E): E {
  giveBox(el);
  return el;
}

function setup(props: { repeatIgnoreMs?: number; clickSound?: boolean; disabled?: boolean } = {}) {
  const onPress = vi.fn();
  const onTouch = vi.fn();
  render(
    <KioskUiProvider
      repeatIgnoreMs={props.repeatIgnoreMs}
      clickSound={props.clickSound}
      onTouch={onTouch}
    >
      <BigButton icon="meal" label="订午餐" onPress={onPress} disabled={props.disabled} />
      <p>elsewhere</p>
    </KioskUiProvider>,
  );
  const button = screen.getByRole('button', { name: '订午餐' });
  giveBox(button);
  return { onPress, onTouch, button };
}

describe('usePress through BigButton', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('renders a real button with icon and words', () => {
    const { button } = setup();
    expect(button.tagName).toBe('BUTTON');
    expect(button.getAttribute('type')).toBe('button');
    expect(button.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
  });

  it('does nothing on pointerdown, and acts once on release inside the target', () => {
    const { onPress, button } = setup();
    fireEvent.pointerDown(button, { pointerId: 1, pointerType: 'touch', clientX: 10, clientY: 10 });
    expect(onPress).not.toHaveBeenCalled();
    fireEvent.pointerUp(button, { pointerId: 1, pointerType: 'touch', clientX: 10, clientY: 10 });
    expect(onPress).toHaveBeenCalledTimes(1);
  });

  it('sets the pressed state synchronously on pointerdown and clears it on release', () => {
    const { button } = setup();
    fireEvent.pointerDown(button, { pointerId: 1, pointerType: 'touch', clientX: 10, clientY: 10 });
    expect(button.hasAttribute('data-pressed')).toBe(true);
    fireEvent.pointerUp(button, { pointerId: 1, pointerType: 'touch', clientX: 10, clientY: 10 });
    expect(button.hasAttribute('data-pressed')).toBe(false);
  });

  it('calls onTouch on every pointerdown, even a rejected repeat', () => {
    const { onTouch, button } = setup();
    tap(button);
    tap(button);
    expect(onTouch).toHaveBeenCalledTimes(2);
  });

  it('does nothing when the finger slides off before release', () => {
    const { onPress, button } = setup();
    fireEvent.pointerDown(button, { pointerId: 1, pointerType: 'touch', clientX: 10, clientY: 10 });
    fireEvent.pointerLeave(button, { pointerId: 1, pointerType: 'touch' });
    expect(button.hasAttribute('data-pressed')).toBe(false);
    fireEvent.pointerUp(button, { pointerId: 1, pointerType: 'touch', clientX: 10, clientY: 10 });
    expect(onPress).not.toHaveBeenCalled();
  });

  it('does nothing when released at a point outside the target', () => {
    const { onPress, button } = setup();
    tap(button, { clientX: 500, clientY: 10 });
    expect(onPress).not.toHaveBeenCalled();
  });

  it('does nothing when released on another element', () => {
    const { onPress, button } = setup();
    fireEvent.pointerDown(button, { pointerId: 1, pointerType: 'touch', clientX: 10, clientY: 10 });
    fireEvent.pointerUp(screen.getByText('elsewhere'), { pointerId: 1, pointerType: 'touch' });
    expect(onPress).not.toHaveBeenCalled();
  });

  it('does nothing when the browser cancels the pointer (e.g. a scroll took over)', () => {
    const { onPress, button } = setup();
    fireEvent.pointerDown(button, { pointerId: 1, pointerType: 'touch', clientX: 10, clientY: 10 });
    fireEvent.pointerCancel(button, { pointerId: 1, pointerType: 'touch' });
    fireEvent.pointerUp(button, { pointerId: 1, pointerType: 'touch', clientX: 10, clientY: 10 });
    expect(onPress).not.toHaveBeenCalled();
  });

  it('does not act on a release without a press on it', () => {
    const { onPress, button } = setup();
    fireEvent.pointerUp(button, { pointerId: 1, pointerType: 'touch', clientX: 10, clientY: 10 });
    expect(onPress).not.toHaveBeenCalled();
  });

  it('ignores a repeat of the same target within the window, accepts one after it', () => {
    const { onPress, button } = setup({ repeatIgnoreMs: 600 });
    tap(button);
    vi.advanceTimersByTime(300);
    tap(button);
    expect(onPress).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(301);
    tap(button);
    expect(onPress).toHaveBeenCalledTimes(2);
  });

  it('uses the configured window', () => {
    const { onPress, button } = setup({ repeatIgnoreMs: 1500 });
    tap(button);
    vi.advanceTimersByTime(1000);
    tap(button);
    expect(onPress).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(600);
    tap(button);
    expect(onPress).toHaveBeenCalledTimes(2);
  });

  it('does not let one target block another', () => {
    const a = vi.fn();
    const b = vi.fn();
    render(
      <KioskUiProvider>
        <BigButton label="甲" onPress={a} />
        <BigButton label="乙" onPress={b} />
      </KioskUiProvider>,
    );
    const [first, second] = screen.getAllByRole('button');
    if (!first || !second) throw new Error('two buttons expected');
    giveBox(first);
    giveBox(second);
    tap(first);
    tap(second);
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).toHaveBeenCalledTimes(1);
    // Typing 甲-乙-甲 quickly is intent, not tremor: only a repeat of the key just pressed is ignored.
    tap(first);
    expect(a).toHaveBeenCalledTimes(2);
    tap(first);
    expect(a).toHaveBeenCalledTimes(2);
  });

  it('remembers the id across a remount (a double tap that lands on the next screen)', () => {
    const first = vi.fn();
    const second = vi.fn();
    const { rerender } = render(
      <KioskUiProvider>
        <BigButton key="one" id="next" label="下一步" onPress={first} />
      </KioskUiProvider>,
    );
    const btn = screen.getByRole('button');
    giveBox(btn);
    tap(btn);
    rerender(
      <KioskUiProvider>
        <BigButton key="two" id="next" label="下一步" onPress={second} />
      </KioskUiProvider>,
    );
    const again = screen.getByRole('button');
    giveBox(again);
    tap(again);
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).not.toHaveBeenCalled();
  });

  it('never lets the second touch of a double tap act on the screen the first touch opened', () => {
    const send = vi.fn();
    const ok = vi.fn();
    /** "是，发送" opens the saved screen, whose "好的" appears under the same finger. */
    function Flow() {
      const [sent, setSent] = useState(false);
      return sent ? (
        <BigButton key="saved" label="好的" onPress={ok} />
      ) : (
        <BigButton
          key="confirm"
          label="是，发送"
          onPress={() => {
            send();
            setSent(true);
          }}
        />
      );
    }
    render(
      <KioskUiProvider>
        <Flow />
      </KioskUiProvider>,
    );
    tap(giveBoxed(screen.getByRole('button', { name: '是，发送' })));
    expect(send).toHaveBeenCalledTimes(1);
    const done = giveBoxed(screen.getByRole('button', { name: '好的' }));
    for (let i = 0; i < 20; i++) {
      vi.advanceTimersByTime(25); // a tremor: 20 touches within half a second
      tap(done);
    }
    expect(ok).not.toHaveBeenCalled();
    // Once the elder has had the window to see the new screen, its button works at once.
    vi.advanceTimersByTime(200);
    tap(done);
    expect(ok).toHaveBeenCalledTimes(1);
  });

  it('treats a button re-labelled in place after a press as a new screen too', () => {
    const pressed: string[] = [];
    function Step() {
      const [step, setStep] = useState(1);
      const label = step === 1 ? '下一步' : '确认';
      const onPress = () => {
        pressed.push(label);
        setStep(2);
      };
      return <BigButton label={label} onPress={onPress} />;
    }
    render(
      <KioskUiProvider>
        <Step />
      </KioskUiProvider>,
    );
    const btn = giveBoxed(screen.getByRole('button', { name: '下一步' }));
    tap(btn);
    tap(giveBoxed(screen.getByRole('button', { name: '确认' })));
    expect(pressed).toEqual(['下一步']);
    vi.advanceTimersByTime(601);
    tap(screen.getByRole('button', { name: '确认' }));
    expect(pressed).toEqual(['下一步', '确认']);
  });

  it('activates on Enter and on Space release, once each', () => {
    const { onPress, button } = setup();
    fireEvent.keyDown(button, { key: 'Enter' });
    expect(onPress).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(700);
    fireEvent.keyDown(button, { key: ' ' });
    expect(onPress).toHaveBeenCalledTimes(1);
    fireEvent.keyUp(button, { key: ' ' });
    expect(onPress).toHaveBeenCalledTimes(2);
  });

  it('ignores the click that follows a tap (handled on release already)', () => {
    const { onPress, button } = setup();
    tap(button);
    vi.advanceTimersByTime(700);
    fireEvent.click(button, { detail: 1 });
    expect(onPress).toHaveBeenCalledTimes(1);
  });

  it('never acts when disabled', () => {
    const { onPress, button } = setup({ disabled: true });
    tap(button);
    fireEvent.keyDown(button, { key: 'Enter' });
    expect(onPress).not.toHaveBeenCalled();
    expect(button.hasAttribute('data-pressed')).toBe(false);
  });

  it('plays a click only when clickSound is on', () => {
    FakeAudioContext.reset();
    vi.stubGlobal('AudioContext', FakeAudioContext);
    const started = () => FakeAudioContext.instances.flatMap((a) => a.beeps);
    const quiet = setup({ clickSound: false });
    tap(quiet.button);
    expect(quiet.onPress).toHaveBeenCalledTimes(1);
    expect(started()).toHaveLength(0);
    vi.advanceTimersByTime(700);
    const loud = render(
      <KioskUiProvider clickSound>
        <BigButton id="loud" label="大声" onPress={() => {}} />
      </KioskUiProvider>,
    );
    const btn = loud.getByRole('button', { name: '大声' });
    giveBox(btn);
    tap(btn);
    expect(started()).toHaveLength(1);
  });
});

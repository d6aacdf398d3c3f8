import { render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../../../src/i18n';
import { Keypad, KioskUiProvider } from '../../../src/kiosk/ui';
import { tap } from './helpers';

function LiveKeypad(props: {
  masked?: boolean;
  maxLength: number;
  start?: string;
  onDone?: () => void;
}) {
  const [value, setValue] = useState(props.start ?? '');
  return (
    <Keypad
      label="会员卡号"
      value={value}
      onChange={setValue}
      maxLength={props.maxLength}
      masked={props.masked}
      onDone={props.onDone}
    />
  );
}

function setup(props: {
  masked?: boolean;
  maxLength: number;
  start?: string;
  onDone?: () => void;
}) {
  const speak = vi.fn();
  const view = render(
    // No repeat window here: these tests type quickly on purpose.
    <KioskUiProvider speak={speak} repeatIgnoreMs={0}>
      <LiveKeypad {...props} />
    </KioskUiProvider>,
  );
  const key = (name: string) => screen.getByRole('button', { name });
  const readout = () => view.container.querySelector('.keypad__readout')?.textContent ?? '';
  return { speak, key, readout, view };
}

describe('Keypad', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('has digits 0–9, Delete, Clear and Done in a group named by the label', () => {
    setup({ maxLength: 10, onDone: () => {} });
    for (const d of '0123456789') expect(screen.getByRole('button', { name: d })).toBeTruthy();
    expect(screen.getByRole('button', { name: '删除' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '清空' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '确定' })).toBeTruthy();
    expect(screen.getByRole('group', { name: '会员卡号' })).toBeTruthy();
  });

  it('enters digits in order and shows them', () => {
    const { key, readout } = setup({ maxLength: 10 });
    tap(key('2'));
    tap(key('0'));
    tap(key('7'));
    expect(readout()).toBe('207');
  });

  it('deletes the last digit and clears everything', () => {
    const { key, readout } = setup({ maxLength: 10, start: '1234' });
    tap(key('删除'));
    expect(readout()).toBe('123');
    tap(key('清空'));
    expect(readout()).not.toMatch(/\d/);
    expect((key('删除') as HTMLButtonElement).disabled).toBe(true);
  });

  it('stops at maxLength and says so', () => {
    const { key, readout, speak } = setup({ maxLength: 3, start: '12' });
    tap(key('3'));
    tap(key('4'));
    expect(readout()).toBe('123');
    expect(speak).toHaveBeenLastCalledWith('最多只能输入 3 位');
  });

  it('speaks each digit when not masked', () => {
    const { key, speak } = setup({ maxLength: 10 });
    tap(key('5'));
    expect(speak).toHaveBeenLastCalledWith('5');
  });

  it('speaks "星号" for a masked digit and never the digit itself', () => {
    const { key, speak } = setup({ maxLength: 4, masked: true });
    tap(key('7'));
    tap(key('3'));
    expect(speak.mock.calls).toEqual([['星号'], ['星号']]);
  });

  it('speaks "asterisk" in English', () => {
    setLanguage('en');
    const { key, speak } = setup({ maxLength: 4, masked: true });
    tap(key('9'));
    expect(speak).toHaveBeenCalledWith('asterisk');
    expect(speak.mock.calls.flat().join(' ')).not.toContain('9');
  });

  it('never puts masked digits in the DOM, for eyes or screen readers', () => {
    const { key, view } = setup({ maxLength: 4, masked: true });
    tap(key('8'));
    tap(key('6'));
    const readout = view.container.querySelector('.keypad__readout');
    expect(readout?.textContent).not.toMatch(/[86]/);
    expect(readout?.textContent).toContain('●●');
    expect(readout?.textContent).toContain('已输入 2 位');
    const labels = [...view.container.querySelectorAll('[aria-label]')].map((el) =>
      el.getAttribute('aria-label'),
    );
    expect(labels.join(' ')).not.toMatch(/[86]/);
  });

  it('offers Done only once something is typed, and calls onDone', () => {
    const onDone = vi.fn();
    const { key } = setup({ maxLength: 4, onDone });
    expect((key('确定') as HTMLButtonElement).disabled).toBe(true);
    tap(key('1'));
    tap(key('确定'));
    expect(onDone).toHaveBeenCalledTimes(1);
  });

  it('ignores a shaky double tap on the same key under the default window', () => {
    const onChange = vi.fn();
    render(
      <KioskUiProvider>
        <Keypad label="卡号" value="" onChange={onChange} maxLength={4} />
      </KioskUiProvider>,
    );
    const one = screen.getByRole('button', { name: '1' });
    tap(one);
    vi.advanceTimersByTime(200);
    tap(one);
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});

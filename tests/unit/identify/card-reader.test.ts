/** The keyboard-wedge reader, on an injected clock. (Member PINs are counted by the server.) */
import { describe, expect, it } from 'vitest';
import { createCardReader } from '../../../src/kiosk/flows/identify/card-reader';

function reader() {
  let now = 1_000;
  const cards: string[] = [];
  const r = createCardReader(
    (raw) => cards.push(raw),
    () => now,
    100,
  );
  /** Keys `gap` ms apart; returns what each `key` call answered. */
  const type = (keys: string[], gap = 5) =>
    keys.map((key) => {
      now += gap;
      return r.key({ key });
    });
  return { cards, type, wait: (ms: number) => (now += ms) };
}

describe('createCardReader', () => {
  it('turns a fast burst ended by Enter into one read, and claims only that Enter', () => {
    const { cards, type } = reader();
    const answers = type([...'0012345678', 'Enter']);
    expect(cards).toEqual(['0012345678']);
    expect(answers.at(-1)).toBe(true);
    expect(answers.slice(0, -1).every((a) => a === false)).toBe(true);
  });

  it('keeps the letters, hyphens and spaces a reader sends, and ignores Shift', () => {
    const { cards, type } = reader();
    type(['3', '3', '0', '1', 'Shift', 'X', '-', '7', ' ', '8', 'Enter']);
    expect(cards).toEqual(['3301X-7 8']);
  });

  it('starts afresh after a pause longer than a reader leaves', () => {
    const { cards, type, wait } = reader();
    type(['9', '9']);
    wait(5_000);
    type([...'20001', 'Enter']);
    expect(cards).toEqual(['20001']);
  });

  it('leaves a lone or late Enter to the page (a person pressing a focused button)', () => {
    const { cards, type, wait } = reader();
    expect(type(['Enter'])).toEqual([false]);
    type([...'1234']);
    wait(1_000);
    expect(type(['Enter'])).toEqual([false]);
    expect(cards).toEqual([]);
  });
});

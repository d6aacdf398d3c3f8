import { describe, expect, it } from 'vitest';
import { findBadText, payloadProblem, textProblem } from '../../../src/shared/sync/json-value';

describe('text that can never be stored', () => {
  it('names NUL and lone surrogates, and lets real text through', () => {
    expect(textProblem('王秀兰 😀')).toBeUndefined();
    expect(textProblem('a\u0000b')).toBe('a NUL character (\\0)');
    expect(textProblem('a\ud800')).toBe('a broken character (not valid Unicode)');
  });
  it('finds it anywhere in a body, keys included, with its path', () => {
    expect(findBadText({ a: [{ b: 'ok' }, { c: 'x\u0000' }] })).toEqual({
      path: 'a[1].c',
      problem: 'a NUL character (\\0)',
    });
    expect(findBadText({ 'k\udc00': 1 })?.path).toBe('k\udc00');
    expect(findBadText({ a: 1, b: [true, null, 'fine'] })).toBeUndefined();
  });
  it('survives a body nested far deeper than any stack', () => {
    let deep: unknown = 'x\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findBadText(deep)?.problem).toBe('a NUL character (\\0)');
  });
  it('an entry payload with NUL is refused before it is stored', () => {
    expect(payloadProblem({ note: 'a\u0000' })).toBe('has text with a NUL character at note');
  });
});

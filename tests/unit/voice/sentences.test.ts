import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/kiosk/voice/sentences';

describe('splitSentences', () => {
  it('splits Chinese at 。！？ and keeps the mark with its sentence', () => {
    expect(splitSentences('欢迎光临。今天有活动！您要报名吗？')).toEqual([
      '欢迎光临。',
      '今天有活动！',
      '您要报名吗？',
    ]);
  });

  it('splits English at . ! ? followed by a space or the end', () => {
    expect(splitSentences('Welcome. Lunch is at noon! Join us?')).toEqual([
      'Welcome.',
      'Lunch is at noon!',
      'Join us?',
    ]);
  });

  it('does not split a decimal point or a time', () => {
    expect(splitSentences('价格是3.5元。8.30开门。')).toEqual(['价格是3.5元。', '8.30开门。']);
  });

  it('splits at line breaks and drops blank lines', () => {
    expect(splitSentences('第一行\n\n第二行\r\nthird line')).toEqual([
      '第一行',
      '第二行',
      'third line',
    ]);
  });

  it('keeps runs of marks and closing quotes together', () => {
    expect(splitSentences('真的吗？！他说：「好。」然后走了...')).toEqual([
      '真的吗？！',
      '他说：「好。」',
      '然后走了...',
    ]);
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('  \n ')).toEqual([]);
  });
});

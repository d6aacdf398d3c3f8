import { describe, expect, it } from 'vitest';
import { parseJsonText } from '../../../src/shared/config/json-text';

const messageOf = (text: string) => {
  const result = parseJsonText(text);
  return result.ok ? 'parsed' : result.message;
};

describe('parseJsonText', () => {
  it('parses JSON, ignoring a byte-order mark', () => {
    expect(parseJsonText('\uFEFF{"a": [1]}')).toEqual({ ok: true, value: { a: [1] } });
  });

  it.each([
    ['', 'the file is empty'],
    ['{ jobs: [] }', 'line 1, column 3: expected a setting name in "double quotes"'],
    ['{"a": 1\n "b": 2}', 'line 2, column 2: expected a comma , or a closing }'],
    ['{"a": "x', 'line 1, column 7: the text in quotes is not closed'],
    ['{"a": [1, 2', 'the file ends too early'],
    ['{"a": 1,\n  }', 'line 2, column 3: extra comma before } — remove it'],
    ['{"a": 1}}', 'extra text after the last }'],
    ['{"a": tru}', 'line 1, column 7: expected a value here'],
    ['{"a"：1}', 'line 1, column 5 has the Chinese punctuation mark "："'],
    ['{“a”: 1}', 'line 1, column 2 has the Chinese punctuation mark "“"'],
    ['{"a": 1，"b": 2}', 'the Chinese punctuation mark "，"'],
  ])('explains %j', (text, fragment) => {
    expect(messageOf(text)).toContain(fragment);
  });

  it('leaves Chinese punctuation inside quoted text alone', () => {
    expect(parseJsonText('{"a": "你好，“朋友”："}').ok).toBe(true);
  });
});

/**
 * The three-language text field: zh-Hans, zh-Hant and en side by side, each named with the
 * field; a language left empty is flagged at once, in words, beside its own box.
 */
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import { setLanguage } from '../../../src/i18n';
import {
  LocalTextField,
  type LocalTextValue,
  missingLanguages,
} from '../../../src/staff/settings/LocalTextField';

function Harness({ start }: { start: LocalTextValue }) {
  const [value, setValue] = useState(start);
  return <LocalTextField label="中心名称" value={value} onChange={setValue} />;
}

describe('the three-language text field', () => {
  it('shows the three languages side by side, each box named with the field', () => {
    render(<Harness start={{ 'zh-Hans': '长青中心', 'zh-Hant': '長青中心', en: 'Changqing' }} />);
    const group = screen.getByRole('group', { name: '中心名称' });
    expect(
      (within(group).getByRole('textbox', { name: '中心名称 简体中文' }) as HTMLInputElement).value,
    ).toBe('长青中心');
    expect(
      (within(group).getByRole('textbox', { name: '中心名称 繁體中文' }) as HTMLInputElement).value,
    ).toBe('長青中心');
    expect(
      (within(group).getByRole('textbox', { name: '中心名称 English' }) as HTMLInputElement).value,
    ).toBe('Changqing');
    expect(group.querySelectorAll('[aria-invalid="true"]')).toHaveLength(0);
    expect(screen.queryByText(/还缺/)).toBeNull();
  });

  it('flags a missing translation beside its box, and clears the flag when it is typed', () => {
    render(<Harness start={{ 'zh-Hans': '长青中心', 'zh-Hant': '長青中心', en: '' }} />);
    const english = screen.getByRole('textbox', { name: '中心名称 English' });
    expect(english.getAttribute('aria-invalid')).toBe('true');
    const described = document.getElementById(english.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toBe('缺少英文');
    screen.getByText('还缺 1 种语言的文字');
    // The other two are fine.
    expect(
      screen.getByRole('textbox', { name: '中心名称 简体中文' }).getAttribute('aria-invalid'),
    ).toBeNull();

    fireEvent.input(english, { target: { value: 'Changqing' } });
    expect(english.getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByText('缺少英文')).toBeNull();
    expect(screen.queryByText(/还缺/)).toBeNull();
  });

  it('counts only spaces as missing, and says so in the console’s language', () => {
    setLanguage('en');
    render(<Harness start={{ 'zh-Hans': '  ', en: 'Changqing' }} />);
    screen.getByText('The Simplified Chinese is missing');
    screen.getByText('The Traditional Chinese is missing');
    screen.getByText('2 languages still missing');
  });

  it('finds missing languages in any value', () => {
    expect(missingLanguages(undefined)).toEqual(['zh-Hans', 'zh-Hant', 'en']);
    expect(missingLanguages({ 'zh-Hans': 'a', 'zh-Hant': ' ', en: 'b' })).toEqual(['zh-Hant']);
  });
});

/**
 * The price preview in jsdom over the demo canteen: the table's "member pays" column and the
 * preview both come from the shared rule, so a 低保 member pays ¥2.25 here as at the kiosk.
 */
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../src/i18n';
import { canteen } from '../../../src/staff/pages/meals/canteen';
import { PricesPage } from '../../../src/staff/pages/meals/PricesPage';
import { demoCanteen } from './demo-canteen';

const pays = () => screen.getByText(/^(每份付|Pays)/);

describe('price preview', () => {
  beforeEach(() => {
    canteen.value = demoCanteen();
  });

  it('lists every tier with who it is for and what its member pays', () => {
    render(<PricesPage />);
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((r) => r.getAttribute('data-tier'))).toEqual(['a', 'b', 'c', 'd']);
    const a = within(rows[0] as HTMLElement);
    a.getByRole('rowheader', { name: '甲类（特困、低保、百岁）' });
    a.getByText('特困或低保或低保边缘；或者 100 岁以上');
    // 15 元 − 5 % canteen discount (0.75) − 12 元 government = 2.25 元.
    a.getByText('2.25 元');
    within(rows[1] as HTMLElement).getByText('80–99 岁');
    within(rows[3] as HTMLElement).getByText('12.25 元');
  });

  it('prices the member described: 低保, not local, delivered, a companion', () => {
    render(<PricesPage />);
    // Aged 75 to start: tier 丙 (4 元 from the government).
    expect(pays().textContent).toBe('每份付 10.25 元');
    fireEvent.click(screen.getByLabelText('低保'));
    expect(pays().textContent).toBe('每份付 2.25 元');
    screen.getByText('按“甲类（特困、低保、百岁）”补贴。');

    fireEvent.click(screen.getByLabelText('送餐'));
    expect(pays().textContent).toBe('每份付 5.25 元');
    fireEvent.click(screen.getByLabelText('送餐'));

    fireEvent.click(screen.getByLabelText('本地户籍'));
    expect(pays().textContent).toBe('每份付 14.25 元');
    screen.getByText('补贴只给本地户籍的会员，只有食堂优惠。');
    fireEvent.click(screen.getByLabelText('本地户籍'));

    fireEvent.click(screen.getByLabelText('陪餐（家属）'));
    expect(pays().textContent).toBe('每份付 15.00 元');
  });

  it('goes by age bands, and says so when the age is not a number', () => {
    render(<PricesPage />);
    const age = screen.getByLabelText('年龄（岁）');
    fireEvent.input(age, { target: { value: '59' } });
    expect(pays().textContent).toBe('每份付 14.25 元');
    fireEvent.input(age, { target: { value: '100' } });
    expect(pays().textContent).toBe('每份付 2.25 元');
    fireEvent.input(age, { target: { value: 'abc' } });
    expect(screen.queryByText(/^每份付/)).toBeNull();
    expect(age.getAttribute('aria-invalid')).toBe('true');
    screen.getByText('请填 0 到 130 之间的整数。');
  });

  it('speaks English too', () => {
    setLanguage('en');
    render(<PricesPage />);
    fireEvent.click(screen.getByLabelText('Low income (低保)'));
    expect(pays().textContent).toBe('Pays ¥2.25 a meal');
  });

  it('says when the centre has no canteen', () => {
    canteen.value = {
      meals: undefined,
      timeZone: 'Asia/Shanghai',
      centreName: { 'zh-Hans': '长青', 'zh-Hant': '長青', en: 'Evergreen' },
    };
    render(<PricesPage />);
    screen.getByText('这个中心没有设置食堂（没有 meals.json）。');
  });
});

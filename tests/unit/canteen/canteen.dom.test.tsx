/**
 * The canteen editor over a fake server: the weekly grid, problems beside their fields with
 * publishing off until meals.json is valid, money typed in yuan, the price preview following a
 * tier as it is edited, photos refused in words before sending, and the meals-only publish.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MenuPage } from '../../../src/staff/canteen/MenuPage';
import { photos } from '../../../src/staff/canteen/photos-api';
import { RulesPage } from '../../../src/staff/canteen/RulesPage';
import { draft } from '../../../src/staff/settings/draft';
import { forgetDraft } from '../settings/fake-server';
import { fakeCanteenServer } from './fake-canteen-server';

type Meals = {
  menu: { days: number[]; sitting: string; meals: string[] }[];
  meals: { id: string; photo?: string }[];
  delivery: { feeFen: unknown };
  pricing: { tiers: { id: string; governmentFen: unknown }[] };
  booking?: { horizonDays: unknown; closedDates: unknown[] };
  paymentNote?: Record<string, string>;
};
const meals = () => draft.value['meals.json'] as Meals;

const described = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent)
    .join(' ');

const publishButton = () => screen.getByRole('button', { name: '发布' });
const cell = (id: string) => document.querySelector(`[data-cell="${id}"]`) as HTMLElement;

beforeEach(() => {
  forgetDraft();
  photos.value = null;
});
afterEach(() => vi.unstubAllGlobals());

describe('the canteen editor', { timeout: 60_000 }, () => {
  it('shows the week as sittings × weekdays and changes one cell’s meals', async () => {
    fakeCanteenServer();
    render(<MenuPage />);
    const grid = await screen.findByRole('table', { name: '每周菜单' });
    expect(within(grid).getAllByRole('row')).toHaveLength(3);
    expect(
      within(cell('lunch/5'))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['红烧鱼块套餐', '鸡蛋羹软饭套餐', '家常豆腐素套餐']);
    expect(cell('lunch/7').textContent).toContain('不供应');
    expect(cell('dinner/6').textContent).toContain('不供应');
    expect(publishButton()).toHaveProperty('disabled', true);

    fireEvent.click(screen.getByRole('button', { name: '修改星期五午餐的套餐' }));
    const editor = screen.getByRole('group', { name: '星期五午餐供应的套餐' });
    fireEvent.click(within(editor).getByRole('checkbox', { name: '红烧鱼块套餐' }));
    fireEvent.click(within(editor).getByRole('checkbox', { name: '肉丝青菜面' }));
    expect(
      within(cell('lunch/5'))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['鸡蛋羹软饭套餐', '家常豆腐素套餐', '肉丝青菜面']);
    // Monday and Wednesday keep the fish; only Friday changed in meals.json.
    expect(cell('lunch/1').textContent).toContain('红烧鱼块套餐');
    const friday = meals().menu.find((e) => e.sitting === 'lunch' && e.days.includes(5));
    expect(friday).toEqual({
      days: [5],
      sitting: 'lunch',
      meals: ['steamed-egg', 'tofu-greens', 'pork-noodles'],
    });
    expect(publishButton()).toHaveProperty('disabled', false);

    // A fourth is the most: with four ticked, the others cannot be.
    fireEvent.click(screen.getByRole('button', { name: '添加一个套餐' }));
    fireEvent.click(within(editor).getByRole('checkbox', { name: '红烧鱼块套餐' }));
    expect(within(editor).getByRole('checkbox', { name: 'meal-5' })).toHaveProperty(
      'disabled',
      true,
    );
    screen.getByText('已经选了 4 个，这是最多的了。');
  });

  it('says what is wrong beside the field, and publishes only once meals.json is valid', async () => {
    fakeCanteenServer();
    render(<MenuPage />);
    const card = (await screen.findByRole('group', {
      name: '套餐 1：红烧鱼块套餐',
    })) as HTMLElement;
    const english = within(card).getByRole('textbox', { name: '套餐名称 English' });
    fireEvent.input(english, { target: { value: '' } });
    expect(english.getAttribute('aria-invalid')).toBe('true');
    expect(described(english)).toContain('缺少英文');
    expect(publishButton()).toHaveProperty('disabled', true);
    screen.getByText('先把标红的地方改好，才能发布。');
    screen.getByRole('link', { name: '食堂菜单（1 处要改）' });

    // A rule of the shared check, beside the id it names.
    const id = within(card).getByRole('textbox', { name: '套餐编号' });
    fireEvent.input(id, { target: { value: 'Fish!' } });
    expect(id.getAttribute('aria-invalid')).toBe('true');
    expect(described(id)).toMatch(/meal id/);
    // The menu followed the id while it was typed, so no cell names a meal that is not there.
    expect(meals().menu[0]?.meals[0]).toBe('Fish!');

    fireEvent.input(id, { target: { value: 'fish' } });
    fireEvent.input(english, { target: { value: 'Braised fish' } });
    expect(english.getAttribute('aria-invalid')).toBeNull();
    expect(id.getAttribute('aria-invalid')).toBeNull();
    expect(meals().menu[0]?.meals[0]).toBe('fish');
    expect(publishButton()).toHaveProperty('disabled', false);
    screen.getByText('可以发布了。');
  });

  it('takes money in yuan and stores whole fen; what is not an amount keeps publishing off', async () => {
    fakeCanteenServer();
    render(<RulesPage />);
    const fee = (await screen.findByLabelText('送餐费（元）')) as HTMLInputElement;
    expect(fee.value).toBe('3.00');
    fireEvent.input(fee, { target: { value: '3.5' } });
    expect(meals().delivery.feeFen).toBe(350);
    expect(fee.value).toBe('3.5');
    expect(publishButton()).toHaveProperty('disabled', false);

    fireEvent.input(fee, { target: { value: '3.555' } });
    expect(fee.getAttribute('aria-invalid')).toBe('true');
    expect(described(fee)).toContain('请写以元为单位的金额，最多两位小数');
    expect(publishButton()).toHaveProperty('disabled', true);

    fireEvent.input(fee, { target: { value: '2000' } });
    expect(described(fee)).toContain('金额太大：最多 1000.00 元。');
    expect(publishButton()).toHaveProperty('disabled', true);

    fireEvent.input(fee, { target: { value: '0.29' } });
    expect(meals().delivery.feeFen).toBe(29);
    expect(publishButton()).toHaveProperty('disabled', false);
  });

  it('edits how far ahead elders may book, the closed dates and how to pay', async () => {
    fakeCanteenServer();
    render(<RulesPage />);
    const horizon = (await screen.findByLabelText('可以提前订几天')) as HTMLInputElement;
    expect(horizon.value).toBe('7');
    // The weekdays no sitting serves are named, not asked for twice.
    screen.getByText(/每周不开的日子：星期日/);
    fireEvent.input(horizon, { target: { value: '15' } });
    expect(horizon.getAttribute('aria-invalid')).toBe('true');
    expect(publishButton()).toHaveProperty('disabled', true);
    fireEvent.input(horizon, { target: { value: '10' } });
    expect(horizon.getAttribute('aria-invalid')).toBeNull();
    expect(meals().booking).toEqual({ horizonDays: 10, closedDates: [] });

    fireEvent.click(screen.getByRole('button', { name: '添加一个休息日' }));
    const date = screen.getByLabelText('休息日 1') as HTMLInputElement;
    fireEvent.input(date, { target: { value: '2026-10-01' } });
    expect(meals().booking).toEqual({ horizonDays: 10, closedDates: ['2026-10-01'] });

    const note = screen.getByRole('textbox', { name: '怎么付钱 English' }) as HTMLInputElement;
    expect(note.value).toBe('Pay by QR code or cash at the counter when you eat');
    fireEvent.input(note, { target: { value: 'Pay at the counter' } });
    expect(meals().paymentNote?.en).toBe('Pay at the counter');
    expect(publishButton()).toHaveProperty('disabled', false);

    fireEvent.click(screen.getByRole('button', { name: '删除休息日 1' }));
    expect(meals().booking?.closedDates).toEqual([]);
  });

  it('moves the price preview as a tier’s subsidy is edited, and keeps the last good table while one is wrong', async () => {
    fakeCanteenServer();
    render(<RulesPage />);
    // The preview starts at age 75: tier C, ¥15 − 5 % − ¥4 government = ¥10.25.
    const result = await waitFor(() => {
      const found = document.querySelector('[data-elder-fen]');
      if (!found) throw new Error('no price yet');
      return found as HTMLElement;
    });
    expect(result.dataset.elderFen).toBe('1025');
    screen.getByText('每份付 10.25 元');

    const tierC = document.querySelector('[data-tier-editor="c"]') as HTMLElement;
    const government = within(tierC).getByLabelText('政府补贴（元）');
    fireEvent.input(government, { target: { value: '5' } });
    expect(meals().pricing.tiers.find((t) => t.id === 'c')?.governmentFen).toBe(500);
    expect(document.querySelector('[data-elder-fen]')?.getAttribute('data-elder-fen')).toBe('925');
    screen.getByText('每份付 9.25 元');

    fireEvent.input(government, { target: { value: '5.5' } });
    expect(document.querySelector('[data-elder-fen]')?.getAttribute('data-elder-fen')).toBe('875');

    // A wrong amount: the preview keeps the last table that worked, and says so.
    fireEvent.input(government, { target: { value: 'x' } });
    expect(document.querySelector('[data-elder-fen]')?.getAttribute('data-elder-fen')).toBe('875');
    screen.getByText('价格表里还有要改的地方，这里先按上一次正确的价格表计算。');

    // The base price moves every tier.
    fireEvent.input(government, { target: { value: '4' } });
    fireEvent.input(screen.getByLabelText('每份原价（元）'), { target: { value: '16' } });
    // ¥16 − 5 % (¥0.80) − ¥4 = ¥11.20
    expect(document.querySelector('[data-elder-fen]')?.getAttribute('data-elder-fen')).toBe('1120');
  });

  it('refuses a file that is not a picture, or is over 1 MB, in words before sending anything', async () => {
    const server = fakeCanteenServer();
    render(<MenuPage />);
    const card = (await screen.findByRole('group', {
      name: '套餐 2：鸡蛋羹软饭套餐',
    })) as HTMLElement;
    const input = within(card).getByLabelText('上传新照片') as HTMLInputElement;
    const choose = (file: File) => {
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      fireEvent.change(input);
    };
    choose(new File(['hello, not a picture'], 'menu.jpg', { type: 'image/jpeg' }));
    await within(card).findByText('这个文件不是照片：请选 JPG、PNG 或 WebP 图片。');
    const big = new Uint8Array(1_300_000);
    big.set([0xff, 0xd8, 0xff]);
    choose(new File([big], 'big.jpg', { type: 'image/jpeg' }));
    await within(card).findByText(
      '照片太大（1.3 MB），最大 1 MB。请先把照片缩小，例如宽 1200 像素。',
    );
    expect(server.sent.filter((s) => s.url === '/api/photos' && s.method === 'POST')).toEqual([]);

    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    choose(new File([png], 'egg.png', { type: 'image/png' }));
    const img = (await within(card).findByRole('img', {
      name: '鸡蛋羹软饭套餐的照片',
    })) as HTMLImageElement;
    await waitFor(() =>
      expect(img.getAttribute('src')).toBe('/photos/photo-0123456789abcdef0123.png'),
    );
    expect(meals().meals[1]?.photo).toBe('photo-0123456789abcdef0123.png');
    const posted = server.sent.filter((s) => s.url === '/api/photos' && s.method === 'POST');
    expect(posted).toHaveLength(1);
    expect([...((posted[0]?.body as Uint8Array | undefined) ?? [])]).toEqual([...png]);
    expect(within(card).queryByRole('alert')).toBeNull();
  });

  it('publishes meals.json alone with a note, then starts again from the new version', async () => {
    const server = fakeCanteenServer();
    render(<RulesPage />);
    const fee = await screen.findByLabelText('送餐费（元）');
    fireEvent.input(fee, { target: { value: '3.5' } });
    fireEvent.input(screen.getByLabelText('这次改了什么（给同事看）'), {
      target: { value: '送餐费调整' },
    });
    fireEvent.click(publishButton());
    await screen.findByText(/已经发布为第 2 版/);
    const publish = server.sent.find((s) => s.url === '/api/config/meals');
    const body = publish?.body as { meals: string; note: string; basedOn: number };
    expect(body.note).toBe('送餐费调整');
    expect(body.basedOn).toBe(1);
    expect(Object.keys(body).sort()).toEqual(['basedOn', 'meals', 'note']);
    expect((JSON.parse(body.meals) as Meals).delivery.feeFen).toBe(350);
    expect(server.current().files['meals.json']).toBe(body.meals);
    screen.getByText('正在修改第 2 版的设置。');
    expect(publishButton()).toHaveProperty('disabled', true);
  });

  it('says so when someone else published first', async () => {
    fakeCanteenServer({ publish: 409 });
    render(<RulesPage />);
    fireEvent.input(await screen.findByLabelText('送餐费（元）'), { target: { value: '4' } });
    fireEvent.click(publishButton());
    await screen.findByText(/有人发布了新的设置，你的修改没有保存/);
    expect(meals().delivery.feeFen).toBe(400);
  });
});

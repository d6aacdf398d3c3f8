/**
 * The console's subsidy pages (issue #13 items 2 and 4), in jsdom:
 * - 查补贴（代问、打印）: the kiosk's questions for this centre with 不知道, the answer in the
 *   kiosk's own words from the same engine, Print, and nothing sent to the server;
 * - 补贴待联系名单: both lists with name, phone (a link to call), address, age, programme and
 *   why; a tick column for paper; Print and the two CSV links from the contracts.
 */
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../../../src/i18n';
import { answerItems } from '../../../src/kiosk/flows/subsidies/words';
import { centreClock } from '../../../src/shared/centre/clock';
import { evaluateSubsidies } from '../../../src/shared/subsidies';
import { OutreachApi } from '../../../src/shared/subsidies/outreach-api';
import { CheckPage } from '../../../src/staff/subsidies/CheckPage';
import { OutreachPage } from '../../../src/staff/subsidies/OutreachPage';
import { subsidyRules } from '../../../src/staff/subsidies/subsidy-config';
import { demoConfig } from '../meals-flow/support';

const call = vi.hoisted(() => vi.fn());
vi.mock('../../../src/staff/api/client', () => ({ call }));

const print = vi.fn();

const ELIGIBLE = {
  day: '2026-12-05',
  lines: [
    {
      memberId: 'm1',
      name: '甲老人',
      cardNumber: '20001',
      phone: '13800000001',
      address: '枫林街道 3 号',
      birthDate: '1940-03-02',
      age: 86,
      programmeId: 'qinghe-old-age',
      fen: 8000,
      startMonth: null,
      reasons: [{ code: 'local-met' }, { code: 'age-met', age: 86, min: 85, max: 89 }],
    },
    {
      memberId: 'm2',
      name: '乙老人',
      cardNumber: '20002',
      phone: null,
      address: null,
      birthDate: '1946-12-05',
      age: 80,
      programmeId: 'qinghe-old-age',
      fen: 5000,
      startMonth: '2027-01',
      reasons: [{ code: 'local-met' }, { code: 'age-not-yet', age: 80, min: 80, max: 84 }],
    },
  ],
};
const BIRTHDAYS = {
  day: '2026-12-05',
  until: '2027-03-05',
  ages: [60, 80, 85, 90, 100],
  lines: [
    {
      memberId: 'm3',
      name: '丙老人',
      cardNumber: '20003',
      phone: '13800000003',
      address: null,
      birthDate: '1947-03-05',
      age: 79,
      turns: 80,
      birthday: '2027-03-05',
      programmeId: 'qinghe-old-age',
      fen: 5000,
      startMonth: '2027-04',
      reasons: [{ code: 'local-met' }, { code: 'age-met', age: 80, min: 80, max: 84 }],
    },
  ],
};

beforeEach(() => {
  setLanguage('zh-Hans');
  // The centre's config as the console's loader would have read it from /config.json.
  const config = demoConfig();
  subsidyRules.value = { centreName: config.centre.name, config };
  call.mockReset();
  call.mockImplementation(async (contract: unknown) => {
    if (contract === OutreachApi.eligible) return ELIGIBLE;
    if (contract === OutreachApi.birthdays) return BIRTHDAYS;
    throw new Error('unexpected call');
  });
  vi.stubGlobal('print', print);
  print.mockReset();
});
afterEach(() => {
  vi.unstubAllGlobals();
  setLanguage('zh-Hans');
});

describe('查补贴（代问、打印）', () => {
  const choose = (question: string, answer: string) =>
    fireEvent.click(
      within(screen.getByRole('group', { name: question })).getByRole('radio', { name: answer }),
    );

  it('asks the kiosk’s questions and answers in the kiosk’s words, recording nothing', async () => {
    render(<CheckPage />);
    await screen.findByRole('group', { name: '您今年多大年纪？' });
    // The demo's bands, from its rules' edges, and 不知道 on every question.
    const age = within(screen.getByRole('group', { name: '您今年多大年纪？' }));
    expect(age.getAllByRole('radio').map((r) => r.parentElement?.textContent)).toEqual([
      '未满 80 岁',
      '80 到 84 岁',
      '85 到 89 岁',
      '90 到 99 岁',
      '100 岁以上',
      '不知道',
    ]);
    for (const q of ['您是本地户籍吗？', '您是低保或特困吗？', '您的失能等级是？'])
      expect(
        within(screen.getByRole('group', { name: q })).getByRole('radio', { name: '不知道' }),
      ).toBeTruthy();

    choose('您今年多大年纪？', '85 到 89 岁');
    choose('您是本地户籍吗？', '是');
    choose('您是低保或特困吗？', '低保');
    choose('您的失能等级是？', '中度失能');

    const config = demoConfig();
    const subsidies = config.subsidies;
    if (!subsidies) throw new Error('the demo has subsidies');
    const today = centreClock(new Date(), config.centre.timeZone).date;
    const result = evaluateSubsidies(
      subsidies,
      config.meals,
      {
        age: { band: { min: 85, max: 89 } },
        localHukou: true,
        categories: ['low-income'],
        disability: 'moderate',
      },
      today,
    );
    const expected = answerItems(subsidies, result.programmes, result.meals);
    expect(expected.map((i) => i.name)).toContain('高龄津贴');
    const shown = [...document.querySelectorAll('.subsidy-check__item')];
    expect(shown.map((s) => s.getAttribute('data-programme'))).toEqual(expected.map((i) => i.id));
    for (const [i, item] of expected.entries()) {
      const text = shown[i]?.textContent ?? '';
      for (const part of [item.name, item.amount, item.when, item.bring, item.where])
        expect(text).toContain(part);
    }
    screen.getByText(`按您的回答，可能可以领 ${expected.length} 项。`);

    fireEvent.click(screen.getByRole('button', { name: '打印给老人' }));
    expect(print).toHaveBeenCalledTimes(1);
    // Nothing about the elder went to the server.
    expect(call).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: '重新问' }));
    for (const group of screen.getAllByRole('group'))
      expect(
        (within(group).getByRole('radio', { name: '不知道' }) as HTMLInputElement).checked,
      ).toBe(true);
  });
});

describe('补贴待联系名单', () => {
  it('lists who to call with phone, address, age, programme and why, to print and export', async () => {
    render(<OutreachPage />);
    await screen.findByRole('heading', { name: '可以领、还没有在领：2 项' });
    const first = document.querySelector('[data-list="eligible"] tbody tr') as HTMLElement;
    const row = within(first);
    row.getByText('甲老人');
    expect(row.getByRole('link', { name: '13800000001' }).getAttribute('href')).toBe(
      'tel:13800000001',
    );
    row.getByText('枫林街道 3 号');
    row.getByText('86 岁');
    row.getByText('高龄津贴（区级）');
    row.getByText('每月 80 元');
    row.getByText('本地户籍、85–89 岁一档');
    row.getByText('要带：身份证、户口簿、本人银行卡。');
    const second = within(
      document.querySelectorAll('[data-list="eligible"] tbody tr')[1] as HTMLElement,
    );
    second.getByText('没有电话');
    expect(second.getByText(/已满 80 周岁/).textContent).toContain('2027年1月起发');

    screen.getByRole('heading', { name: '2026-12-05 到 2027-03-05 满岁、要先登记的：1 项' });
    const birthday = within(
      document.querySelector('[data-list="birthdays"] tbody tr') as HTMLElement,
    );
    birthday.getByText('丙老人');
    expect(birthday.getByText(/2027-03-05/).textContent).toContain('满 80 周岁');
    expect(birthday.getByText(/每月 50 元/).textContent).toContain('2027年4月起发');

    // A box to tick on paper, in each row.
    expect(first.querySelector('td.tick-box.print-only-cell')).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '打印' }));
    expect(print).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('link', { name: '导出“可以领未领”CSV' }).getAttribute('href')).toBe(
      '/api/subsidies/outreach/eligible?format=csv',
    );
    expect(screen.getByRole('link', { name: '导出“即将满岁”CSV' }).getAttribute('href')).toBe(
      '/api/subsidies/outreach/birthdays?format=csv',
    );
    screen.getByText(/三个月内满 60、80、85、90、100 周岁/);
  });

  it('says so when nobody is missing out', async () => {
    call.mockImplementation(async (contract: unknown) =>
      contract === OutreachApi.eligible ? { ...ELIGIBLE, lines: [] } : { ...BIRTHDAYS, lines: [] },
    );
    render(<OutreachPage />);
    await screen.findByText('没有人漏领：按规则可以领的，登记里都已经在领。');
    screen.getByText('2026-12-05 到 2027-03-05 没有人满 60、80、85、90、100 周岁后要新登记。');
  });
});

/**
 * The history's wording of each ConfigChange, with the labels of the settings pages:
 * "空闲超时 90 秒 → 120 秒" / "Idle timeout 90 s → 120 s". Fed the changes the shared diff makes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../src/i18n';
import { diffConfig } from '../../../src/shared/config/diff';
import type { ConfigChange } from '../../../src/shared/config/versions-api';
import { describeChange } from '../../../src/staff/settings/labels';

afterEach(() => setLanguage('zh-Hans'));

const change = (c: Partial<ConfigChange> & Pick<ConfigChange, 'file' | 'path'>): ConfigChange => ({
  kind: 'changed',
  ...c,
});

describe('a change in words', () => {
  it('words the idle timeout with its label and unit, in the console’s language', () => {
    const c = change({
      file: 'kiosk.json',
      path: ['idle', 'timeoutSeconds'],
      before: 90,
      after: 120,
    });
    expect(describeChange(c)).toBe('空闲超时 90 秒 → 120 秒');
    setLanguage('zh-Hant');
    expect(describeChange(c)).toBe('閒置逾時 90 秒 → 120 秒');
    setLanguage('en');
    expect(describeChange(c)).toBe('Idle timeout 90 s → 120 s');
  });

  it('names an item of a list by its place, and a text by its language', () => {
    expect(
      describeChange(
        change({
          file: 'centre.json',
          path: ['phones', 0, 'number'],
          before: '0571-8765 4321',
          after: '0571-8765 9999',
        }),
      ),
    ).toBe('电话 1 · 号码 0571-8765 4321 → 0571-8765 9999');
    setLanguage('en');
    expect(
      describeChange(
        change({
          file: 'centre.json',
          path: ['name', 'en'],
          before: 'Changqing Community Centre',
          after: 'Changqing Centre',
        }),
      ),
    ).toBe('Centre name (English) Changqing Community Centre → Changqing Centre');
  });

  it('says values as staff know them: jobs, switches, days, sizes, pictures', () => {
    expect(
      describeChange(
        change({
          file: 'kiosk.json',
          path: ['jobs'],
          before: ['meals', 'about'],
          after: ['meals'],
        }),
      ),
    ).toBe('首页上的服务 订餐和关于本中心 → 订餐');
    expect(
      describeChange(
        change({ file: 'kiosk.json', path: ['touch', 'clickSound'], before: true, after: false }),
      ),
    ).toBe('点按时发出“嗒”的声音 开 → 关');
    expect(
      describeChange(
        change({
          file: 'centre.json',
          path: ['openingHours', 1, 'days'],
          before: [6],
          after: [6, 7],
        }),
      ),
    ).toBe('时段 2 · 星期几 星期六 → 星期六和星期日');
    expect(
      describeChange(
        change({
          file: 'kiosk.json',
          path: ['display', 'defaultTextSize'],
          before: 1,
          after: 1.3,
        }),
      ),
    ).toBe('开始时的字号 标准 → 大');
    expect(
      describeChange(
        change({
          file: 'help.json',
          path: ['categories', 2, 'icon'],
          before: 'bath',
          after: 'help',
        }),
      ),
    ).toBe('服务 3 · 图标 洗澡 → 帮忙');
  });

  it('words additions, removals, the voices, a secret, and whole files', () => {
    expect(
      describeChange({
        file: 'centre.json',
        path: ['phones', 3],
        kind: 'added',
        after: {
          kind: 'other',
          label: { 'zh-Hans': '夜间值班', 'zh-Hant': '夜間值班', en: 'Night duty' },
          number: '0571-8765 0000',
        },
      }),
    ).toBe('电话 4：新加了 夜间值班 0571-8765 0000');
    expect(
      describeChange({
        file: 'help.json',
        path: ['emergency', 'escalationPhone'],
        kind: 'removed',
        before: '110',
      }),
    ).toBe('没人接时让老人打的电话：删掉了 110');
    expect(
      describeChange(
        change({
          file: 'kiosk.json',
          path: ['voice', 'voices', 'zh-Hant', 'lang'],
          before: 'zh-HK',
          after: 'zh-TW',
        }),
      ),
    ).toBe('繁体中文的语音语言 zh-HK → zh-TW');
    const secret = describeChange(
      change({
        file: 'kiosk.json',
        path: ['voice', 'azure', 'subscriptionKey'],
        before: '0123456789abcdef0123',
        after: 'fedcba98765432100000',
      }),
    );
    expect(secret).toBe('Azure 语音服务 · 密钥：换了（内容不显示）');
    expect(secret).not.toContain('0123');
    expect(describeChange({ file: 'help.json', path: [], kind: 'added', after: {} })).toBe(
      '加上了求助设置',
    );
  });

  it('words every change the shared diff finds, with no key or path left showing', () => {
    const before = {
      'centre.json': {
        activities: [
          { id: 'taichi', title: { 'zh-Hans': '太极拳', 'zh-Hant': '太極拳', en: 'Tai chi' } },
          { id: 'opera', title: { 'zh-Hans': '戏曲', 'zh-Hant': '戲曲', en: 'Opera' } },
        ],
      },
      'kiosk.json': { idle: { timeoutSeconds: 90, warningSeconds: 20 }, jobs: ['about'] },
    };
    const after = {
      'centre.json': {
        activities: [
          { id: 'opera', title: { 'zh-Hans': '戏曲欣赏', 'zh-Hant': '戲曲', en: 'Opera' } },
          { id: 'taichi', title: { 'zh-Hans': '太极拳', 'zh-Hant': '太極拳', en: 'Tai chi' } },
        ],
      },
      'kiosk.json': { idle: { timeoutSeconds: 120, warningSeconds: 20 }, jobs: ['about', 'help'] },
    };
    const words = diffConfig(before, after).map(describeChange);
    expect(words).toEqual([
      '活动 1 · 活动名称（简体中文） 戏曲 → 戏曲欣赏',
      '活动的顺序 taichi和opera → opera和taichi',
      '空闲超时 90 秒 → 120 秒',
      '首页上的服务 关于本中心 → 关于本中心和请求服务',
    ]);
  });
});

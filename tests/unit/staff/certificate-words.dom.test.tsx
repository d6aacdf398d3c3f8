/**
 * The certificate's line above its lessons (src/staff/classes/CertificatePage.tsx): a course of
 * several lessons is "全部 3 课"; a course of one is "这一课", never "全部 1 课".
 */
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../src/i18n';
import '../../../src/i18n/console-strings';
import { certificateBody } from '../../../src/staff/classes/CertificatePage';

afterEach(() => setLanguage('zh-Hans'));

describe("a certificate's words", () => {
  it('counts the lessons of a longer course, and says one lesson as one', () => {
    expect(certificateBody('和家人视频', 3)).toBe('学完了“和家人视频”的全部 3 课：');
    expect(certificateBody('扫码付款', 1)).toBe('学完了“扫码付款”这一课：');
    setLanguage('zh-Hant');
    expect(certificateBody('掃碼付款', 1)).toBe('學完了「掃碼付款」這一課：');
    setLanguage('en');
    expect(certificateBody('Paying by QR code', 1)).toBe(
      'has finished the one lesson of “Paying by QR code”:',
    );
    expect(certificateBody('Video calls', 3)).toBe('has finished all 3 lessons of “Video calls”:');
  });
});

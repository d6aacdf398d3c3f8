import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { photoUrl, sniffPhotoType } from '../../../src/shared/config/photos';
import { validateConfigFiles } from '../../../src/shared/config/validate';
import { checkConfigFolder } from '../../../src/tools/config-check';
import { demoBundle } from './demo-files';

const bytes = (...b: number[]) => new Uint8Array(b);
const ascii = (s: string) => new TextEncoder().encode(s);

describe('meal photos', () => {
  it('tells a picture by its first bytes, not its name', () => {
    expect(sniffPhotoType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('image/jpeg');
    expect(sniffPhotoType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe('image/png');
    expect(sniffPhotoType(ascii('RIFF\0\0\0\0WEBPVP8 '))).toBe('image/webp');
    expect(sniffPhotoType(ascii('GIF89a'))).toBeNull();
    expect(sniffPhotoType(ascii('<svg/>'))).toBeNull();
    expect(sniffPhotoType(bytes())).toBeNull();
  });

  it('loads a photo from /photos/ with its name escaped', () => {
    expect(photoUrl('braised-fish.jpg')).toBe('/photos/braised-fish.jpg');
  });

  it('refuses a photo name that is not a plain file name, in words', () => {
    const result = validateConfigFiles(
      demoBundle(({ meals }) => {
        meals.meals[0].photo = '../secret.jpg';
        meals.meals[1].photo = 'Fish.JPG';
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).toEqual(['meals[0].photo', 'meals[1].photo']);
    expect(result.problems[0]?.message).toMatch(/is not a photo name — use lowercase letters/);
  });

  describe('config:check', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nuanxin-photos-check-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('names each meal photo missing from the folder', () => {
      const { files } = demoBundle();
      for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
      const { code, out } = checkConfigFolder(dir);
      expect(code).toBe(1);
      expect(out.filter((l) => l.startsWith('meals.json'))).toEqual([
        'meals.json › meals[0].photo: there is no picture "braised-fish.jpg" in the photos folder beside meals.json — put it there, or remove "photo"',
        'meals.json › meals[1].photo: there is no picture "steamed-egg.jpg" in the photos folder beside meals.json — put it there, or remove "photo"',
        'meals.json › meals[2].photo: there is no picture "tofu-greens.jpg" in the photos folder beside meals.json — put it there, or remove "photo"',
        'meals.json › meals[3].photo: there is no picture "pork-noodles.jpg" in the photos folder beside meals.json — put it there, or remove "photo"',
      ]);
    });
  });
});

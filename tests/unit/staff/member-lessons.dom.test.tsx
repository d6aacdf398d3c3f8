/**
 * A member's page in the register shows their lesson progress (issue #14): each lesson by its
 * title, finished or not, the star, the best test score, the fewest hints and misses, the quickest
 * time, and where an unfinished attempt stopped.
 */
import { readFileSync } from 'node:fs';
import { render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type LessonRecord, noProgress } from '../../../src/shared/lessons/progress';
import { listingOf } from '../../../src/shared/lessons/validate';
import { MemberLessons } from '../../../src/staff/pages/MemberLessons';

const LESSON = JSON.parse(readFileSync('kiosk-config/demo/lessons/big-text-wifi.json', 'utf8'));

const record = (more: Partial<LessonRecord>): LessonRecord => ({
  ...noProgress('big-text-wifi', 8),
  lastEntry: '01890a5d-ac96-774b-bcce-b302099a8057',
  ...more,
});

function serve(lessons: LessonRecord[]) {
  const asked: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    asked.push(url);
    if (url === '/lessons/index.json')
      return new Response(JSON.stringify({ version: 'v1', lessons: [listingOf(LESSON)] }));
    return new Response(JSON.stringify({ lessons }), {
      headers: { 'content-type': 'application/json' },
    });
  });
  return asked;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('lesson progress on a member’s page', () => {
  it('shows each lesson by title with its bests and where it stopped', async () => {
    const asked = serve([
      record({
        completed: true,
        unaided: true,
        bestScore: 2,
        fewestErrors: 1,
        lowestHint: 0,
        fastestSeconds: 170,
        resume: { mode: 'practice', stepsDone: 3, highestHint: 1, errors: 0, seconds: 50 },
      }),
    ]);
    render(<MemberLessons id="m1" />);
    const row = (await screen.findByRole('rowheader', { name: '大字和无线网络' })).closest('tr');
    const cells = [...(row?.querySelectorAll('td') ?? [])].map((c) => c.textContent);
    expect(cells).toEqual(['是', '是', '2', 'L0', '1', '3 分钟', '第 3 步（共 8 步）']);
    expect(asked).toContain('/api/members/m1/lessons');
  });

  it('says so when the member has no lessons yet', async () => {
    serve([]);
    render(<MemberLessons id="m1" />);
    expect(await screen.findByText('还没有学过课程（只记录刷卡后学的）。')).toBeTruthy();
  });
});

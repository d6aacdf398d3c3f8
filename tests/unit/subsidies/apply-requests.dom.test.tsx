/**
 * 帮我申请 in "my requests" (the help flow's list): the request is named by the programme it is
 * about, from the kiosk's subsidies.json, never as "a service"; a programme the file no longer
 * has is still named as help to apply.
 */
import { describe, expect, it } from 'vitest';
import { rowWords } from '../../../src/kiosk/flows/help/MyRequestsScreen';
import type { MemberRequest } from '../../../src/shared/help/changes';
import { demoConfig } from '../meals-flow/support';

const request = (more: Partial<MemberRequest>): MemberRequest => ({
  id: 'r1',
  category: 'subsidy-apply',
  when: null,
  where: null,
  status: 'new',
  assignee: null,
  plan: null,
  createdAt: '2026-12-05T02:00:00.000Z',
  updatedAt: '2026-12-05T02:00:00.000Z',
  ...more,
});

describe('帮我申请 in my requests', () => {
  const config = demoConfig();
  const categories = config.help?.categories ?? [];
  const programmes = config.subsidies?.programmes ?? [];
  const words = (r: MemberRequest) =>
    rowWords({ source: 'server', request: r, cancelPending: false }, categories, '2026-12-05', [
      ...programmes,
    ]);

  it('names the request by its programme', () => {
    expect(words(request({ programmeId: 'qinghe-old-age' })).what).toBe('帮我申请：高龄津贴');
  });

  it('still says it is help to apply when the programme is no longer in the file', () => {
    expect(words(request({ programmeId: 'moon-pension' })).what).toBe('帮我申请补贴');
  });

  it('leaves other requests as they were', () => {
    expect(words(request({ category: 'advice' })).what).toBe('政策咨询');
  });
});

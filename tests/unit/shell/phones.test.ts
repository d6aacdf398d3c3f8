import { describe, expect, it } from 'vitest';
import { spokenNumber } from '../../../src/kiosk/flows/phones';

describe('spokenNumber', () => {
  it('spaces digits so speech reads them one by one, pausing at the written groups', () => {
    expect(spokenNumber('0571-8765 4321')).toBe('0 5 7 1, 8 7 6 5, 4 3 2 1');
    expect(spokenNumber('120')).toBe('1 2 0');
  });
});

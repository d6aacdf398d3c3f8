import type { SameKeys } from '../../types';
import type { words as zhHans } from './zh-Hans';

/** The configUpdates area's words in English, with exactly zh-Hans's keys. */
export const words: SameKeys<typeof zhHans> = {
  preview: {
    mark: 'Preview',
    label: 'This is a preview, not a kiosk in use',
  },
  staff: {
    location: 'Location',
    refused: 'New settings refused',
  },
};

/**
 * The simulated phone's pictures, drawn for the project on a 24-unit grid as stroked paths (no
 * third-party screenshots, no brand marks: a "聊天" bubble, not any real app's logo). Each has a
 * tile colour, so an app grid reads like a phone's home screen; the label under it is the meaning.
 */
import type { PhoneIcon } from '../../../shared/lessons/schema';

const circle = (cx: number, cy: number, r: number) =>
  `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;

interface PhonePicture {
  paths: string[];
  /** The tile behind it (dark enough for the white strokes to show). */
  tile: string;
}

export const PHONE_PICTURES: Record<PhoneIcon, PhonePicture> = {
  settings: {
    tile: '#4d5560',
    paths: [
      circle(12, 12, 3.2),
      'M12 2.5v3M12 18.5v3M2.5 12h3M18.5 12h3M5.3 5.3l2.1 2.1M16.6 16.6l2.1 2.1M5.3 18.7l2.1-2.1M16.6 7.4l2.1-2.1',
    ],
  },
  wifi: {
    tile: '#1f5fa8',
    paths: [
      'M2.5 9a14 14 0 0 1 19 0',
      'M5.8 12.5a9 9 0 0 1 12.4 0',
      'M9 16a4.3 4.3 0 0 1 6 0',
      'M12 19.5h.01',
    ],
  },
  'text-size': {
    tile: '#6a3d9a',
    paths: ['M2.5 20 8 5h1l5.5 15', 'M5 15h7', 'M15 20l3.5-9 3.5 9', 'M16.3 17h4.4'],
  },
  chat: {
    tile: '#1d7a3e',
    paths: ['M4 5h16v10H10l-5 4v-4H4z', 'M8 9.5h8', 'M8 12h5'],
  },
  video: { tile: '#1d7a3e', paths: ['M3 7h12v10H3z', 'M15 10.5l6-3.5v10l-6-3.5'] },
  phone: {
    tile: '#1d7a3e',
    paths: [
      'M5 3.5h3.5l2 5-2.5 1.8a12 12 0 0 0 5.7 5.7l1.8-2.5 5 2V19a2 2 0 0 1-2 2A17.5 17.5 0 0 1 3 5.5a2 2 0 0 1 2-2z',
    ],
  },
  'hang-up': {
    tile: '#a32020',
    paths: ['M3 14.5c5-4.5 13-4.5 18 0l-2.5 3-3.5-1.5v-2.5a9 9 0 0 0-6 0V16L5.5 17.5z'],
  },
  camera: { tile: '#333b45', paths: ['M3 8h4l2-3h6l2 3h4v11H3z', circle(12, 13, 3.5)] },
  photos: {
    tile: '#b0531c',
    paths: ['M3 5h18v14H3z', 'M3 16l5-5 4 4 3-3 6 6', circle(16, 9, 1.5)],
  },
  mic: {
    tile: '#1f5fa8',
    paths: ['M9 4a3 3 0 0 1 6 0v7a3 3 0 0 1-6 0z', 'M5.5 11a6.5 6.5 0 0 0 13 0', 'M12 17.5V21'],
  },
  plus: { tile: '#4d5560', paths: [circle(12, 12, 9), 'M12 7.5v9M7.5 12h9'] },
  back: { tile: '#4d5560', paths: ['M20 12H5', 'M11 5l-7 7 7 7'] },
  send: { tile: '#1d7a3e', paths: ['M3 11.5 21 3l-8 18-2-7.5z', 'M11 13.5 21 3'] },
  scan: {
    tile: '#1f5fa8',
    paths: ['M3 8V3h5', 'M16 3h5v5', 'M21 16v5h-5', 'M8 21H3v-5', 'M3 12h18'],
  },
  pay: { tile: '#1f5fa8', paths: ['M3 6h18v12H3z', 'M3 10h18', 'M6.5 14.5h4'] },
  hospital: { tile: '#a32020', paths: ['M4 4h16v16H4z', 'M12 8v8M8 12h8'] },
  map: {
    tile: '#2f7d6d',
    paths: ['M12 21s-6.5-6-6.5-11a6.5 6.5 0 0 1 13 0c0 5-6.5 11-6.5 11z', circle(12, 10, 2.3)],
  },
  taxi: {
    tile: '#8a6a00',
    paths: [
      'M4 16v-4l2-5h12l2 5v4z',
      'M3 16h18v3H3z',
      'M9 4h6',
      circle(7.5, 19, 1.2),
      circle(16.5, 19, 1.2),
    ],
  },
  bus: {
    tile: '#2f7d6d',
    paths: ['M5 3h14v15H5z', 'M5 11h14', 'M8 21v-3M16 21v-3', 'M8 14.5h.01M16 14.5h.01'],
  },
  gov: {
    tile: '#8e1b1b',
    paths: ['M3 9 12 3l9 6', 'M5 9v10M9.5 9v10M14.5 9v10M19 9v10', 'M3 20h18'],
  },
  shield: {
    tile: '#2f7d6d',
    paths: ['M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6z', 'M8.5 12l2.5 2.5 4.5-5'],
  },
  person: { tile: '#4d5560', paths: [circle(12, 8, 4), 'M4 21a8 8 0 0 1 16 0'] },
  lock: { tile: '#4d5560', paths: ['M5 11h14v10H5z', 'M8 11V7.5a4 4 0 0 1 8 0V11'] },
  trash: { tile: '#4d5560', paths: ['M4 6h16', 'M9 6V3.5h6V6', 'M6 6l1 15h10l1-15'] },
  message: { tile: '#1f5fa8', paths: ['M3 5h18v14H3z', 'M3 6l9 7 9-7'] },
  check: { tile: '#1d7a3e', paths: ['M4.5 12.5l5 5 10-11'] },
};

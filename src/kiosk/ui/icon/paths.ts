/**
 * Icon drawings on a 24-unit grid, as stroked paths only (no fills), so one stroke width and
 * currentColor give every icon the same weight and contrast as the text beside it.
 */
const circle = (cx: number, cy: number, r: number) =>
  `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;
// A round-capped zero-length stroke draws a dot, e.g. the point of "i" or "?".
const dot = (x: number, y: number) => `M${x} ${y}h.01`;

const speakerBody = 'M3 9h4l5-4v14l-5-4H3z';

/** Every icon the kit can draw. */
export const ICON_PATHS = {
  home: ['M3 11 12 3l9 8', 'M5.5 9.5V21h5v-6h3v6h5V9.5'],
  back: ['M20 12H5', 'M11 5l-7 7 7 7'],
  speaker: [speakerBody, 'M15.5 9a4 4 0 0 1 0 6', 'M18.5 6a8.5 8.5 0 0 1 0 12'],
  'text-size': ['M2.5 20 8 5h1l5.5 15', 'M5 15h7', 'M15 20l3.5-9 3.5 9', 'M16.3 17h4.4'],
  language: [
    circle(12, 12, 9),
    'M3 12h18',
    'M12 3c2.6 2.5 3.8 5.5 3.8 9s-1.2 6.5-3.8 9c-2.6-2.5-3.8-5.5-3.8-9S9.4 5.5 12 3z',
  ],
  phone: [
    'M5 3.5h3.5l2 5-2.5 1.8a12 12 0 0 0 5.7 5.7l1.8-2.5 5 2V19a2 2 0 0 1-2 2A17.5 17.5 0 0 1 3 5.5a2 2 0 0 1 2-2z',
  ],
  emergency: [
    'M6 18v-6a6 6 0 0 1 12 0v6',
    'M3.5 18h17v3h-17z',
    'M12 2v2',
    'M4 5l1.5 1.5',
    'M20 5l-1.5 1.5',
    'M12 10v4',
  ],
  calendar: ['M3 5h18v16H3z', 'M3 10h18', 'M8 3v4', 'M16 3v4', 'M7.5 14.5h3v3h-3z'],
  info: [circle(12, 12, 9), 'M12 11v6', dot(12, 7.5)],
  meal: ['M3 12h18c0 5-4 8.5-9 8.5S3 17 3 12z', 'M13 9.5 17 2.5', 'M15.5 9.5 21 4'],
  help: [circle(12, 12, 9), 'M9.3 9.2a2.8 2.8 0 1 1 3.9 2.6c-.8.3-1.2 1-1.2 1.8v.6', dot(12, 17.2)],
  coins: [circle(12, 12, 9), 'M8.5 6.5 12 11.5l3.5-5', 'M12 11.5V18', 'M8.5 12.5h7', 'M8.5 15.5h7'],
  smartphone: [
    'M8 2.5h8a2 2 0 0 1 2 2v15a2 2 0 0 1-2 2H8a2 2 0 0 1-2-2v-15a2 2 0 0 1 2-2z',
    'M11 18h2',
  ],
  check: ['M4 12.5l5 5L20 6.5'],
  star: ['M12 2.5l2.9 6 6.6.8-4.9 4.5 1.3 6.5L12 17l-5.9 3.3 1.3-6.5L2.5 9.3l6.6-.8z'],
  cross: ['M6 6l12 12', 'M18 6 6 18'],
  'arrow-up': ['M12 20V5', 'M5 12l7-7 7 7'],
  'arrow-down': ['M12 4v15', 'M5 12l7 7 7-7'],
  'volume-up': [speakerBody, 'M15.5 12h6', 'M18.5 9v6'],
  'volume-down': [speakerBody, 'M15.5 12h6'],
  delete: ['M9 5h11a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H9l-6.5-7z', 'M11.5 9l6 6', 'M17.5 9l-6 6'],
  clock: [circle(12, 12, 9), 'M12 7v5l3.5 2.5'],
  location: ['M12 21.5s-7-6.3-7-12.1a7 7 0 0 1 14 0c0 5.8-7 12.1-7 12.1z', circle(12, 9.5, 2.5)],
  user: [circle(12, 8, 4), 'M4 21a8 8 0 0 1 16 0'],
  settings: [
    'M18.3 9.4 20.8 10.2V13.8L18.3 14.6 19.5 17 17 19.5 14.6 18.3 13.8 20.8H10.2L9.4 18.3 7 19.5 4.5 17 5.7 14.6 3.2 13.8V10.2L5.7 9.4 4.5 7 7 4.5 9.4 5.7 10.2 3.2H13.8L14.6 5.7 17 4.5 19.5 7z',
    circle(12, 12, 3),
  ],
  'wifi-off': [
    'M2 8.5a15 15 0 0 1 20 0',
    'M5 12a10.5 10.5 0 0 1 14 0',
    'M8.5 15.5a5 5 0 0 1 7 0',
    dot(12, 19),
    'M3 3l18 18',
  ],
  lock: ['M5 11h14v10H5z', 'M8 11V7a4 4 0 0 1 8 0v4', 'M12 15v2'],
  refresh: ['M20 12a8 8 0 1 1-2.4-5.7', 'M20 3.5v4.5h-4.5'],
  warning: ['M12 3 2 20.5h20z', 'M12 9.5v5', dot(12, 17.5)],
  // The meal flow: same as last time, my list, a family member, delivery, and the meal flags.
  repeat: [
    'M4 11V9a3 3 0 0 1 3-3h13',
    'M17 3l3 3-3 3',
    'M20 13v2a3 3 0 0 1-3 3H4',
    'M7 21l-3-3 3-3',
  ],
  list: ['M9 6h11', 'M9 12h11', 'M9 18h11', dot(4.5, 6), dot(4.5, 12), dot(4.5, 18)],
  family: [
    circle(9, 7.5, 3.5),
    'M2.5 20.5a6.5 6.5 0 0 1 13 0',
    circle(17.5, 9.5, 2.5),
    'M16 14.3a5 5 0 0 1 6 4.7',
  ],
  delivery: ['M3 11 12 3l9 8', 'M5.5 9.5V21h13V9.5', 'M8.5 15.5h6.5', 'M12.5 12.5l3 3-3 3'],
  soft: [
    'M3 11h18c0 5.2-4 9-9 9s-9-3.8-9-9z',
    'M8 7.5c0-1.5 1-1.5 1-3',
    'M12 7.5c0-1.5 1-1.5 1-3',
    'M16 7.5c0-1.5 1-1.5 1-3',
  ],
  salt: [
    'M7.5 10h9l-1.3 11H8.8z',
    'M8.5 10 9.6 5h4.8l1.1 5',
    dot(11, 7.5),
    dot(13, 7.5),
    'M10 15.5h4',
  ],
  sugar: ['M12 3 20 7.5v9L12 21l-8-4.5v-9z', 'M4 7.5 12 12l8-4.5', 'M12 12v9'],
  leaf: ['M5 19C5 10 10 5 20 4c0 10-5 15-14 15z', 'M5 19l8.5-8.5'],
  // The help categories' pictures (help.json's HELP_ICONS; "meal" and "help" are above).
  medical: ['M3.5 7.5h17v13h-17z', 'M9 7.5V4.5h6v3', 'M12 10.5v7', 'M8.5 14h7'],
  clean: ['M17 2.5 13 10.5', 'M8 10.5h9l1.5 10.5h-12z', 'M10.5 15.5V21', 'M14.5 15.5V21'],
  bath: [
    'M3 12h18v2.5a5.5 5.5 0 0 1-5.5 5.5h-7A5.5 5.5 0 0 1 3 14.5z',
    'M6 12V5.5a2 2 0 0 1 4 0',
    'M7 20l-1 2',
    'M17 20l1 2',
  ],
  shopping: ['M2.5 4h3l2.5 11h11l2-8H6.6', circle(10, 19.5, 1.5), circle(17, 19.5, 1.5)],
  walk: [
    circle(12, 4.5, 2),
    'M11.5 8.5 9.5 15l3 3v4',
    'M9.5 15 7 22',
    'M11.5 8.5 8 12',
    'M11.5 8.5l3.5 3.5',
    'M17.5 12v10',
  ],
  talk: ['M2.5 4h12v8.5H8l-3.5 3v-3h-2z', 'M17.5 8h4v8.5H20v3l-3.5-3h-6v-2'],
  'home-repair': [
    'M3 11 12 3l9 8',
    'M5.5 9.5V21h13V9.5',
    'M9 18l4.5-4.5',
    'M12.5 12.5l2-2 2 2-2 2',
  ],
  advice: ['M3.5 4h17v12h-8l-4.5 4v-4H3.5z', 'M12 9v4', dot(12, 6.8)],
  complaint: ['M5 3h10l4 4v14H5z', 'M15 3v4h4', 'M12 10v4.5', dot(12, 17.5)],
} as const satisfies Record<string, readonly string[]>;

/** The name of an icon the kit can draw. */
export type IconName = keyof typeof ICON_PATHS;

/** Every icon name, for galleries and tests. */
export const ICON_NAMES = Object.keys(ICON_PATHS) as IconName[];

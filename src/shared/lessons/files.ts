/**
 * Where lessons sit in a config bundle: each is the file `lessons/<id>.json` of the centre's
 * folder, stored and versioned with the other files, but kept out of /config.json (which every
 * kiosk loads before its first paint) and served one by one at /lessons/<id>.json instead.
 */

/** The folder inside a centre's config folder. */
export const LESSONS_DIR = 'lessons';

const LESSON_FILE = /^lessons\/([a-z0-9-]{2,40})\.json$/;

/** Whether a bundle file name is a lesson's (`lessons/<id>.json`). */
export const isLessonFile = (name: string): boolean => name.startsWith(`${LESSONS_DIR}/`);

/** The lesson id a file name stands for, or undefined when the name is not a valid lesson file. */
export function lessonIdOf(name: string): string | undefined {
  return LESSON_FILE.exec(name)?.[1];
}

/** The bundle file name of a lesson. */
export const lessonFile = (id: string): string => `${LESSONS_DIR}/${id}.json`;

/** The files without the lessons: what /config.json carries. */
export function withoutLessons<T>(files: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(files).filter(([name]) => !isLessonFile(name)));
}

/** The address a kiosk fetches one lesson from. */
export const lessonUrl = (id: string): string => `/lessons/${encodeURIComponent(id)}.json`;

/** The address of the list of lessons (titles and step counts, no screens). */
export const LESSON_INDEX_URL = '/lessons/index.json';

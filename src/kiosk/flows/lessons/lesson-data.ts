/**
 * Lessons come from the centre server one at a time (not with /config.json): the list when the
 * job opens, a lesson when it is chosen. The service worker answers both when the server cannot
 * (src/sw/sw.ts keeps every lesson of the config in force). A lesson is checked with the same
 * rules as config:check before it is shown, so a broken file never reaches the phone drawing.
 */
import { signal } from '@preact/signals';
import { LESSON_INDEX_URL, lessonFile, lessonUrl } from '../../../shared/lessons/files';
import type { Lesson } from '../../../shared/lessons/schema';
import { type LessonIndex, validateLessonFile } from '../../../shared/lessons/validate';

/** The lesson the elder chose in the list; the lesson screen opens it. */
export const chosenLesson = signal<string | null>(null);

export type Loaded<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed' };

export async function fetchIndex(): Promise<LessonIndex> {
  const res = await fetch(LESSON_INDEX_URL);
  if (!res.ok) throw new Error(`lesson list: HTTP ${res.status}`);
  return (await res.json()) as LessonIndex;
}

/**
 * One lesson, read fresh each time it is opened (a new config may have changed it); its steps
 * are then all in memory, so a step change never waits for the network.
 */
export async function fetchLesson(id: string): Promise<Lesson> {
  const res = await fetch(lessonUrl(id));
  if (!res.ok) throw new Error(`lesson ${id}: HTTP ${res.status}`);
  const outcome = validateLessonFile(lessonFile(id), await res.text());
  if (outcome.problems) throw new Error(`lesson ${id}: ${outcome.problems[0]?.message}`);
  return outcome.lesson;
}

/**
 * What the classes pages read besides their own routes: the lessons' titles (the public lesson
 * index the kiosks are served) and the centre's communities and name (/config.json).
 */
import { signal } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import { localText } from '../../i18n';
import type { CentreConfig } from '../../shared/config/centre';
import { LESSON_INDEX_URL } from '../../shared/lessons/files';
import type { LessonIndex, LessonListing } from '../../shared/lessons/validate';
import { configLoader } from '../app/centre-config';

/** The lessons of the config in force, in teaching order; none when the list cannot be read. */
export function useLessons(): LessonListing[] {
  const [lessons, setLessons] = useState<LessonListing[]>([]);
  useEffect(() => {
    let live = true;
    fetch(LESSON_INDEX_URL)
      .then((res): Promise<Pick<LessonIndex, 'lessons'>> | Pick<LessonIndex, 'lessons'> =>
        res.ok ? (res.json() as Promise<LessonIndex>) : { lessons: [] },
      )
      .then(
        (index) => live && setLessons([...index.lessons].sort((a, b) => a.order - b.order)),
        () => undefined,
      );
    return () => {
      live = false;
    };
  }, []);
  return lessons;
}

/** A lesson's title in the console's language (its id when the list does not have it). */
export function lessonName(lessons: readonly LessonListing[], id: string): string {
  const found = lessons.find((l) => l.id === id);
  return found ? localText(found.title) : id;
}

const centre = signal<CentreConfig | Error | null>(null);
const loadCentre = configLoader(centre, (config) => config.centre);

/** centre.json of the config in force (null while it loads or when it cannot be read). */
export function useCentre(): CentreConfig | null {
  useEffect(() => void loadCentre(), []);
  const value = centre.value;
  return value instanceof Error ? null : value;
}

/** A community's name, or null for an id the config no longer lists. */
export function communityName(config: CentreConfig | null, id: string): string | null {
  const found = config?.communities?.find((c) => c.id === id);
  return found ? localText(found.name) : null;
}

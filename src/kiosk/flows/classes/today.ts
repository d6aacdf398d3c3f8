/**
 * Today's class on this kiosk's home screen: the session whose check-in is open now (from the
 * pulled "class-day" item, so it works offline), with its first lesson's title from the lessons
 * index the service worker keeps. The session the elder chose is kept for the check-in screen
 * and forgotten with the person.
 */
import { signal } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import { localText } from '../../../i18n';
import { centreClock } from '../../../shared/centre/clock';
import { type ClassDay, checkinOpen, type KioskSession } from '../../../shared/classes/sessions';
import type { LocalText } from '../../../shared/config/fields';
import { LESSON_INDEX_URL } from '../../../shared/lessons/files';
import { logError } from '../../app/device';
import { replica } from '../../app/pull';
import { onSessionEnd } from '../../app/session';
import { CLASS_DAY_TYPE } from './replica';

/** A class open for check-in, with the words to name it. */
export interface OpenClass {
  session: KioskSession;
  /** The first lesson's title (null when the index is not to hand: its id is shown). */
  title: LocalText | null;
}

/** The class's name in the elder's language. */
export const lessonOf = (open: OpenClass): string =>
  open.title ? localText(open.title) : (open.session.lessonIds[0] ?? '');

/** The class the elder tapped, for the check-in screen; wiped with the person. */
export const chosenClass = signal<OpenClass | null>(null);
onSessionEnd(() => {
  chosenClass.value = null;
});

let titles: Promise<Map<string, LocalText>> | null = null;
/** The lessons' titles by id, read once (the service worker answers offline). */
function lessonTitles(): Promise<Map<string, LocalText>> {
  titles ??= fetch(LESSON_INDEX_URL)
    .then((res) =>
      res.ok
        ? (res.json() as Promise<{ lessons: { id: string; title: LocalText }[] }>)
        : { lessons: [] },
    )
    .then((index) => new Map(index.lessons.map((l) => [l.id, l.title])))
    .catch((error: unknown) => {
      titles = null;
      logError(error, 'classes: lesson titles');
      return new Map();
    });
  return titles;
}

/** The session of `day` open for check-in at `time`, if any (the earliest, should two overlap). */
export function openSession(day: ClassDay | undefined, date: string, time: string) {
  return day?.sessions.find((s) => checkinOpen(s, date, time));
}

/**
 * The class open now at this kiosk, re-read each half minute and after each pull; null when none
 * (or before the first read). `timeZone` is the centre's.
 */
export function useOpenClass(timeZone: string): OpenClass | null {
  const [open, setOpen] = useState<OpenClass | null>(null);
  const [tick, setTick] = useState(0);
  const store = replica.value;
  const pulledAt = store?.lastPullAt.value;
  useEffect(() => {
    const id = setInterval(() => setTick((n) => n + 1), 30_000);
    return () => clearInterval(id);
  }, []);
  useEffect(() => {
    if (!store) return;
    let live = true;
    const now = centreClock(new Date(), timeZone);
    store
      .get(CLASS_DAY_TYPE.change.type, now.date)
      .then(async (record) => {
        const session = openSession(record?.data as ClassDay | undefined, now.date, now.time);
        if (!session) return null;
        const title = (await lessonTitles()).get(session.lessonIds[0] ?? '');
        return { session, title: title ?? null };
      })
      .then(
        (found) => {
          if (live) setOpen(found);
        },
        (error: unknown) => logError(error, 'classes: today'),
      );
    return () => {
      live = false;
    };
  }, [store, pulledAt, tick, timeZone]);
  return open;
}

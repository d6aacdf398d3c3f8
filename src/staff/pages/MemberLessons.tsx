/**
 * 学用手机 on a member's page in the register: each lesson they have started, whether they
 * finished it and did it on their own (the star), their best test score, the fewest hints and
 * misses and the quickest time of a finished attempt, and where an unfinished one stopped. Read
 * with `members.read`, as the record itself is; lesson titles from the lessons the kiosks are served.
 */
import { useEffect, useState } from 'preact/hooks';
import { localText, t } from '../../i18n';
import { LESSON_INDEX_URL } from '../../shared/lessons/files';
import type { LessonRecord } from '../../shared/lessons/progress';
import { MemberLessonsApi } from '../../shared/lessons/progress-api';
import type { LessonIndex } from '../../shared/lessons/validate';
import { call } from '../api/client';
import { ErrorNote } from '../ui/Notice';

/** Lesson titles by id, or none when the list cannot be read (ids are shown instead). */
async function lessonTitles(): Promise<Map<string, string>> {
  try {
    const res = await fetch(LESSON_INDEX_URL);
    if (!res.ok) return new Map();
    const index = (await res.json()) as LessonIndex;
    return new Map(index.lessons.map((l) => [l.id, localText(l.title)]));
  } catch {
    return new Map();
  }
}

const yesNo = (yes: boolean) =>
  yes ? t('console.memberLessons.yes') : t('console.memberLessons.no');
const orDash = (n: number | null) => (n === null ? t('console.memberLessons.nothing') : String(n));

export function MemberLessons({ id }: { id: string }) {
  const [records, setRecords] = useState<LessonRecord[] | null>(null);
  const [titles, setTitles] = useState<Map<string, string>>(new Map());
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    call(MemberLessonsApi.list, { params: { id } }).then((a) => setRecords(a.lessons), setError);
    void lessonTitles().then(setTitles);
  }, [id]);
  return (
    <section aria-labelledby="member-lessons">
      <h2 id="member-lessons">{t('console.memberLessons.title')}</h2>
      <ErrorNote error={error} />
      {!records && !error && <p>{t('console.common.loading')}</p>}
      {records?.length === 0 && <p>{t('console.memberLessons.none')}</p>}
      {records && records.length > 0 && (
        <div class="table-wrap">
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{t('console.memberLessons.lesson')}</th>
                <th scope="col">{t('console.memberLessons.completed')}</th>
                <th scope="col">{t('console.memberLessons.unaided')}</th>
                <th scope="col">{t('console.memberLessons.bestScore')}</th>
                <th scope="col">{t('console.memberLessons.lowestHint')}</th>
                <th scope="col">{t('console.memberLessons.fewestErrors')}</th>
                <th scope="col">{t('console.memberLessons.fastest')}</th>
                <th scope="col">{t('console.memberLessons.stopped')}</th>
              </tr>
            </thead>
            <tbody>
              {records.map((r) => (
                <tr key={r.lessonId} data-lesson={r.lessonId}>
                  <th scope="row">{titles.get(r.lessonId) ?? r.lessonId}</th>
                  <td>{yesNo(r.completed)}</td>
                  <td>{yesNo(r.unaided)}</td>
                  <td>{orDash(r.bestScore)}</td>
                  <td>
                    {r.lowestHint === null
                      ? t('console.memberLessons.nothing')
                      : t('console.memberLessons.hint', { level: r.lowestHint })}
                  </td>
                  <td>{orDash(r.fewestErrors)}</td>
                  <td>
                    {r.fastestSeconds === null
                      ? t('console.memberLessons.nothing')
                      : t('console.memberLessons.minutes', {
                          count: Math.max(1, Math.round(r.fastestSeconds / 60)),
                        })}
                  </td>
                  <td>
                    {r.resume
                      ? t('console.memberLessons.stoppedAt', {
                          done: r.resume.stepsDone,
                          steps: r.steps,
                        })
                      : t('console.memberLessons.nothing')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** The centre's courses, each opening its learners' completion (under 我的学员). */
import { useEffect, useState } from 'preact/hooks';
import { t, verbatim } from '../../i18n';
import { ClassesApi, type Course } from '../../shared/classes/api';
import { call } from '../api/client';
import { href } from '../app/router';
import { ErrorNote } from '../ui/Notice';

export function CourseList() {
  const [courses, setCourses] = useState<Course[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    call(ClassesApi.courses).then((a) => setCourses(a.courses), setError);
  }, []);
  return (
    <section aria-labelledby="class-courses">
      <h2 id="class-courses">{t('classRecords.courses.title')}</h2>
      <ErrorNote error={error} />
      {courses?.length === 0 && <p>{t('classRecords.courses.none')}</p>}
      <ul class="class-courses">
        {courses?.map((c) => (
          <li key={c.id} data-course={c.id}>
            <a href={href('class-learners', `course/${c.id}`)}>{verbatim(c.title)}</a>
            {' · '}
            {c.schedule && `${verbatim(c.schedule)} · `}
            {t('classRecords.courses.lessons', { count: c.lessonIds.length })}
          </li>
        ))}
      </ul>
    </section>
  );
}

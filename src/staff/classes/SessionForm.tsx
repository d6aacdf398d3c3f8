/**
 * 安排一节课: a session's lessons, date, time, venue, trainer (a trainer plans their own), kind,
 * places and volunteers from the people list with their hours; and a new course (a name, how it
 * runs, its lessons in order) that sessions can belong to.
 */
import { useEffect, useState } from 'preact/hooks';
import { t, verbatim } from '../../i18n';
import { ClassesApi, type Course } from '../../shared/classes/api';
import { SESSION_KINDS, type SessionKind } from '../../shared/classes/sessions';
import { call } from '../api/client';
import { me } from '../app/session';
import { FieldSet, SelectField, TextField } from '../ui/Field';
import { ErrorNote, SuccessNote } from '../ui/Notice';
import { useLessons } from './classes-data';
import { SessionFields, useSessionFields } from './SessionFields';

type Pick = { id: string; name: string };

export function SessionForm({ today, onSaved }: { today: string; onSaved: () => void }) {
  const lessons = useLessons();
  const who = me.value;
  const [courses, setCourses] = useState<Course[]>([]);
  const [picks, setPicks] = useState<{ trainers: Pick[]; volunteers: Pick[] }>({
    trainers: [],
    volunteers: [],
  });
  const [courseId, setCourseId] = useState('');
  const fields = useSessionFields({ lessonIds: [], date: today, start: '09:30', end: '11:00' });
  const [venue, setVenue] = useState('');
  const [trainerId, setTrainerId] = useState(who?.id ?? '');
  const [kind, setKind] = useState<SessionKind>('class');
  const [capacity, setCapacity] = useState('12');
  const [hours, setHours] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [courseTitle, setCourseTitle] = useState('');
  const [schedule, setSchedule] = useState('');
  const [courseSaved, setCourseSaved] = useState(false);

  const loadCourses = () => call(ClassesApi.courses).then((a) => setCourses(a.courses), setError);
  useEffect(() => {
    void loadCourses();
    call(ClassesApi.picks, { query: {} }).then(setPicks, setError);
  }, []);

  const save = async (e: Event) => {
    e.preventDefault();
    setError(null);
    setSaved(false);
    try {
      await call(ClassesApi.addSession, {
        body: {
          courseId: courseId || null,
          ...fields.value,
          venue,
          trainerId,
          kind,
          capacity: Number(capacity),
          volunteers: Object.entries(hours)
            .filter(([, h]) => h.trim() !== '' && Number(h) > 0)
            .map(([personId, h]) => ({ personId, hours: Number(h) })),
        },
      });
      setSaved(true);
      onSaved();
    } catch (err) {
      setError(err);
    }
  };

  const saveCourse = async (e: Event) => {
    e.preventDefault();
    setError(null);
    setCourseSaved(false);
    try {
      const { course } = await call(ClassesApi.addCourse, {
        body: { title: courseTitle, schedule, lessonIds: fields.value.lessonIds },
      });
      setCourseSaved(true);
      await loadCourses();
      setCourseId(course.id);
    } catch (err) {
      setError(err);
    }
  };

  const chooseCourse = (id: string) => {
    setCourseId(id);
    const course = courses.find((c) => c.id === id);
    if (course) fields.set({ lessonIds: course.lessonIds });
  };

  return (
    <section class="class-form" aria-labelledby="class-form-title">
      <h2 id="class-form-title">{t('classesConsole.form.title')}</h2>
      <form onSubmit={(e) => void save(e)}>
        <SelectField
          label={t('classesConsole.form.course')}
          value={courseId}
          onChange={chooseCourse}
          options={[
            { value: '', label: t('classesConsole.form.noCourse') },
            ...courses.map((c) => ({
              value: c.id,
              label: verbatim(c.schedule ? `${c.title}（${c.schedule}）` : c.title),
            })),
          ]}
        />
        <SessionFields lessons={lessons} fields={fields} />
        <TextField label={t('classesConsole.form.venue')} value={venue} onInput={setVenue} />
        <div class="class-form__row">
          <SelectField
            label={t('classesConsole.form.trainer')}
            value={trainerId}
            onChange={setTrainerId}
            options={picks.trainers.map((p) => ({ value: p.id, label: verbatim(p.name) }))}
          />
          <SelectField
            label={t('classesConsole.form.kind')}
            value={kind}
            onChange={(k) => setKind(k as SessionKind)}
            options={SESSION_KINDS.map((k) => ({
              value: k,
              label: t(`classesConsole.kinds.${k}`),
            }))}
          />
          <TextField
            label={t('classesConsole.form.capacity')}
            value={capacity}
            onInput={setCapacity}
            inputMode="numeric"
          />
        </div>
        <FieldSet legend={t('classesConsole.form.volunteers')}>
          {picks.volunteers.length === 0 && <p>{t('classesConsole.form.noVolunteers')}</p>}
          {picks.volunteers.map((p) => (
            <TextField
              key={p.id}
              label={t('classesConsole.form.hours', { name: verbatim(p.name) })}
              value={hours[p.id] ?? ''}
              onInput={(h) => setHours((all) => ({ ...all, [p.id]: h }))}
              inputMode="numeric"
            />
          ))}
        </FieldSet>
        <ErrorNote error={error} />
        {saved && <SuccessNote>{t('classesConsole.form.saved')}</SuccessNote>}
        <button type="submit" class="button button--primary">
          {t('classesConsole.form.save')}
        </button>
      </form>
      <form class="class-form__course" onSubmit={(e) => void saveCourse(e)}>
        <h3>{t('classesConsole.form.newCourse')}</h3>
        <TextField
          label={t('classesConsole.form.courseTitle')}
          value={courseTitle}
          onInput={setCourseTitle}
        />
        <TextField
          label={t('classesConsole.form.schedule')}
          value={schedule}
          onInput={setSchedule}
        />
        {courseSaved && <SuccessNote>{t('classesConsole.form.courseSaved')}</SuccessNote>}
        <button type="submit" class="button">
          {t('classesConsole.form.saveCourse')}
        </button>
      </form>
    </section>
  );
}

/**
 * A session's lessons, day and times: the fields the new-session form and a session's change
 * form share, so the two ask for them in the same words and order, and the state behind them
 * (`useSessionFields`), which both keep the same way.
 */
import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import type { LessonListing } from '../../shared/lessons/validate';
import { Checkbox, FieldSet, TextField } from '../ui/Field';
import { lessonName } from './classes-data';

/** What the fields hold, named as the session routes take them. */
export interface SessionTimes {
  lessonIds: string[];
  date: string;
  start: string;
  end: string;
}

/** The fields' state: `value` to send, `set` to change part of it, `toggle` a lesson on or off. */
export function useSessionFields(initial: SessionTimes) {
  const [value, setValue] = useState(initial);
  const set = (patch: Partial<SessionTimes>) => setValue((v) => ({ ...v, ...patch }));
  const toggle = (lessonId: string, on: boolean) =>
    setValue((v) => ({
      ...v,
      lessonIds: on ? [...v.lessonIds, lessonId] : v.lessonIds.filter((l) => l !== lessonId),
    }));
  return { value, set, toggle };
}

export interface SessionFieldsProps {
  lessons: readonly LessonListing[];
  fields: ReturnType<typeof useSessionFields>;
}

export function SessionFields({ lessons, fields }: SessionFieldsProps) {
  const { value, set, toggle } = fields;
  return (
    <>
      <FieldSet legend={t('classesConsole.form.lessons')}>
        {lessons.map((l) => (
          <Checkbox
            key={l.id}
            label={lessonName(lessons, l.id)}
            checked={value.lessonIds.includes(l.id)}
            onChange={(on) => toggle(l.id, on)}
          />
        ))}
      </FieldSet>
      <div class="class-form__row">
        <TextField
          label={t('classesConsole.form.date')}
          type="date"
          value={value.date}
          onInput={(date) => set({ date })}
        />
        <TextField
          label={t('classesConsole.form.start')}
          value={value.start}
          onInput={(start) => set({ start })}
        />
        <TextField
          label={t('classesConsole.form.end')}
          value={value.end}
          onInput={(end) => set({ end })}
        />
      </div>
    </>
  );
}

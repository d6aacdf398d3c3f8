/**
 * A session's lessons, day and times: the fields the new-session form and a session's change
 * form share, so the two ask for them in the same words and order.
 */
import { t } from '../../i18n';
import type { LessonListing } from '../../shared/lessons/validate';
import { Checkbox, FieldSet, TextField } from '../ui/Field';
import { lessonName } from './classes-data';

export interface SessionFieldsProps {
  lessons: readonly LessonListing[];
  chosen: readonly string[];
  onToggle: (lessonId: string, on: boolean) => void;
  date: string;
  onDate: (value: string) => void;
  start: string;
  onStart: (value: string) => void;
  end: string;
  onEnd: (value: string) => void;
}

export function SessionFields(p: SessionFieldsProps) {
  return (
    <>
      <FieldSet legend={t('classesConsole.form.lessons')}>
        {p.lessons.map((l) => (
          <Checkbox
            key={l.id}
            label={lessonName(p.lessons, l.id)}
            checked={p.chosen.includes(l.id)}
            onChange={(on) => p.onToggle(l.id, on)}
          />
        ))}
      </FieldSet>
      <div class="class-form__row">
        <TextField
          label={t('classesConsole.form.date')}
          type="date"
          value={p.date}
          onInput={p.onDate}
        />
        <TextField label={t('classesConsole.form.start')} value={p.start} onInput={p.onStart} />
        <TextField label={t('classesConsole.form.end')} value={p.end} onInput={p.onEnd} />
      </div>
    </>
  );
}

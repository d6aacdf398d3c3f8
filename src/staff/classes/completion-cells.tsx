/**
 * One learner's figures lesson by lesson, as the table the learner's page and the course's page
 * both show: where they are, the highest hint, mistaps, time, check score and the star.
 */
import { t } from '../../i18n';
import type { CompletionRow } from '../../shared/classes/completion-api';
import type { LessonListing } from '../../shared/lessons/validate';
import { lessonName } from './classes-data';

const none = () => t('classRecords.figures.none');

export function CompletionHead() {
  return (
    <>
      <th scope="col">{t('classRecords.learner.state')}</th>
      <th scope="col" class="num">
        {t('classRecords.learner.hint')}
      </th>
      <th scope="col" class="num">
        {t('classRecords.learner.errors')}
      </th>
      <th scope="col" class="num">
        {t('classRecords.learner.time')}
      </th>
      <th scope="col" class="num">
        {t('classRecords.learner.score')}
      </th>
      <th scope="col">{t('classRecords.learner.unaided')}</th>
    </>
  );
}

export function CompletionCells({ row }: { row: CompletionRow }) {
  return (
    <>
      <td data-state={row.state}>{t(`classRecords.states.${row.state}`)}</td>
      <td class="num">
        {row.highestHint === null
          ? none()
          : t('classRecords.figures.hint', { level: row.highestHint })}
      </td>
      <td class="num">{row.errors ?? none()}</td>
      <td class="num nowrap">
        {row.seconds === null
          ? none()
          : t('classRecords.figures.time', {
              minutes: Math.floor(row.seconds / 60),
              seconds: row.seconds % 60,
            })}
      </td>
      <td class="num">
        {row.checkScore === null
          ? none()
          : t('classRecords.figures.score', { score: row.checkScore })}
      </td>
      <td>{row.unaided ? t('classRecords.figures.star') : ''}</td>
    </>
  );
}

/** A learner's rows under a caption (read aloud, not shown), each lesson named as listed. */
export function CompletionTable({
  caption,
  rows,
  lessons,
  dataTable,
}: {
  caption: string;
  rows: readonly CompletionRow[];
  lessons: readonly LessonListing[];
  dataTable?: string;
}) {
  return (
    <div class="table-wrap">
      <table class="table" data-table={dataTable}>
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('classRecords.learner.lesson')}</th>
            <CompletionHead />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.lessonId} data-lesson={row.lessonId}>
              <th scope="row">{lessonName(lessons, row.lessonId)}</th>
              <CompletionCells row={row} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

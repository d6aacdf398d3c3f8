/**
 * "My requests": the identified elder's service requests, each with where it stands in words
 * ("已安排，明天上午 李师傅 上门"); one not yet started can be cancelled (confirmed on the next
 * screen); a refusal is told with its reason.
 */
import './help.css';
import { localText, t } from '../../../i18n';
import { centreClock } from '../../../shared/centre/clock';
import type { LocalText } from '../../../shared/config/schema';
import { ELDER_CANCELLABLE } from '../../../shared/help/changes';
import { KioskScreen } from '../../app/frame/KioskScreen';
import { navigate } from '../../app/router';
import { usePrompt, useSayChanges } from '../../app/speech';
import { useConfig } from '../../app/state';
import { BigButton, ScrollArea } from '../../ui';
import { identifiedMember } from '../identify/identify';
import { RecordsNeedPin } from '../identify/RecordsNeedPin';
import { cancelling } from './draft';
import { HelpMissing } from './HelpMissing';
import { type RequestRow, useRequests } from './requests';
import { categoryName, requestSummary, statusWords } from './words';

/** The subsidy programmes by id, to name a 帮我申请 request by the programme it is about. */
type Programmes = readonly { id: string; name: LocalText }[];

/** 帮我申请 (made on 我的补贴): named by its programme, or plainly if the config has it no more. */
function applyWords(programmes: Programmes, programmeId: string): string {
  const programme = programmes.find((p) => p.id === programmeId);
  return programme
    ? t('help.mine.subsidyApply', { name: localText(programme.name) })
    : t('help.mine.subsidyApplyAny');
}

/** One row's words: what, and where it stands. */
export function rowWords(
  row: RequestRow,
  categories: Parameters<typeof categoryName>[0],
  today: string,
  programmes: Programmes = [],
): { what: string; status: string } {
  if (row.source === 'server')
    return {
      what: row.request.programmeId
        ? applyWords(programmes, row.request.programmeId)
        : requestSummary(categories, row.request),
      status: row.cancelPending ? t('help.status.cancelSending') : statusWords(row.request, today),
    };
  if (row.source === 'outbox')
    return { what: requestSummary(categories, row.payload), status: t('help.status.waiting') };
  const what = row.category ? categoryName(categories, row.category) : t('help.mine.otherService');
  return {
    what,
    status: t(row.kind === 'cancel' ? 'help.status.cancelRefused' : 'help.status.refused', {
      reason: localText(row.reason),
    }),
  };
}

/** A request keeps its id from the outbox to the server (the server stores the entry's id). */
function rowKey(row: RequestRow): string {
  return row.source === 'server' ? row.request.id : row.id;
}

export function MyRequestsScreen() {
  const { centre, help, subsidies } = useConfig();
  const member = identifiedMember.value;
  const known = useRequests(member?.id);
  const title = t('help.mine.title');
  if (!help) return <HelpMissing missing="config" />;
  if (!member) return <HelpMissing missing="draft" />;
  if (!member.recordsAllowed) return <RecordsNeedPin title={title} next="help-mine" />;
  const today = centreClock(new Date(), centre.timeZone).date;
  return (
    <KioskScreen title={title}>
      {known && (
        <MineBody
          rows={known.rows.map((row) => ({
            row,
            ...rowWords(row, help.categories, today, subsidies?.programmes),
          }))}
          greeting={t('help.mine.greeting', { name: member.name })}
        />
      )}
    </KioskScreen>
  );
}

function MineBody({
  rows,
  greeting,
}: {
  rows: { row: RequestRow; what: string; status: string }[];
  greeting: string;
}) {
  const spokenRows = rows.map(({ row, what, status }) => ({
    key: rowKey(row),
    words: t('help.mine.spokenRow', { what, status }),
  }));
  usePrompt(
    [
      greeting,
      rows.length === 0 ? t('help.mine.none') : t('help.mine.count', { count: rows.length }),
      ...spokenRows.map((r) => r.words),
    ].join(' '),
  );
  // "已安排，明天上午 李师傅 上门" arriving while she looks is said, not only shown.
  useSayChanges(spokenRows);
  if (rows.length === 0) return <p class="help-hint">{t('help.mine.none')}</p>;
  return (
    <ScrollArea label={t('help.mine.title')}>
      <ul class="help-list">
        {rows.map(({ row, what, status }) => {
          const id = rowKey(row);
          const cancellable =
            row.source === 'server' &&
            !row.cancelPending &&
            ELDER_CANCELLABLE.includes(row.request.status);
          return (
            <li class="help-list__item" key={id}>
              <p class="help-list__what">{what}</p>
              <p class="help-list__status">{status}</p>
              {cancellable && (
                <BigButton
                  id={`help-mine:cancel:${id}`}
                  icon="cross"
                  size="secondary"
                  variant="secondary"
                  label={t('help.mine.cancel')}
                  ariaLabel={t('help.mine.cancelWhat', { what })}
                  onPress={() => {
                    cancelling.value = id;
                    navigate('help-cancel');
                  }}
                />
              )}
            </li>
          );
        })}
      </ul>
    </ScrollArea>
  );
}

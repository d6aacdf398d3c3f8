/**
 * "今天的课：视频通话" on the home screen while a class's check-in is open (one line, so the home
 * grid still fits at 1.6×; when and where are said on the saved screen): the elder taps it,
 * then their card, and is checked in. Nothing shows when no class is on.
 */
import './classes.css';
import { t } from '../../../i18n';
import { BigButton } from '../../ui/big-button/BigButton';
import { identify } from '../identify/identify';
import { chosenClass, lessonOf, useOpenClass } from './today';

export function ClassTile({ timeZone }: { timeZone: string }) {
  const open = useOpenClass(timeZone);
  if (!open) return null;
  const { start, end, venue } = open.session;
  const lesson = lessonOf(open);
  return (
    <div class="class-tile">
      <BigButton
        icon="check"
        size="secondary"
        label={t('classes.tile', { lesson })}
        ariaLabel={t('classes.tileSaid', { lesson, start, end, venue })}
        onPress={() => {
          chosenClass.value = open;
          identify({ next: 'class-checkin', greetedByJob: true });
        }}
      />
    </div>
  );
}

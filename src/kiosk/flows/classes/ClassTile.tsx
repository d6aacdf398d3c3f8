/**
 * "今天的课：视频通话" on the home screen while a class's check-in is open: the elder taps it,
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
        label={t('classes.tile', { lesson })}
        sublabel={t('classes.tileNote', { start, end, venue })}
        ariaLabel={t('classes.tileSaid', { lesson, start, end, venue })}
        onPress={() => {
          chosenClass.value = open;
          identify({ next: 'class-checkin', greetedByJob: true });
        }}
      />
    </div>
  );
}

/**
 * After 帮我申请: what is true about the appointment request, shown and said (../SavedScreen.tsx):
 * "已告诉工作人员" only once the server has it, "saved, will be sent" while the centre cannot be
 * reached, or the server's reason when it refused — then, once it is stored, the programme, what
 * to bring and where are shown, and what to bring is said, so the elder leaves knowing it.
 */
import './subsidies.css';
import { localText, t } from '../../../i18n';
import type { SubsidiesConfig } from '../../../shared/config/subsidies';
import { navigate, replace } from '../../app/router';
import { useConfig } from '../../app/state';
import { Icon } from '../../ui';
import { SavedScreen } from '../SavedScreen';
import { applyingFor, lastApply } from './apply';
import { SubsidiesMissing } from './SubsidiesMissing';

/** The programme, its documents and where to apply, as lines and as one spoken text. */
export function applySummary(config: SubsidiesConfig, programmeId: string | null) {
  const programme = config.programmes.find((p) => p.id === programmeId);
  if (!programme) return undefined;
  const name = localText(programme.name);
  const documents = programme.documents.map(localText).join(t('subsidies.listJoin'));
  const place = localText(programme.apply);
  return {
    lines: [
      { label: t('subsidies.applied.programme'), value: name },
      {
        label: t('subsidies.applied.bring'),
        value: documents || t('subsidies.applied.bringNothing'),
      },
      { label: t('subsidies.applied.where'), value: place },
    ],
    // What to bring is said; where is shown (the caption stays short enough for the screen).
    spoken: documents
      ? t('subsidies.applied.summary', { name, documents })
      : t('subsidies.applied.summaryNothing', { name }),
  };
}

export function AppliedScreen() {
  const subsidies = useConfig().subsidies;
  if (!subsidies) return <SubsidiesMissing />;
  return (
    <SavedScreen
      area="subsidies.applied"
      saved={lastApply.value}
      wait={(message) => (
        <p class="info-block__lead" role="status">
          <Icon name="clock" /> {message}
        </p>
      )}
      onMine={() => replace('subsidies-mine')}
      // Told why: back to the figures, where the desk's way to apply is written.
      refused={{ label: t('subsidies.applied.ok'), onPress: () => replace('subsidies-mine') }}
      onCallStaff={() => navigate('call-staff')}
      summary={applySummary(subsidies, applyingFor.value)}
    />
  );
}

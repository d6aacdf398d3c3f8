/** The questions a category may ask: when (today / tomorrow / this week) and where (here / at home). */
import './help.css';
import { localText, t } from '../../../i18n';
import { HELP_WHEN, HELP_WHERE } from '../../../shared/help/kinds';
import { KioskScreen } from '../../app/frame/KioskScreen';
import { usePrompt } from '../../app/speech';
import { ChoiceGrid, type IconName } from '../../ui';
import { useDraft } from './context';
import { updateDraft } from './draft';
import { goOn } from './go';
import { HelpMissing } from './HelpMissing';
import { whenWords, whereWords } from './words';

const WHEN_ICONS: Record<(typeof HELP_WHEN)[number], IconName> = {
  today: 'clock',
  tomorrow: 'calendar',
  'this-week': 'calendar',
};
const WHERE_ICONS: Record<(typeof HELP_WHERE)[number], IconName> = {
  here: 'location',
  home: 'home',
};

export function WhenScreen() {
  const ctx = useDraft();
  const what = ctx ? localText(ctx.category.label) : '';
  const title = t('help.when.title', { what });
  usePrompt(title);
  if (!ctx) return <HelpMissing missing="draft" />;
  return (
    <KioskScreen title={title}>
      <ChoiceGrid
        label={title}
        choices={HELP_WHEN.map((w) => ({ id: w, icon: WHEN_ICONS[w], label: whenWords(w) }))}
        onChoose={(id) => {
          updateDraft({ when: id as (typeof HELP_WHEN)[number] });
          goOn(ctx.help);
        }}
      />
    </KioskScreen>
  );
}

export function WhereScreen() {
  const ctx = useDraft();
  const what = ctx ? localText(ctx.category.label) : '';
  const title = t('help.where.title', { what });
  usePrompt(title);
  if (!ctx) return <HelpMissing missing="draft" />;
  return (
    <KioskScreen title={title}>
      <ChoiceGrid
        label={title}
        choices={HELP_WHERE.map((w) => ({ id: w, icon: WHERE_ICONS[w], label: whereWords(w) }))}
        onChoose={(id) => {
          updateDraft({ where: id as (typeof HELP_WHERE)[number] });
          goOn(ctx.help);
        }}
      />
    </KioskScreen>
  );
}

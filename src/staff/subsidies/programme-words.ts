/** A programme of the centre's subsidies.json in the console's words, by its id. */
import { localText, t } from '../../i18n';
import type { SubsidyProgramme } from '../../shared/config/subsidies';

/** "高龄津贴（区级）"; a programme since removed from the config is shown by its id. */
export function programmeName(programmes: readonly SubsidyProgramme[], id: string): string {
  const p = programmes.find((x) => x.id === id);
  return p
    ? t('console.memberSubsidies.programme', {
        name: localText(p.name),
        level: t(`subsidySettings.levels.${p.level}`),
      })
    : id;
}

/** A programme picker's options: "choose one" first, then each programme in the console's words. */
export function programmeOptions(
  programmes: readonly SubsidyProgramme[],
): { value: string; label: string }[] {
  return [
    { value: '', label: t('subsidyRegister.history.choose') },
    ...programmes.map((p) => ({ value: p.id, label: programmeName(programmes, p.id) })),
  ];
}

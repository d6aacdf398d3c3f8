/** Text size and theme: applied as html attributes that the design tokens read. */
import { effect } from '@preact/signals';
import { runtimeKey, t } from '../../i18n';
import { sayBriefly } from './speech';
import { highContrast, TEXT_SIZES, type TextSize, textSize } from './state';

const SIZE_NAMES: Record<TextSize, string> = { 1: 'normal', 1.3: 'large', 1.6: 'largest' };

export function applyDisplay(root: HTMLElement = document.documentElement): () => void {
  return effect(() => {
    root.dataset.textSize = String(textSize.value);
    if (highContrast.value) root.dataset.theme = 'high-contrast';
    else delete root.dataset.theme;
  });
}

/** One tap steps through normal → large → largest → normal, and says the new size. */
export function cycleTextSize(): void {
  const i = TEXT_SIZES.indexOf(textSize.value);
  textSize.value = TEXT_SIZES[(i + 1) % TEXT_SIZES.length] ?? 1;
  sayBriefly(
    t('shell.textSizeSpoken', {
      size: t(runtimeKey(`shell.textSizeName.${SIZE_NAMES[textSize.value]}`)),
    }),
  );
}

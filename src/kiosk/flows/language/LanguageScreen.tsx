/** Choose the language: each shown in its own script, so a reader of any of them can find theirs. */
import { setLanguage, t, tIn } from '../../../i18n';
import type { Language } from '../../../shared/config/schema';
import { KioskScreen } from '../../app/frame/KioskScreen';
import { back } from '../../app/router';
import { hearAgain, usePrompt } from '../../app/speech';
import { enabledLanguages } from '../../app/state';
import { ChoiceGrid } from '../../ui';

export function LanguageScreen() {
  usePrompt(t('shell.language.prompt'));
  return (
    <KioskScreen title={t('shell.language.title')}>
      <ChoiceGrid
        label={t('shell.language.title')}
        choices={enabledLanguages.value.map((lang) => ({
          id: lang,
          icon: 'language',
          // Each language's name as its own readers write it, so anyone can find theirs.
          label: tIn(lang, 'shell.language.ownName'),
          sublabel: tIn(lang, 'shell.language.title'),
        }))}
        onChoose={(id) => {
          setLanguage(id as Language);
          back();
          // The screen underneath re-renders in the new language; say its prompt in that language.
          setTimeout(hearAgain, 50);
        }}
      />
    </KioskScreen>
  );
}

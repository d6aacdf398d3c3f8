/** Plain words about the kiosk's speech, for the staff screen. */
import { hasKey, runtimeKey, t } from '../../i18n';
import { LANGUAGES } from '../../shared/config/languages';
import { parseVoiceError } from './errors';
import type { VoiceStatus } from './types';

/** Describe a VoiceStatus in the current language: one line for the provider, one per language, one for the last error. */
export function describeVoiceStatus(status: VoiceStatus): string {
  const lines: string[] = [];
  if (status.activeProvider === 'azure') lines.push(t('voice.status.azure'));
  else if (status.activeProvider === 'none') lines.push(t('voice.status.none'));
  else if (status.voicesAvailable === 'unknown') lines.push(t('voice.status.checking'));
  else if (status.provider === 'azure') lines.push(t('voice.status.azureFallback'));
  else lines.push(t('voice.status.browser'));

  if (status.activeProvider !== 'none') {
    for (const lang of LANGUAGES) {
      const name = status.voiceNames[lang];
      lines.push(
        t('voice.status.voiceFor', {
          language: t(`voice.language.${lang}`),
          name: name ?? t('voice.status.noVoice'),
        }),
      );
    }
  }

  if (status.lastError) {
    const { code, detail } = parseVoiceError(status.lastError);
    const reason = hasKey(`voice.error.${code}`) ? t(runtimeKey(`voice.error.${code}`)) : code;
    lines.push(
      detail
        ? t('voice.status.lastErrorDetail', { reason, detail })
        : t('voice.status.lastError', { reason }),
    );
  }
  return lines.join('\n');
}

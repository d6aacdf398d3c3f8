/** The failure codes recorded in VoiceStatus.lastError, each with a voice.error.* string. */
export const VOICE_ERROR_CODES = [
  'azureOffline',
  'azureLoad',
  'azureSpeak',
  'azureTimeout',
  'browserSpeak',
  'browserTimeout',
] as const;
export type VoiceErrorCode = (typeof VOICE_ERROR_CODES)[number];

/** "code" or "code: detail", as kept in VoiceStatus.lastError. */
export function formatVoiceError(code: VoiceErrorCode, detail?: string): string {
  return detail ? `${code}: ${detail}` : code;
}

/** Split a lastError string back into its code and detail. */
export function parseVoiceError(lastError: string): { code: string; detail: string } {
  const at = lastError.indexOf(': ');
  return at < 0
    ? { code: lastError, detail: '' }
    : { code: lastError.slice(0, at), detail: lastError.slice(at + 2) };
}

/** The kiosk's voice: speech with captions over the browser's voices or Azure. */

export { describeVoiceStatus } from './describe';
export { VOICE_ERROR_CODES, type VoiceErrorCode } from './errors';
export type { SpeakOptions, Voice, VoiceDeps, VoiceStatus } from './types';
export { clampRate, clampVolume, createVoice, PAUSE_MS, VOLUME_STEP } from './voice';

/**
 * A voice for DOM tests that only records what it was asked to say (what would be heard: the
 * spoken form where it differs, like a phone number digit by digit) and shows the text as the
 * caption, as the real voice does. `forget` clears the caption, as at the end of a session.
 */
import { signal } from '@preact/signals';
import { vi } from 'vitest';
import type { Voice } from '../../../src/kiosk/voice';

export function recordingVoice() {
  const said: string[] = [];
  const caption = signal('');
  const mock = {
    speak: vi.fn(async (text: string, options?: { spoken?: string }) => {
      said.push(options?.spoken ?? text);
      caption.value = text;
    }),
    stop: vi.fn(),
    forget: vi.fn(() => {
      caption.value = '';
    }),
    replay: vi.fn(async () => {}),
    caption,
    speaking: signal(false),
    volume: signal(1),
    volumeUp: vi.fn(),
    volumeDown: vi.fn(),
    resetVolume: vi.fn(),
    status: signal({}),
    configure: vi.fn(),
  };
  return { voice: mock as unknown as Voice, mock, said, caption };
}

/**
 * The voice arrives after the first paint (main.tsx fetches its chunk then). A prompt or message
 * asked for before it arrives is spoken when it does, if it is recent and still the message on
 * screen; an old one, or one a session's end has forgotten, is not.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { forgetSpeech, say, setVoice } from '../../../src/kiosk/app/speech';
import { recordingVoice } from '../support/recording-voice';

afterEach(() => vi.useRealTimers());

describe('a message asked for before the voice arrives', () => {
  it('is spoken when the voice arrives soon after', () => {
    say('欢迎');
    const { voice, said } = recordingVoice();
    setVoice(voice);
    expect(said).toEqual(['欢迎']);
  });

  it('is not spoken when it was asked for too long ago', () => {
    setVoice(null);
    vi.useFakeTimers();
    say('太早了');
    vi.advanceTimersByTime(6000);
    const first = recordingVoice();
    setVoice(first.voice);
    expect(first.said).toEqual([]);
  });

  it('is not spoken once the session that asked for it has ended', () => {
    setVoice(null);
    say('上一位的话');
    forgetSpeech();
    const { voice, said } = recordingVoice();
    setVoice(voice);
    expect(said).toEqual([]);
  });
});

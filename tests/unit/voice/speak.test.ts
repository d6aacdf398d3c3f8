import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PAUSE_MS } from '../../../src/kiosk/voice';
import { VOICES_GRACE_MS } from '../../../src/kiosk/voice/browser';
import { endTimeoutMs } from '../../../src/kiosk/voice/utterance';
import { flush, setup, track, voiceConfig } from './setup';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('speak', () => {
  it('sets the caption to the whole text, speaks, and reports speaking until done', async () => {
    const { synth, voice } = setup();
    const done = track(voice.speak('欢迎光临。请点一下。'));
    expect(voice.caption.value).toBe('欢迎光临。请点一下。');
    expect(voice.speaking.value).toBe(true);
    await vi.runAllTimersAsync();
    expect(done.done).toBe(true);
    expect(voice.speaking.value).toBe(false);
    expect(synth.spoken.map((u) => u.text)).toEqual(['欢迎光临。', '请点一下。']);
    expect(voice.status.value.activeProvider).toBe('browser');
  });

  it('pauses about 350 ms between sentences', async () => {
    const { synth, voice } = setup({ durationMs: 500 });
    void voice.speak('第一句。Second one! 第三句？');
    await vi.runAllTimersAsync();
    expect(synth.spoken.map((u) => u.text)).toEqual(['第一句。', 'Second one!', '第三句？']);
    const times = synth.spoken.map((u) => synth.times.get(u));
    for (let i = 1; i < times.length; i++) {
      const gap = (times[i]?.start ?? 0) - (times[i - 1]?.end ?? 0);
      expect(gap).toBeGreaterThanOrEqual(PAUSE_MS);
      expect(gap).toBeLessThan(PAUSE_MS + 50);
    }
    expect(PAUSE_MS).toBe(350);
  });

  it('passes the configured rate through, kept within 0.8–1.2', async () => {
    for (const [rate, expected] of [
      [1.2, 1.2],
      [0.9, 0.9],
      [0.5, 0.8],
      [2, 1.2],
      [Number.NaN, 1],
    ] as const) {
      const { synth, voice } = setup({}, voiceConfig({ rate }));
      void voice.speak('好。');
      await vi.runAllTimersAsync();
      expect(synth.spoken[0]?.rate).toBe(expected);
    }
  });

  it('passes the volume signal through, clamped to 0.1–1, from the next sentence on', async () => {
    const { synth, voice } = setup({ durationMs: 200 });
    expect(voice.volume.value).toBe(0.8);
    void voice.speak('一。二。三。');
    await vi.advanceTimersByTimeAsync(50);
    voice.volume.value = 5;
    await vi.advanceTimersByTimeAsync(600);
    voice.volume.value = 0;
    await vi.runAllTimersAsync();
    expect(synth.spoken.map((u) => u.volume)).toEqual([0.8, 1, 0.1]);
  });

  it('resolves at once when there is nothing to say, leaving the caption empty', async () => {
    const { synth, voice } = setup();
    const done = track(voice.speak('   '));
    await flush();
    expect(done.done).toBe(true);
    expect(synth.spoken).toEqual([]);
    expect(voice.speaking.value).toBe(false);
  });
});

describe('volume', () => {
  it('steps by 0.1 within 0.1–1 and resets to the centre default', () => {
    const { voice } = setup();
    voice.volumeUp();
    expect(voice.volume.value).toBe(0.9);
    voice.volumeUp();
    voice.volumeUp();
    expect(voice.volume.value).toBe(1);
    for (let i = 0; i < 12; i++) voice.volumeDown();
    expect(voice.volume.value).toBe(0.1);
    voice.volumeUp();
    voice.volumeUp();
    expect(voice.volume.value).toBe(0.3);
    voice.resetVolume();
    expect(voice.volume.value).toBe(0.8);
  });

  it('takes a new centre default from configure unless the elder changed the volume', () => {
    const { voice } = setup();
    voice.configure(voiceConfig({ volume: 0.6 }));
    expect(voice.volume.value).toBe(0.6);
    voice.volumeUp();
    voice.configure(voiceConfig({ volume: 0.4 }));
    expect(voice.volume.value).toBe(0.7);
    voice.resetVolume();
    expect(voice.volume.value).toBe(0.4);
  });
});

describe('stop and interrupt', () => {
  it('stop() cancels the synthesizer and resolves the pending speak; the caption stays', async () => {
    const { synth, voice } = setup({ durationMs: 1000 });
    const done = track(voice.speak('第一句。第二句。'));
    await vi.advanceTimersByTimeAsync(100);
    expect(synth.log).toContain('start:第一句。');
    const cancels = synth.cancelCount;
    voice.stop();
    expect(synth.cancelCount).toBe(cancels + 1);
    expect(voice.speaking.value).toBe(false);
    await flush();
    expect(done.done).toBe(true);
    await vi.runAllTimersAsync();
    expect(synth.spoken.map((u) => u.text)).toEqual(['第一句。']);
    expect(voice.caption.value).toBe('第一句。第二句。');
  });

  it('stop() during the pause between sentences stops the rest', async () => {
    const { synth, voice } = setup({ durationMs: 100 });
    const done = track(voice.speak('一。二。'));
    await vi.advanceTimersByTimeAsync(200);
    expect(synth.log).toContain('end:一。');
    voice.stop();
    await flush();
    expect(done.done).toBe(true);
    await vi.runAllTimersAsync();
    expect(synth.spoken.map((u) => u.text)).toEqual(['一。']);
  });

  it('speak() while speaking interrupts the first', async () => {
    const { synth, voice } = setup({ durationMs: 1000 });
    const first = track(voice.speak('旧的一句。旧的二句。'));
    await vi.advanceTimersByTimeAsync(100);
    const second = track(voice.speak('新的。'));
    expect(voice.caption.value).toBe('新的。');
    expect(voice.speaking.value).toBe(true);
    await flush();
    expect(first.done).toBe(true);
    expect(second.done).toBe(false);
    await vi.runAllTimersAsync();
    expect(second.done).toBe(true);
    expect(voice.speaking.value).toBe(false);
    expect(synth.spoken.map((u) => u.text)).toEqual(['旧的一句。', '新的。']);
    // The cancel came before the new utterance was queued.
    expect(synth.log.indexOf('cancel')).toBeLessThan(synth.log.indexOf('speak:新的。'));
  });
});

describe('caption and speech apart', () => {
  it('shows the written text but says the spoken form, and replays both', async () => {
    const { synth, voice } = setup();
    void voice.speak('值班电话：0571-8765 4321。', {
      spoken: '值班电话：0 5 7 1, 8 7 6 5, 4 3 2 1。',
    });
    await vi.runAllTimersAsync();
    expect(voice.caption.value).toBe('值班电话：0571-8765 4321。');
    expect(synth.spoken.map((u) => u.text)).toEqual(['值班电话：0 5 7 1, 8 7 6 5, 4 3 2 1。']);
    void voice.replay();
    await vi.runAllTimersAsync();
    expect(synth.spoken.map((u) => u.text)).toHaveLength(2);
    expect(synth.spoken[1]?.text).toBe('值班电话：0 5 7 1, 8 7 6 5, 4 3 2 1。');
  });

  it('says a soft prompt at 0.6 × the volume, and the next one at full volume again', async () => {
    const { synth, voice } = setup();
    void voice.speak('请触摸屏幕开始。', { soft: true });
    await vi.runAllTimersAsync();
    void voice.speak('您好。');
    await vi.runAllTimersAsync();
    expect(synth.spoken.map((u) => u.volume)).toEqual([0.48, 0.8]);
  });
});

describe('replay', () => {
  it('speaks the last text again, in the language it was said in', async () => {
    const { synth, voice, language } = setup();
    void voice.speak('请再听一遍。好的。');
    await vi.runAllTimersAsync();
    language.value = 'en';
    const done = track(voice.replay());
    await vi.runAllTimersAsync();
    expect(done.done).toBe(true);
    expect(synth.spoken.map((u) => `${u.lang} ${u.text}`)).toEqual([
      'zh-CN 请再听一遍。',
      'zh-CN 好的。',
      'zh-CN 请再听一遍。',
      'zh-CN 好的。',
    ]);
    expect(voice.caption.value).toBe('请再听一遍。好的。');
  });

  it('does nothing before anything was said', async () => {
    const { synth, voice } = setup();
    await voice.replay();
    expect(synth.spoken).toEqual([]);
  });
});

describe('no voices', () => {
  it('after the grace period: captions only, resolves promptly, status says so', async () => {
    const { synth, voice } = setup({ voices: [] });
    expect(voice.status.value.voicesAvailable).toBe('unknown');
    await vi.advanceTimersByTimeAsync(VOICES_GRACE_MS);
    expect(voice.status.value.voicesAvailable).toBe(false);
    expect(voice.status.value.activeProvider).toBe('none');
    expect(voice.status.value.voiceNames).toEqual({ 'zh-Hans': null, 'zh-Hant': null, en: null });
    const done = track(voice.speak('没有声音。只有字幕。'));
    expect(voice.caption.value).toBe('没有声音。只有字幕。');
    await flush();
    expect(done.done).toBe(true);
    expect(voice.speaking.value).toBe(false);
    expect(synth.spoken).toEqual([]);
  });

  it('learns there are none when the synthesizer fails without voices, and stops trying', async () => {
    const { synth, voice } = setup({ voices: [], failWith: 'synthesis-failed' });
    const done = track(voice.speak('一。二。三。'));
    await flush();
    expect(done.done).toBe(true);
    expect(synth.spoken.map((u) => u.text)).toEqual(['一。']);
    expect(voice.status.value.voicesAvailable).toBe(false);
    expect(voice.status.value.activeProvider).toBe('none');
    expect(voice.status.value.lastError).toBe('browserSpeak: synthesis-failed');
  });

  it('reports captions only when the voices go away after speaking', async () => {
    const { synth, voice } = setup();
    void voice.speak('你好。');
    await vi.runAllTimersAsync();
    expect(voice.status.value.activeProvider).toBe('browser');
    synth.loadVoices([]);
    expect(voice.status.value).toMatchObject({ activeProvider: 'none', voicesAvailable: false });
  });

  it('where the browser has no speechSynthesis at all', async () => {
    const { voice } = setup({}, voiceConfig(), { speechSynthesis: null });
    expect(voice.status.value.voicesAvailable).toBe(false);
    const done = track(voice.speak('字幕。'));
    await flush();
    expect(done.done).toBe(true);
    expect(voice.caption.value).toBe('字幕。');
  });
});

describe('an utterance that never ends (Chromium without an audio device)', () => {
  it('resolves after a generous, length-based timeout and keeps working', async () => {
    const { synth, voice } = setup({ neverEnd: true });
    const limit = endTimeoutMs('你好。', 1);
    expect(limit).toBeGreaterThanOrEqual(5000);
    const done = track(voice.speak('你好。'));
    await vi.advanceTimersByTimeAsync(limit - 100);
    expect(done.done).toBe(false);
    expect(voice.speaking.value).toBe(true);
    const cancels = synth.cancelCount;
    await vi.advanceTimersByTimeAsync(200);
    expect(done.done).toBe(true);
    expect(voice.speaking.value).toBe(false);
    expect(synth.cancelCount).toBe(cancels + 1); // unsticks Chromium's queue
    expect(voice.status.value.lastError).toBe('browserTimeout');

    synth.options.neverEnd = false;
    const next = track(voice.speak('再见。'));
    await vi.advanceTimersByTimeAsync(200);
    expect(next.done).toBe(true);
    expect(synth.log).toContain('end:再见。');
  });

  it('gives longer text longer', () => {
    expect(endTimeoutMs('一二三四五六七八九十'.repeat(4), 1)).toBeGreaterThan(
      endTimeoutMs('一二三', 1) + 10_000,
    );
    expect(endTimeoutMs('一二三', 0.8)).toBeGreaterThan(endTimeoutMs('一二三', 1.2));
  });
});

describe('a synthesizer that throws', () => {
  it('still resolves, keeps the caption and records the error', async () => {
    const { voice } = setup({ throwOnSpeak: true });
    const done = track(voice.speak('出错了。'));
    await flush();
    expect(done.done).toBe(true);
    expect(voice.caption.value).toBe('出错了。');
    expect(voice.status.value.lastError).toBe('browserSpeak: speak exploded');
  });
});

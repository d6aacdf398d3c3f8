import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AZURE_FETCH_TIMEOUT_MS } from '../../../src/kiosk/voice/azure';
import type { AzureModule } from '../../../src/kiosk/voice/types';
import {
  FakeAzureUtterance,
  type FakeOptions,
  FakeSpeechSynthesis,
  FakeUtterance,
} from './fake-speech';
import { AZURE, fakeTokenServer, flush, setup, track, voiceConfig } from './setup';

const azureConfig = (over = {}) => voiceConfig({ provider: 'azure', azure: AZURE, ...over });

/** A fake web-speech-cognitive-services module over a fake synthesizer. */
function fakeAzure(options: FakeOptions = {}, Utterance: typeof FakeUtterance = FakeUtterance) {
  const synth = new FakeSpeechSynthesis({ promises: true, voices: [], ...options });
  const module = {
    createSpeechSynthesisPonyfill: vi.fn(() => ({
      speechSynthesis: synth,
      SpeechSynthesisUtterance: Utterance,
    })),
  };
  const loadAzure = vi.fn(() => Promise.resolve<AzureModule>(module));
  return { synth, module, loadAzure };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  FakeAzureUtterance.fetch = () => Promise.resolve(new ArrayBuffer(8));
});

describe('provider choice', () => {
  it('never loads the Azure package when the provider is browser', async () => {
    const { synth, voice, loadAzure } = setup({}, voiceConfig({ azure: AZURE }));
    void voice.speak('你好。世界。');
    await vi.runAllTimersAsync();
    voice.configure(voiceConfig({ rate: 1.1, azure: AZURE }));
    void voice.replay();
    await vi.runAllTimersAsync();
    expect(loadAzure).not.toHaveBeenCalled();
    expect(synth.spoken).toHaveLength(4);
    expect(voice.status.value.activeProvider).toBe('browser');
  });

  it('speaks with Azure when configured and online, loading the package once', async () => {
    const azure = fakeAzure();
    const { synth, voice } = setup({}, azureConfig(), { loadAzure: azure.loadAzure });
    expect(azure.loadAzure).not.toHaveBeenCalled(); // nothing loads before the first sentence
    void voice.speak('你好。世界。');
    await vi.runAllTimersAsync();
    void voice.speak('Hello.', { lang: 'en' });
    await vi.runAllTimersAsync();
    expect(azure.loadAzure).toHaveBeenCalledTimes(1);
    // Credentials are a token from the centre server, asked for before each request.
    expect(azure.module.createSpeechSynthesisPonyfill).toHaveBeenCalledWith({
      credentials: expect.any(Function),
    });
    const [[{ credentials }]] = azure.module.createSpeechSynthesisPonyfill.mock
      .calls as unknown as [[{ credentials: () => Promise<unknown> }]];
    expect(await credentials()).toEqual({ authorizationToken: 'token-1', region: 'eastasia' });
    expect(synth.spoken).toEqual([]);
    expect(
      azure.synth.spoken.map((u) => [u.text, u.lang, u.voice?.voiceURI, u.rate, u.volume]),
    ).toEqual([
      ['你好。', 'zh-CN', 'zh-CN-XiaoxiaoNeural', 1, 0.8],
      ['世界。', 'zh-CN', 'zh-CN-XiaoxiaoNeural', 1, 0.8],
      ['Hello.', 'en-GB', 'en-GB-SoniaNeural', 1, 0.8],
    ]);
    expect(voice.status.value).toMatchObject({
      provider: 'azure',
      activeProvider: 'azure',
      lastError: null,
    });
    expect(voice.status.value.voiceNames['zh-Hant']).toBe('zh-HK-HiuMaanNeural');
  });

  it('uses the configured Azure voice name', async () => {
    const azure = fakeAzure();
    const config = azureConfig({
      voices: { ...voiceConfig().voices, 'zh-Hans': { lang: 'zh-CN', name: 'zh-CN-YunxiNeural' } },
    });
    const { voice } = setup({}, config, { loadAzure: azure.loadAzure });
    void voice.speak('你好。');
    await vi.runAllTimersAsync();
    expect(azure.synth.spoken[0]?.voice?.voiceURI).toBe('zh-CN-YunxiNeural');
  });

  it('escapes XML specials, which the ponyfill would paste into SSML raw', async () => {
    const azure = fakeAzure();
    const { voice } = setup({}, azureConfig(), { loadAzure: azure.loadAzure });
    void voice.speak('茶 & 咖啡 <5元>。');
    await vi.runAllTimersAsync();
    expect(azure.synth.spoken[0]?.text).toBe('茶 &amp; 咖啡 &lt;5元&gt;。');
    expect(voice.caption.value).toBe('茶 & 咖啡 <5元>。');
  });

  it('stop() cancels Azure too', async () => {
    const azure = fakeAzure({ durationMs: 1000 });
    const { voice } = setup({}, azureConfig(), { loadAzure: azure.loadAzure });
    const done = track(voice.speak('一。二。'));
    await vi.advanceTimersByTimeAsync(100);
    voice.stop();
    await flush();
    expect(done.done).toBe(true);
    expect(azure.synth.cancelCount).toBeGreaterThan(0);
    await vi.runAllTimersAsync();
    expect(azure.synth.spoken.map((u) => u.text)).toEqual(['一。']);
  });
});

describe('falling back to the browser', () => {
  it('when the kiosk is offline, without loading Azure', async () => {
    const azure = fakeAzure();
    const { synth, voice } = setup({}, azureConfig(), {
      loadAzure: azure.loadAzure,
      isOnline: () => false,
    });
    expect(voice.status.value.activeProvider).toBe('browser');
    void voice.speak('离线。');
    await vi.runAllTimersAsync();
    expect(azure.loadAzure).not.toHaveBeenCalled();
    expect(synth.spoken.map((u) => u.text)).toEqual(['离线。']);
    expect(voice.status.value).toMatchObject({
      activeProvider: 'browser',
      lastError: 'azureOffline',
    });
  });

  it('when the package fails to load, and tries again on the next text', async () => {
    const loadAzure = vi.fn(() => Promise.reject<AzureModule>(new Error('chunk failed')));
    const { synth, voice } = setup({}, azureConfig(), { loadAzure });
    void voice.speak('一。二。');
    await vi.runAllTimersAsync();
    expect(synth.spoken.map((u) => u.text)).toEqual(['一。', '二。']);
    expect(loadAzure).toHaveBeenCalledTimes(1); // not again within the same text
    expect(voice.status.value).toMatchObject({
      activeProvider: 'browser',
      lastError: 'azureLoad: chunk failed',
    });
    void voice.speak('三。');
    await vi.runAllTimersAsync();
    expect(loadAzure).toHaveBeenCalledTimes(2);
    expect(synth.spoken.map((u) => u.text)).toEqual(['一。', '二。', '三。']);
  });

  it('when the centre server gives no token (not enrolled, offline), and asks again on the next text', async () => {
    const azure = fakeAzure();
    const speechToken = vi.fn(() => Promise.reject(new Error('no speech token: HTTP 401')));
    const { synth, voice } = setup({}, azureConfig(), { loadAzure: azure.loadAzure, speechToken });
    void voice.speak('一。二。');
    await vi.runAllTimersAsync();
    expect(synth.spoken.map((u) => u.text)).toEqual(['一。', '二。']);
    expect(azure.module.createSpeechSynthesisPonyfill).not.toHaveBeenCalled();
    expect(voice.status.value).toMatchObject({
      activeProvider: 'browser',
      lastError: 'azureLoad: no speech token: HTTP 401',
    });
    expect(speechToken).toHaveBeenCalledTimes(1);
    void voice.speak('三。');
    await vi.runAllTimersAsync();
    expect(speechToken).toHaveBeenCalledTimes(2);
  });

  it('when the ponyfill cannot run (no Web Audio)', async () => {
    const loadAzure = vi.fn(() =>
      Promise.resolve<AzureModule>({ createSpeechSynthesisPonyfill: () => ({}) }),
    );
    const { synth, voice } = setup({}, azureConfig(), { loadAzure });
    void voice.speak('你好。');
    await vi.runAllTimersAsync();
    expect(synth.spoken).toHaveLength(1);
    expect(voice.status.value.lastError).toBe('azureLoad: no Web Audio');
  });

  it('when Azure fails to speak: the same sentence, then the rest, go to the browser', async () => {
    const azure = fakeAzure({ failWith: 'synthesis-failed' });
    const { synth, voice } = setup({}, azureConfig(), { loadAzure: azure.loadAzure });
    void voice.speak('一。二。');
    await vi.runAllTimersAsync();
    expect(azure.synth.spoken.map((u) => u.text)).toEqual(['一。']);
    expect(synth.spoken.map((u) => u.text)).toEqual(['一。', '二。']);
    expect(voice.status.value).toMatchObject({
      activeProvider: 'browser',
      lastError: 'azureSpeak: synthesis-failed',
    });
  });

  it('when Azure sends no audio in time, and that late audio is never played', async () => {
    let arrive: (audio: ArrayBuffer) => void = () => {};
    FakeAzureUtterance.fetch = () => new Promise((resolve) => (arrive = resolve));
    const azure = fakeAzure({}, FakeAzureUtterance);
    const { synth, voice } = setup({}, azureConfig(), { loadAzure: azure.loadAzure });
    const done = track(voice.speak('慢。'));
    await vi.advanceTimersByTimeAsync(AZURE_FETCH_TIMEOUT_MS - 100);
    expect(synth.spoken).toEqual([]);
    await vi.advanceTimersByTimeAsync(200);
    expect(synth.spoken.map((u) => u.text)).toEqual(['慢。']);
    await vi.runAllTimersAsync();
    expect(done.done).toBe(true);
    expect(voice.status.value.lastError).toMatch(/^azureSpeak: /);
    arrive(new ArrayBuffer(8));
    await flush();
    expect(azure.synth.log.filter((e) => e.startsWith('played:'))).toEqual([]);
  });
});

describe('a touch while Azure is still fetching', () => {
  it('drops the audio that arrives after stop()', async () => {
    let arrive: (audio: ArrayBuffer) => void = () => {};
    FakeAzureUtterance.fetch = () => new Promise((resolve) => (arrive = resolve));
    const azure = fakeAzure({}, FakeAzureUtterance);
    const { synth, voice } = setup({}, azureConfig(), { loadAzure: azure.loadAzure });
    const done = track(voice.speak('请稍等。'));
    await flush();
    expect(azure.synth.spoken.map((u) => u.text)).toEqual(['请稍等。']);
    voice.stop();
    await flush();
    expect(done.done).toBe(true);
    arrive(new ArrayBuffer(8));
    await vi.runAllTimersAsync();
    expect(azure.synth.log.filter((e) => e.startsWith('played:'))).toEqual([]);
    expect(synth.spoken).toEqual([]); // and no fallback after a stop
  });

  it('plays the audio when nobody stopped it', async () => {
    const azure = fakeAzure({}, FakeAzureUtterance);
    const { voice } = setup({}, azureConfig(), { loadAzure: azure.loadAzure });
    void voice.speak('你好。');
    await vi.runAllTimersAsync();
    expect(azure.synth.log).toContain('played:你好。');
  });

  it('says nothing if stopped while the package is loading', async () => {
    let resolveLoad: (m: AzureModule) => void = () => {};
    const azure = fakeAzure();
    const loadAzure = vi.fn(() => new Promise<AzureModule>((r) => (resolveLoad = r)));
    const { synth, voice } = setup({}, azureConfig(), { loadAzure });
    const done = track(voice.speak('一。'));
    voice.stop();
    await flush();
    expect(done.done).toBe(true);
    resolveLoad(azure.module);
    await vi.runAllTimersAsync();
    expect(azure.synth.spoken).toEqual([]);
    expect(synth.spoken).toEqual([]);
  });
});

describe('Azure Speech tokens', () => {
  it('reuses a token until a minute before it ends, then fetches a new one', async () => {
    const azure = fakeAzure();
    const speechToken = fakeTokenServer();
    const { voice } = setup({}, azureConfig(), { loadAzure: azure.loadAzure, speechToken });
    void voice.speak('你好。');
    await vi.runAllTimersAsync();
    const [[{ credentials }]] = azure.module.createSpeechSynthesisPonyfill.mock
      .calls as unknown as [[{ credentials: () => Promise<unknown> }]];
    expect(speechToken).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(8 * 60 * 1000);
    expect(await credentials()).toEqual({ authorizationToken: 'token-1', region: 'eastasia' });
    expect(speechToken).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60 * 1000 + 1);
    expect(await credentials()).toEqual({ authorizationToken: 'token-2', region: 'eastasia' });
    expect(speechToken).toHaveBeenCalledTimes(2);
  });
});

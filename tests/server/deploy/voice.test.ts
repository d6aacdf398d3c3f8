/**
 * The Mandarin voice the deployment guide installs on a kiosk box (espeak-ng, which
 * speech-dispatcher offers to Chromium's speechSynthesis) really speaks: a kiosk prompt rendered
 * to a WAV is PCM audio of a sensible length, and not silence. This machine has no sound card,
 * so the proof is the file, measured.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function espeak(args: string[]) {
  const result = spawnSync('espeak-ng', args, { encoding: 'utf8' });
  if (result.error)
    throw new Error(`espeak-ng is missing (apt-get install espeak-ng): ${result.error.message}`);
  return result;
}

describe('Mandarin voice for kiosk boxes', () => {
  it('espeak-ng has a Mandarin voice', () => {
    const voices = espeak(['--voices=cmn']);
    expect(voices.status).toBe(0);
    expect(voices.stdout).toMatch(/\bcmn\b/);
  });

  it('speaks a kiosk prompt in Mandarin to a WAV that is audible', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nuanxin-voice-'));
    try {
      const wav = join(dir, 'prompt.wav');
      const said = espeak(['-v', 'cmn', '-w', wav, '请触摸屏幕开始']);
      expect(said.status, said.stderr).toBe(0);
      const data = readFileSync(wav);
      expect(data.toString('ascii', 0, 4)).toBe('RIFF');
      expect(data.toString('ascii', 8, 12)).toBe('WAVE');
      const channels = data.readUInt16LE(22);
      const rate = data.readUInt32LE(24);
      const bits = data.readUInt16LE(34);
      expect({ channels, bits }).toEqual({ channels: 1, bits: 16 });
      const count = (data.length - 44) >> 1;
      const seconds = count / rate;
      // Seven syllables: about one to three seconds of speech.
      expect(seconds).toBeGreaterThan(0.8);
      expect(seconds).toBeLessThan(6);
      let sum = 0;
      for (let i = 0; i < count; i++) sum += data.readInt16LE(44 + 2 * i) ** 2;
      const rms = Math.sqrt(sum / count);
      expect(rms, 'the WAV is not silence').toBeGreaterThan(300);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/**
 * The kiosk's first-load words (and the kit showcase's, which adds its own). Imported first by
 * those pages' entries, so these are registered before anything renders: the shell, the kit, the
 * voice, config errors, and help's call words (the Emergency and 呼叫工作人员 screens must work
 * even when nothing else can be fetched). Each flow loaded on demand registers its own areas in
 * its index.ts; the console's areas are never in the kiosk's bundle.
 */
import { config } from './areas/config';
import { configUpdates } from './areas/config-updates';
import { helpCall } from './areas/help-call';
import { kit } from './areas/kit';
import { shell } from './areas/shell';
import { voice } from './areas/voice';
import { registerAreas } from './index';

export const KIOSK_AREAS = {
  config,
  configUpdates,
  help: helpCall,
  kit,
  shell,
  voice,
};
registerAreas(KIOSK_AREAS);

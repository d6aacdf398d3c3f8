/**
 * The kiosk as the draft would make it: its home and "About this centre", landscape and
 * portrait, each a real kiosk page (/?preview=1) in a frame, drawn at full size and scaled down.
 * The kiosk reads the draft from this browser's storage (same origin) instead of the server.
 */
import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import type { ConfigBundle } from '../../shared/config/validate';
import type { Orientation } from '../../shared/config/versions-api';
import { draftFiles } from './draft';

/** Where the kiosk started with ?preview=1 looks for the draft. */
export const PREVIEW_KEY = 'nuanxin.config.preview';

const SIZE: Record<Orientation, { width: number; height: number }> = {
  landscape: { width: 1920, height: 1080 },
  portrait: { width: 1080, height: 1920 },
};
/** Small enough for two frames side by side on the centre's PC, big enough to read headings. */
const SCALE = 0.3;

const SCREENS = [
  { id: 'home', src: '/?preview=1' },
  { id: 'about', src: '/?preview=1#about' },
] as const;

/** Puts the draft where the preview kiosk reads it. */
export function writePreview(files = draftFiles()): void {
  const bundle: ConfigBundle = { version: 'preview', files };
  localStorage.setItem(PREVIEW_KEY, JSON.stringify(bundle));
}

export function Preview() {
  // Each "show" loads the frames again, so they show the draft as it is now.
  const [round, setRound] = useState(0);
  return (
    <section class="settings__group" aria-labelledby="preview-heading">
      <h2 id="preview-heading">{t('settings.preview.title')}</h2>
      <p class="field__hint">{t('settings.preview.hint')}</p>
      <button
        type="button"
        class="button"
        onClick={() => {
          writePreview();
          setRound((n) => n + 1);
        }}
      >
        {round === 0 ? t('settings.preview.show') : t('settings.preview.again')}
      </button>
      {round > 0 && (
        <div class="preview">
          {SCREENS.flatMap((screen) =>
            (['landscape', 'portrait'] as const).map((orientation) => {
              const { width, height } = SIZE[orientation];
              const name = t('settings.preview.frame', {
                screen: t(`settings.preview.screens.${screen.id}`),
                orientation: t(`settings.orientations.${orientation}`),
              });
              return (
                <figure key={`${screen.id}-${orientation}-${round}`} class="preview__figure">
                  {/* A picture of the kiosk, not a second kiosk to operate: inert keeps its
                      screens out of the tab order and out of the page's landmarks. */}
                  <div
                    inert
                    class="preview__viewport"
                    style={{ width: `${width * SCALE}px`, height: `${height * SCALE}px` }}
                  >
                    <iframe
                      src={screen.src}
                      title={name}
                      width={width}
                      height={height}
                      style={{ transform: `scale(${SCALE})` }}
                      data-orientation={orientation}
                    />
                  </div>
                  <figcaption>{name}</figcaption>
                </figure>
              );
            }),
          )}
        </div>
      )}
    </section>
  );
}

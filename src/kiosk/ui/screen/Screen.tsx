import './screen.css';
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { t } from '../../../i18n';
import { Icon } from '../icon/Icon';

/** Props of Screen. */
export interface ScreenProps {
  title: string;
  /** What the voice is saying now, shown as a caption. */
  caption?: string;
  /** Top bar: centre name, Call staff, Emergency (same place on every screen). */
  header?: ComponentChildren;
  /** Bottom bar: Home, Back, Hear again, volume, Text size, Language (same place on every screen). */
  footer?: ComponentChildren;
  children?: ComponentChildren;
}

/** The layout of every screen: fixed top bar, large title, voice caption, body, fixed bottom bar. */
export function Screen({ title, caption, header, footer, children }: ScreenProps) {
  const uid = useId();
  return (
    <div class="screen">
      {header && <header class="screen__header">{header}</header>}
      <main class="screen__main" aria-labelledby={`${uid}-title`}>
        {/* Title and caption share a row when they fit, leaving the height to the body. */}
        <div class="screen__intro">
          <h1 class="screen__title" id={`${uid}-title`}>
            {title}
          </h1>
          {/* Always in the DOM, so screen readers hear every new caption, the first one too. */}
          <p class="screen__caption" aria-live="polite" data-empty={caption ? undefined : ''}>
            {caption && (
              <>
                <Icon name="speaker" />
                <span>{caption}</span>
              </>
            )}
          </p>
        </div>
        <div class="screen__body">{children}</div>
      </main>
      {footer && (
        <nav class="screen__footer" aria-label={t('kit.screen.footerLabel')}>
          {footer}
        </nav>
      )}
    </div>
  );
}

/**
 * The kiosk's page: the built index.html with the attract screen already in it, drawn from the
 * config in force (the kiosk's own AttractScreen, `attract-html.tsx`). A kiosk starting cold (a
 * power cut, an update) shows its first screen as soon as the page arrives (the build writes its
 * stylesheets into it: src/tools/inline-first-styles.ts), instead of a blank screen until its
 * code has loaded and run; the code then draws over it. The page is
 * rendered once per config version and build, and a page that cannot be rendered (no valid
 * config yet, a failed render) is the built index.html as it is: the kiosk draws everything then.
 */
import { readFile, stat } from 'node:fs/promises';
import { register } from 'node:module';
import { resolve } from 'node:path';
import type { Context, Next } from 'hono';
import type { CentreKioskConfig } from '../../shared/config/schema';
import type { ConfigStore } from '../config/config-store';
import { describeError, jsonLogger, type Logger } from './log';

/**
 * Plain Node (npm start) cannot import the components' stylesheets; the server needs only their
 * markup, so each stylesheet imports as an empty module. (Vitest handles stylesheets itself.)
 */
const STYLESHEETS_AS_EMPTY = `data:text/javascript,${encodeURIComponent(
  'export async function load(url, context, next) {' +
    " return url.endsWith('.css') ? { format: 'module', source: '', shortCircuit: true } : next(url, context); }",
)}`;
let stylesheetsHandled = false;
function handleStylesheets(): void {
  if (stylesheetsHandled || process.env.VITEST) return;
  stylesheetsHandled = true;
  register(STYLESHEETS_AS_EMPTY);
}

/**
 * The kiosk's component, imported by a path the server's compile does not follow: the server is
 * type-checked as Node code, without the kiosk's JSX and DOM types (the kiosk's compile checks it).
 */
const ATTRACT_HTML = '../../kiosk/flows/attract/attract-html.tsx';
interface AttractHtmlModule {
  attractHtml(config: CentreKioskConfig): Promise<{ lang: string; html: string }>;
}

const APP_ROOT = '<div id="app"></div>';

export function kioskPage(distDir: string, config: ConfigStore, log: Logger = jsonLogger) {
  const file = resolve(distDir, 'index.html');
  let kept: { key: string; page: string } | undefined;

  async function render(built: string): Promise<string> {
    await config.ready();
    const current = config.current()?.config;
    if (!current || !built.includes(APP_ROOT)) return built;
    handleStylesheets();
    const { attractHtml } = (await import(ATTRACT_HTML)) as AttractHtmlModule;
    const { lang, html } = await attractHtml(current);
    return built
      .replace(APP_ROOT, `<div id="app">${html}</div>`)
      .replace(/<html lang="[^"]*"/, `<html lang="${lang}"`);
  }

  return async (c: Context, next: Next) => {
    // No build yet: the server's other answers (a 404) apply.
    const onDisk = await stat(file).catch(() => null);
    if (!onDisk) return next();
    // The built file is read again only when it or the config in force has changed.
    const key = `${config.current()?.row.hash ?? ''} ${onDisk.mtimeMs}`;
    if (kept?.key !== key) {
      const built = await readFile(file, 'utf8');
      let page = built;
      try {
        page = await render(built);
      } catch (error) {
        log({
          level: 'error',
          msg: 'kiosk page: the attract screen was not drawn in',
          ...describeError(error),
        });
      }
      kept = { key, page };
    }
    return c.html(kept.page);
  };
}

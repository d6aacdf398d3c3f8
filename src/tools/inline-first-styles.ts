/**
 * The kiosk page's stylesheets, written into the page (`npm run build`, by the first-load chunk
 * plugin). The page's first paint is the attract screen the centre server drew into it
 * (src/server/http/kiosk-page.ts), and two linked stylesheets held that paint back by a round trip
 * each: Lighthouse put it at 85 ms of the kiosk screen's LCP on a low-end box. Inline, the screen
 * paints as soon as the page has arrived. The page is precached by the service worker like the
 * files were, so offline is unchanged; the 18 KB (6.6 KB gzip) come with the page instead.
 *
 * Each inlined sheet leaves a `disabled` link to its file behind: a disabled stylesheet is neither
 * fetched nor applied, but Vite's loader for lazy chunks, which fetches a chunk's CSS unless a
 * stylesheet link to it is already in the page, finds it there and does not fetch and apply the
 * same rules a second time. (Were that loader to change, the cost would be one needless fetch.)
 *
 * The page's Content-Security-Policy allows the inline sheets by their hashes
 * (src/server/http/inline-styles.ts); nothing else inline is allowed.
 */

const STYLESHEET = /<link rel="stylesheet" crossorigin href="\/(assets\/[^"]+\.css)">/g;

/**
 * `html` with each of its stylesheets (those `cssOf` knows) in a `<style>` element, a disabled
 * link to the file beside it.
 */
export function inlineFirstStyles(html: string, cssOf: (file: string) => string | undefined) {
  return html.replace(STYLESHEET, (tag, file: string) => {
    const css = cssOf(file)?.trim();
    // A sheet that could close its own element is left linked (a minified sheet never is).
    if (!css || /<\/style/i.test(css)) return tag;
    return `<style>${css}</style>\n    <link rel="stylesheet" crossorigin href="/${file}" disabled>`;
  });
}

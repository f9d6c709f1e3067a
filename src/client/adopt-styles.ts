/**
 * Adds the rules a script loaded on first use carries (its stylesheet, imported with `?inline`) to
 * the page. A constructed sheet is the script's own, which the page's `style-src 'self'` does not
 * forbid as it does a `<style>` element; the page's own stylesheet stays free of rules it may never
 * need.
 */
export function adoptStyles(css: string): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

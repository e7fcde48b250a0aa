/**
 * HTML escaping for the HTML report: every string from an article, a sidecar or a note goes
 * through here before it reaches the page.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * `text` safe as HTML text and as a double- or single-quoted attribute value: `& < > " '`
 * become entities. Control characters other than tab and line breaks (which HTML would
 * refuse or show as boxes) become U+FFFD.
 */
export function escapeHtml(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] as string).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\uFFFD');
}

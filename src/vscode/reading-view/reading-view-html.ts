/**
 * The reading view's HTML shell: a strict Content Security Policy, one stylesheet and one
 * script from the extension's media folder, and empty containers the script fills from data
 * messages. Pure: given the webview's `cspSource` and the resources' webview URIs.
 */

/** What the shell needs. */
export interface ReadingViewHtmlInput {
  /** `webview.cspSource`. */
  readonly cspSource: string;
  /** A fresh random nonce (base64 or hex, no quotes). */
  readonly nonce: string;
  /** `webview.asWebviewUri(...)` of media/reading-view/reading-view.js and .css, as strings. */
  readonly scriptUri: string;
  readonly styleUri: string;
  /** The UI language (`vscode.env.language`) for the chrome; paragraphs carry their own `lang`. */
  readonly uiLanguage: string;
  /** The panel's accessible name (the article's file name). */
  readonly title: string;
}

/** Escapes text for an HTML attribute or text node. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The Content Security Policy: nothing by default; only the nonce'd script; styles and fonts
 * only from the extension (no inline styles, no `style` attributes); no images, frames,
 * connections or forms.
 */
export function readingViewCsp(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${cspSource}`,
    `font-src ${cspSource}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The HTML document of the panel. */
export function readingViewHtml(input: ReadingViewHtmlInput): string {
  const a = escapeHtml;
  return `<!DOCTYPE html>
<html lang="${a(input.uiLanguage)}" dir="${/^(ar|he|fa|ur)\b/.test(input.uiLanguage) ? 'rtl' : 'ltr'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${a(readingViewCsp(input.cspSource, input.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${a(input.styleUri)}">
<title>${a(input.title)}</title>
</head>
<body>
<main id="article" class="article" aria-label="${a(input.title)}" aria-busy="true"></main>
<div id="card" class="card" role="tooltip" hidden></div>
<script nonce="${a(input.nonce)}" src="${a(input.scriptUri)}"></script>
</body>
</html>
`;
}

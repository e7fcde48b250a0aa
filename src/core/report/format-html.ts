/**
 * The HTML report: one self-contained file. No script, no external resource: a Content
 * Security Policy meta tag (`default-src 'none'; style-src 'unsafe-inline'`) forbids loading or
 * running anything, and every string from an article, a sidecar or a note is escaped
 * ({@link escapeHtml}). Arabic articles and paragraphs are `dir="rtl" lang="ar"`; the article
 * text is shown with its annotations highlighted in the editor's default colours
 * ({@link REPORT_COLORS}); inline SVG charts; print CSS for printing to PDF.
 */
import type { Language } from '../analysis/types';
import { escapeHtml } from './escape-html';
import { REPORT_COLORS, type ReportColorId } from './report-colors';
import type { ArticleReport, ReportItem, ReportParagraph, WorkspaceReport } from './report-types';
import { anchorNote, attribution, headlineParts, languageName, percent, plural } from './report-wording';
import { anonymousShareChart, IDENTITY_FILL, sourceMixChart } from './svg-charts';

/** The CSP of the report page: nothing may load or run; inline styles only. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'";

/** Renders `report` as one HTML document. */
export function formatHtml(report: WorkspaceReport): string {
  const out: string[] = [];
  out.push(
    '<!DOCTYPE html>',
    '<html lang="en" dir="ltr">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="News Annotator">',
    `<title>${escapeHtml(`Annotation report: ${report.title}`)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
  );
  const t = report.totals;
  out.push('<header class="report-head">', `<h1>Annotation report: <bdi>${escapeHtml(report.title)}</bdi></h1>`);
  out.push(
    `<p class="meta">Generated ${escapeHtml(report.generated)} · ${plural(t.articles, 'article')} · ${plural(t.annotations, 'annotation')}` +
      (t.findings > 0 ? ` · ${plural(t.findings, 'automatic finding')} (not confirmed)` : '') +
      ` · ${plural(t.orphans, 'orphaned annotation')}</p>`,
  );
  out.push(KEY, '</header>');
  if (report.articles.length > 1) workspaceSection(report, out);
  report.articles.forEach((a, i) => articleSection(a, i + 1, out));
  out.push('</body>', '</html>', '');
  return out.join('\n');
}

function workspaceSection(report: WorkspaceReport, out: string[]): void {
  const t = report.totals;
  out.push('<section class="workspace">', '<h2>Workspace</h2>');
  out.push(
    `<p>${plural(t.sources, 'source')}, ${plural(t.quotes, 'quote')}, ${plural(t.claims, 'claim')}, ${plural(t.notes, 'annotation')} with notes; ` +
      `${plural(t.mix.total, 'quoted word')}, ${percent(t.anonymousShare)} of them from anonymous and vague sources.</p>`,
  );
  const chart = anonymousShareChart(report, 'ws-chart-title');
  if (chart) {
    out.push('<figure>', `<figcaption id="ws-chart-title">Share of quoted words from anonymous and vague sources, per article</figcaption>`, chart, '</figure>');
  }
  out.push('<h3>Articles ranked by anonymous and vague quoted words</h3>');
  out.push('<table><thead><tr><th>#</th><th>Article</th><th>Anonymous + vague</th><th>Quoted words</th></tr></thead><tbody>');
  const indexOf = new Map(report.articles.map((a, i) => [a.path, i + 1]));
  report.ranking.forEach((r, i) => {
    out.push(
      `<tr><td class="num">${i + 1}</td><td><a href="#article-${indexOf.get(r.path) ?? 0}" dir="auto">${escapeHtml(r.title)}</a> <span class="path">${escapeHtml(r.path)}</span></td>` +
        `<td class="num">${percent(r.share)}</td><td class="num">${r.quotedWords}</td></tr>`,
    );
  });
  out.push('</tbody></table>');
  out.push('<h3>Sources in more than one article</h3>');
  if (report.recurring.length === 0) out.push('<p>None.</p>');
  else {
    out.push('<table><thead><tr><th>Source</th><th>Identity</th><th>Articles</th></tr></thead><tbody>');
    for (const r of report.recurring) {
      const where = r.articles.map((a) => `<a href="#a${indexOf.get(a.path) ?? 0}-${escapeHtml(a.id)}">${escapeHtml(a.path)}</a> (${plural(a.quotes, 'quote')})`).join(', ');
      out.push(`<tr><td dir="auto">${escapeHtml(r.label)}</td><td>${badge(r.identity)}</td><td>${where}</td></tr>`);
    }
    out.push('</tbody></table>');
  }
  out.push('</section>');
}

function articleSection(a: ArticleReport, n: number, out: string[]): void {
  const { lang, dir } = langDir(a.language);
  out.push(`<article id="article-${n}" lang="${lang}" dir="${dir}">`);
  out.push(`<h2>${escapeHtml(a.title)}</h2>`);
  const findings = a.items.filter((i) => i.origin === 'finding').length;
  out.push(
    `<p class="meta" lang="en" dir="ltr"><span class="path">${escapeHtml(a.path)}</span> · ${languageName(a.language)} · ${plural(a.items.length - findings, 'annotation')}` +
      (a.includesFindings ? ` · ${plural(findings, 'automatic finding')} (dashed outline)` : '') +
      (a.orphans.length > 0 ? ` · <strong class="warn">${plural(a.orphans.length, 'orphaned annotation')}</strong>` : '') +
      '</p>',
  );
  const line = headlineParts(a);
  if (line) {
    const label = line.label === null ? '' : `“<bdi>${escapeHtml(line.label)}</bdi>”`;
    out.push(`<p class="headline" lang="en" dir="ltr">${escapeHtml(line.before)}${label}${escapeHtml(line.after)}</p>`);
  }
  const chart = sourceMixChart(a, `chart-${n}-title`);
  if (chart) out.push('<figure lang="en" dir="ltr">', `<figcaption id="chart-${n}-title">Source mix: quoted words by source</figcaption>`, chart, '</figure>');

  out.push('<section class="text">', '<h3 lang="en">Article text</h3>');
  for (const p of a.paragraphs) out.push(paragraphHtml(a, p, n));
  out.push('</section>');

  out.push('<section class="tables" lang="en" dir="ltr">');
  out.push('<h3>Sources</h3>');
  if (a.sources.length === 0) out.push('<p>No sources annotated.</p>');
  else {
    out.push('<table><thead><tr><th>Source</th><th>Identity</th><th>Quotes</th><th>Quoted words</th><th>Share</th><th>Claims</th></tr></thead><tbody>');
    for (const s of a.sources) {
      const role = s.role !== undefined ? `<div class="role" dir="auto">${escapeHtml(s.role)}</div>` : '';
      out.push(
        `<tr${s.origin === 'finding' ? ' class="finding-row"' : ''}><td><a href="#a${n}-${escapeHtml(s.id)}" dir="auto">${escapeHtml(s.label)}</a>${role}${s.origin === 'finding' ? ' <span class="tag">finding</span>' : ''}</td>` +
          `<td>${badge(s.identity)}</td><td class="num">${s.quotes}</td><td class="num">${s.quotedWords}</td><td class="num">${percent(s.share)}</td><td class="num">${s.claims}</td></tr>`,
      );
    }
    out.push('</tbody></table>');
  }

  out.push('<h3>Quotes</h3>');
  if (a.quotes.length === 0) out.push('<p>No quotes annotated.</p>');
  else {
    out.push('<table><thead><tr><th>#</th><th>Quote</th><th>Speaker</th><th>Kind</th><th>Words</th><th>Status</th></tr></thead><tbody>');
    a.quotes.forEach((q, i) => {
      out.push(
        `<tr${rowClass(q)}><td class="num">${i + 1}</td><td>${itemLink(q, n)}${flagsHtml(q)}</td><td dir="auto">${escapeHtml(attribution(q, 'no speaker given'))}</td>` +
          `<td>${q.direct === false ? 'reported' : 'direct'}</td><td class="num">${q.words}</td><td>${status(q)}</td></tr>`,
      );
    });
    out.push('</tbody></table>');
  }

  out.push('<h3>Claims</h3>');
  if (a.claims.length === 0) out.push('<p>No claims annotated.</p>');
  else {
    out.push('<table><thead><tr><th>#</th><th>Claim</th><th>Source</th><th>Status</th></tr></thead><tbody>');
    a.claims.forEach((c, i) => {
      out.push(
        `<tr${rowClass(c)}><td class="num">${i + 1}</td><td>${itemLink(c, n)}${flagsHtml(c)}</td>` +
          `<td dir="auto">${escapeHtml(attribution(c, 'none given (the article’s own voice)'))}</td><td>${status(c)}</td></tr>`,
      );
    });
    out.push('</tbody></table>');
  }

  out.push('<h3>Notes</h3>');
  if (a.notes.length === 0) out.push('<p>No notes.</p>');
  for (const item of a.notes) {
    out.push('<div class="note">');
    out.push(`<p class="note-on">${escapeHtml(item.kind)} ${itemLink(item, n)}${flagsHtml(item)}${byline(item.author, item.modified ?? item.created)}</p>`);
    if (item.note !== undefined) out.push(`<p class="note-body" dir="auto">${multiline(item.note)}</p>`);
    for (const r of item.replies) {
      out.push(`<div class="reply"><p class="note-on">Reply${byline(r.author, r.modified ?? r.created)}</p><p class="note-body" dir="auto">${multiline(r.body)}</p></div>`);
    }
    out.push('</div>');
  }

  if (a.orphans.length > 0) {
    out.push('<h3 class="warn">Orphaned annotations</h3>', '<p>Their words are no longer in the article; re-anchor or delete them in the sidecar.</p>', '<ul>');
    for (const o of a.orphans) out.push(`<li>${escapeHtml(o.kind)} <code>${escapeHtml(o.id)}</code>: <q dir="auto">${escapeHtml(o.text)}</q></li>`);
    out.push('</ul>');
  }
  out.push('</section>', '</article>');
}

/**
 * One paragraph with its highlights. The paragraph is cut at every annotation boundary; each
 * piece is wrapped in one `<mark>` carrying the classes of every annotation covering it, so
 * overlapping annotations (a source inside a quote inside a claim) all show.
 */
function paragraphHtml(a: ArticleReport, p: ReportParagraph, n: number): string {
  const { lang, dir } = langDir(p.language);
  const items = a.items.filter((i): i is ReportItem & { start: number; end: number } => i.start !== null && i.end !== null && i.start < p.end && i.end > p.start && i.end > i.start);
  const cuts = new Set<number>([p.start, p.end]);
  for (const i of items) {
    cuts.add(Math.max(p.start, i.start));
    cuts.add(Math.min(p.end, i.end));
  }
  const points = [...cuts].sort((x, y) => x - y);
  const opened = new Set<string>();
  let html = '';
  for (let k = 0; k + 1 < points.length; k++) {
    const s = points[k] as number;
    const e = points[k + 1] as number;
    const piece = multiline(a.text.slice(s, e));
    const covering = items.filter((i) => i.start <= s && i.end >= e);
    if (covering.length === 0) {
      html += piece;
      continue;
    }
    const classes = new Set<string>();
    const titles: string[] = [];
    let anchor = '';
    for (const i of covering) {
      for (const c of classesOf(i)) classes.add(c);
      titles.push(titleOf(i));
      if (!opened.has(i.id) && i.start === s) {
        opened.add(i.id);
        if (!anchor) anchor = ` id="a${n}-${escapeHtml(i.id)}"`;
        else html += `<span id="a${n}-${escapeHtml(i.id)}"></span>`;
      }
    }
    html += `<mark${anchor} class="${[...classes].join(' ')}" title="${escapeHtml(titles.join('\n'))}">${piece}</mark>`;
  }
  return `<p lang="${lang}" dir="${dir}">${html}</p>`;
}

function classesOf(i: ReportItem): string[] {
  const c = [`k-${i.kind}`];
  if (i.kind === 'source') c.push(`i-${i.identity ?? 'named'}`);
  if (i.kind === 'quote') {
    c.push(i.direct === false ? 'q-reported' : 'q-direct');
    if (i.sourceIdentity === 'anonymous') c.push('q-anonymous');
  }
  if (i.origin === 'finding') c.push('finding');
  if (i.note !== undefined || i.replies.length > 0) c.push('has-note');
  return c;
}

function titleOf(i: ReportItem): string {
  const parts: string[] = [i.origin === 'finding' ? `${i.kind} (automatic finding)` : i.kind];
  if (i.kind === 'source' && i.identity) parts.push(i.identity);
  if (i.kind === 'quote') parts.push(`speaker: ${attribution(i, 'none given')}`);
  if (i.kind === 'claim') parts.push(`source: ${attribution(i, 'none given')}`, i.status);
  if (i.note !== undefined) parts.push(`note: ${i.note}`);
  return parts.join(' · ');
}

function itemLink(i: ReportItem, n: number): string {
  const words = `<q dir="auto">${escapeHtml(i.text)}</q>`;
  return i.start === null ? words : `<a href="#a${n}-${escapeHtml(i.id)}">${words}</a>`;
}

function rowClass(i: ReportItem): string {
  const c = [i.origin === 'finding' ? 'finding-row' : '', i.anchor === 'orphaned' ? 'orphan-row' : ''].filter(Boolean);
  return c.length > 0 ? ` class="${c.join(' ')}"` : '';
}

function flagsHtml(i: ReportItem): string {
  let out = '';
  if (i.origin === 'finding') out += ' <span class="tag">finding</span>';
  const where = anchorNote(i);
  if (where) out += ` <span class="tag${i.anchor === 'orphaned' ? ' warn' : ''}">${escapeHtml(where)}</span>`;
  return out;
}

function status(i: ReportItem): string {
  return `<span class="status s-${i.status}">${i.status}</span>`;
}

function badge(identity: string): string {
  return `<span class="badge b-${escapeHtml(identity)}">${escapeHtml(identity)}</span>`;
}

function byline(author: string | undefined, date: string | undefined): string {
  const parts = [author, date].filter((p): p is string => p !== undefined);
  return parts.length > 0 ? ` <span class="byline">— ${escapeHtml(parts.join(', '))}</span>` : '';
}

function multiline(text: string): string {
  return escapeHtml(text).replace(/\r\n|\r|\n|\u2028|\u2029/g, '<br>');
}

function langDir(language: Language): { lang: string; dir: 'rtl' | 'ltr' } {
  if (language === 'ar') return { lang: 'ar', dir: 'rtl' };
  if (language === 'en' || language === 'fr') return { lang: language, dir: 'ltr' };
  return { lang: 'und', dir: 'ltr' };
}

function color(id: ReportColorId, theme: 'light' | 'dark'): string {
  return REPORT_COLORS[id][theme];
}

function colorVariables(theme: 'light' | 'dark'): string {
  return (Object.keys(REPORT_COLORS) as ReportColorId[]).map((id) => `--${id}:${color(id, theme)};`).join('');
}

const KEY =
  '<p class="key" lang="en">Key: <mark class="k-source i-named">named source</mark> <mark class="k-source i-vague">vague source</mark> ' +
  '<mark class="k-source i-anonymous">anonymous source</mark> <mark class="k-quote q-direct">direct quote</mark> ' +
  '<mark class="k-quote q-reported">reported speech</mark> <mark class="k-quote q-direct q-anonymous">quote from an anonymous source</mark> ' +
  '<mark class="k-claim">claim</mark> <mark class="k-note">note</mark> <mark class="k-claim finding">automatic finding</mark></p>';

const STYLE = `
:root{${colorVariables('light')}--fg:#1f1f1f;--muted:#5f5f5f;--bg:#ffffff;--rule:#d0d0d0;--head:#f3f3f3;color-scheme:light dark}
@media (prefers-color-scheme: dark){:root{${colorVariables('dark')}--fg:#e6e6e6;--muted:#a8a8a8;--bg:#1e1e1e;--rule:#444;--head:#2a2a2a}}
*{box-sizing:border-box}
body{margin:0 auto;max-width:60rem;padding:1.5rem;font:15px/1.6 system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Naskh Arabic","Noto Sans Arabic",Tahoma,sans-serif;color:var(--fg);background:var(--bg)}
h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.35rem;margin:2rem 0 .25rem;border-bottom:2px solid var(--rule)}h3{font-size:1.05rem;margin:1.4rem 0 .4rem}
.meta,.path,.byline,.role{color:var(--muted);font-size:.9em}
.path{font-family:ui-monospace,Menlo,Consolas,monospace;unicode-bidi:isolate;direction:ltr}
.headline{font-weight:600;font-size:1.05rem;padding:.5rem .75rem;border-inline-start:4px solid ${IDENTITY_FILL.anonymous};background:var(--head)}
.key{font-size:.85rem;line-height:2.1}
figure{margin:.75rem 0}figcaption{font-size:.85rem;color:var(--muted)}
svg.chart{max-width:100%;height:auto;fill:var(--fg)}
.text p{margin:.6rem 0;line-height:2}
[dir=rtl] .text p,.text p[dir=rtl]{font-size:1.08em}
mark{color:inherit;background:none;border-radius:2px;padding:0 1px}
mark.k-claim{text-decoration:underline dashed var(--claimUnderline);text-decoration-thickness:1.5px;text-underline-offset:5px}
mark.k-quote.q-direct{background:var(--directQuoteBackground)}
mark.k-quote.q-reported{border-bottom:2px dotted var(--indirectQuoteUnderline)}
mark.k-quote.q-anonymous{background:var(--anonymousQuoteBackground);border-bottom:2px solid var(--anonymousQuoteBorder)}
mark.k-source.i-named{background:var(--namedSourceBackground)}
mark.k-source.i-vague{background:var(--vagueSourceBackground);outline:1px dotted var(--vagueSourceBorder)}
mark.k-source.i-anonymous{background:var(--anonymousSourceBackground);outline:1px solid var(--anonymousSourceBorder)}
mark.k-note{outline:1px dashed var(--muted)}
mark.has-note{box-shadow:inset 0 -1px 0 var(--muted)}
mark.finding{outline:1px dashed var(--muted);outline-offset:1px}
table{border-collapse:collapse;width:100%;margin:.4rem 0 1rem;font-size:.92rem}
th,td{border:1px solid var(--rule);padding:.3rem .5rem;text-align:start;vertical-align:top}
th{background:var(--head)}
td.num{text-align:end;font-variant-numeric:tabular-nums;white-space:nowrap}
q{quotes:"“" "”"}
a{color:inherit}
.badge{display:inline-block;padding:0 .4rem;border-radius:.6rem;font-size:.8rem;color:#fff;background:${IDENTITY_FILL.named}}
.badge.b-vague{background:${IDENTITY_FILL.vague}}.badge.b-anonymous{background:var(--anonymousBadgeBackground);color:var(--anonymousBadgeForeground)}
.tag{display:inline-block;padding:0 .35rem;border:1px solid var(--rule);border-radius:.3rem;font-size:.75rem;color:var(--muted)}
.warn{color:${IDENTITY_FILL.anonymous}}.tag.warn{border-color:${IDENTITY_FILL.anonymous}}
.status{font-size:.85rem}.s-verified{color:#10893e}.s-false,.s-misleading,.s-disputed{color:${IDENTITY_FILL.anonymous};font-weight:600}
.finding-row td{font-style:italic}.orphan-row td{background:var(--anonymousQuoteBackground)}
.note{border-inline-start:3px solid var(--rule);padding:.1rem .75rem;margin:.5rem 0}
.note p{margin:.2rem 0}.note-body{white-space:normal}
.reply{margin-inline-start:1.25rem;border-inline-start:2px solid var(--rule);padding-inline-start:.6rem}
@media print{
:root{${colorVariables('light')}--fg:#000;--muted:#444;--bg:#fff;--rule:#999;--head:#eee}
body{max-width:none;padding:0;font-size:10.5pt}
article+article,.workspace~article{break-before:page}
h2,h3{break-after:avoid}
tr,.note,figure{break-inside:avoid}
mark,.badge,.headline,th,.orphan-row td{-webkit-print-color-adjust:exact;print-color-adjust:exact}
a{text-decoration:none}
}
`
  .trim()
  .replace(/\n/g, '');

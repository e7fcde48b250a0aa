/**
 * The Markdown report: readable as plain text (short lines of prose, simple pipe tables) and
 * in VS Code's Markdown preview. Text from articles and notes is escaped so that it cannot
 * become markup (a link, an HTML tag, a table cell break).
 */
import type { ArticleReport, ReportItem, WorkspaceReport } from './report-types';
import { anchorNote, attribution, headline, identityName, languageName, percent, plural } from './report-wording';

/** Renders `report` as Markdown (LF line endings, a final newline). */
export function formatMarkdown(report: WorkspaceReport): string {
  const out: string[] = [];
  const t = report.totals;
  out.push(`# Annotation report: ${inline(report.title)}`, '');
  out.push(
    `Generated ${report.generated}. ${plural(t.articles, 'article')}, ${plural(t.annotations, 'annotation')}` +
      (t.findings > 0 ? `, ${plural(t.findings, 'automatic finding')} (not confirmed by an analyst)` : '') +
      `, ${plural(t.orphans, 'orphaned annotation')}.`,
    '',
  );
  if (report.articles.length > 1) workspaceSections(report, out);
  for (const article of report.articles) articleSection(article, report.articles.length > 1, out);
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

function workspaceSections(report: WorkspaceReport, out: string[]): void {
  const t = report.totals;
  out.push('## Totals', '');
  out.push(
    `- ${plural(t.sources, 'source')}, ${plural(t.quotes, 'quote')}, ${plural(t.claims, 'claim')}, ${plural(t.notes, 'annotation')} with notes`,
    `- ${plural(t.mix.total, 'quoted word')}: ${percent(share(t.mix.named, t.mix.total))} from named sources, ` +
      `${percent(share(t.mix.vague, t.mix.total))} vague, ${percent(share(t.mix.anonymous, t.mix.total))} anonymous, ` +
      `${percent(share(t.mix.unattributed, t.mix.total))} unattributed`,
    '',
  );
  out.push('## Articles by share of quoted words from anonymous and vague sources', '');
  out.push('| Rank | Article | Anonymous + vague | Quoted words |', '| ---: | --- | ---: | ---: |');
  report.ranking.forEach((r, i) => out.push(`| ${i + 1} | ${cell(r.title)} (${cell(r.path)}) | ${percent(r.share)} | ${r.quotedWords} |`));
  out.push('');
  out.push('## Sources in more than one article', '');
  if (report.recurring.length === 0) out.push('None.');
  for (const r of report.recurring) {
    const where = r.articles.map((a) => `${inline(a.path)} (${plural(a.quotes, 'quote')})`).join(', ');
    out.push(`- **${inline(r.label)}** (${r.identity}), in ${plural(r.articles.length, 'article')}: ${where}`);
  }
  out.push('');
}

function articleSection(a: ArticleReport, many: boolean, out: string[]): void {
  const h = many ? '##' : '##';
  out.push(`${h} ${inline(a.title)}`, '');
  const findings = a.items.filter((i) => i.origin === 'finding').length;
  out.push(
    `File ${inline(a.path)}, ${languageName(a.language)}. ${plural(a.items.length - findings, 'annotation')}` +
      (a.includesFindings ? `, ${plural(findings, 'automatic finding')} (marked “finding”)` : '') +
      (a.orphans.length > 0 ? `, **${plural(a.orphans.length, 'orphaned annotation')}**` : '') +
      '.',
    '',
  );
  const line = headline(a);
  if (line) out.push(`**${inline(line)}**`, '');
  if (a.mix.total > 0) {
    out.push(
      `Quoted words: ${a.mix.total}; ${percent(share(a.mix.named, a.mix.total))} named, ${percent(share(a.mix.vague, a.mix.total))} vague, ` +
        `${percent(share(a.mix.anonymous, a.mix.total))} anonymous, ${percent(share(a.mix.unattributed, a.mix.total))} unattributed ` +
        `(anonymous + vague: ${percent(a.anonymousShare)}).`,
      '',
    );
  }

  out.push(`${h}# Sources`, '');
  if (a.sources.length === 0) out.push('No sources annotated.');
  else {
    out.push('| Source | Identity | Quotes | Quoted words | Share | Claims |', '| --- | --- | ---: | ---: | ---: | ---: |');
    for (const s of a.sources) {
      const role = s.role !== undefined ? ` — ${cell(s.role)}` : '';
      const mark = s.origin === 'finding' ? ' *(finding)*' : '';
      out.push(`| ${cell(s.label)}${role}${mark} | ${s.identity} | ${s.quotes} | ${s.quotedWords} | ${percent(s.share)} | ${s.claims} |`);
    }
  }
  out.push('');

  out.push(`${h}# Quotes`, '');
  if (a.quotes.length === 0) out.push('No quotes annotated.');
  a.quotes.forEach((q, i) => {
    const how = q.direct === false ? 'reported' : 'direct';
    out.push(`${i + 1}. “${inline(q.text)}” — ${inline(attribution(q, 'no speaker given'))}; ${how}, ${plural(q.words, 'word')}, ${q.status}${flags(q)}`);
  });
  out.push('');

  out.push(`${h}# Claims`, '');
  if (a.claims.length === 0) out.push('No claims annotated.');
  a.claims.forEach((c, i) => {
    out.push(`${i + 1}. “${inline(c.text)}” — source: ${inline(attribution(c, 'none given (the article’s own voice)'))}; **${c.status}**${flags(c)}`);
  });
  out.push('');

  out.push(`${h}# Notes`, '');
  if (a.notes.length === 0) out.push('No notes.');
  for (const n of a.notes) {
    out.push(`- ${n.kind} ${inline(n.id)} on “${inline(clip(n.text))}”${flags(n)}${byline(n.author, n.modified ?? n.created)}:${n.note !== undefined ? ' ' + inline(n.note) : ''}`);
    for (const r of n.replies) out.push(`  - reply${byline(r.author, r.modified ?? r.created)}: ${inline(r.body)}`);
  }
  out.push('');

  if (a.orphans.length > 0) {
    out.push(`${h}# Orphaned annotations`, '');
    out.push('Their words are no longer in the article; re-anchor or delete them in the sidecar.', '');
    for (const o of a.orphans) out.push(`- ${o.kind} ${inline(o.id)}: “${inline(o.text)}”`);
    out.push('');
  }
}

function flags(item: ReportItem): string {
  const parts: string[] = [];
  if (item.origin === 'finding') parts.push('automatic finding, not confirmed');
  const where = anchorNote(item);
  if (where) parts.push(where);
  if (item.kind === 'source' && item.identity) parts.push(identityName(item.identity));
  return parts.length > 0 ? ` (${parts.join('; ')})` : '';
}

function byline(author: string | undefined, date: string | undefined): string {
  const parts = [author, date].filter((p): p is string => p !== undefined).map(inline);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

function share(part: number, total: number): number {
  return total > 0 ? part / total : 0;
}

function clip(text: string): string {
  const chars = [...text];
  return chars.length > 60 ? chars.slice(0, 59).join('') + '…' : text;
}

/**
 * Text on one line with Markdown's punctuation escaped (CommonMark backslash escapes), so it
 * stays text: no emphasis, link, HTML, heading or list marker can come out of an article or a
 * note.
 */
function inline(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[\\`*_[\]<>#|~!&]/g, (c) => '\\' + c);
}

/** {@link inline}, for a table cell (the pipe is escaped there too). */
function cell(text: string): string {
  return inline(text);
}

/**
 * The HTML report's inline SVG charts: an article's source mix (quoted words per source,
 * coloured by identity, under one stacked bar of the whole mix) and, for a workspace, the
 * anonymous + vague share of each article. Plain SVG text, no script, no external resource.
 */
import type { Identity } from '../analysis/types';
import { escapeHtml } from './escape-html';
import type { ArticleReport, WorkspaceReport } from './report-types';
import { percent } from './report-wording';

/** Solid bar colours by identity: the editor's light-theme border colours (report-colors.ts). */
export const IDENTITY_FILL: Record<Identity | 'unattributed', string> = {
  named: '#0066cc',
  vague: '#b06d00',
  anonymous: '#c50f1f',
  unattributed: '#6e6e6e',
};

const WIDTH = 780;
const LABEL_WIDTH = 230;
const BAR_WIDTH = 300;
const ROW = 24;
/** Rows shown in one chart; the tables below list everything. */
export const MAX_CHART_ROWS = 30;
const LABEL_CHARS = 34;

/** The source-mix chart of `article`, or `''` when nothing is quoted. */
export function sourceMixChart(article: ArticleReport, labelId: string): string {
  const mix = article.mix;
  if (mix.total === 0) return '';
  const rows = article.sources.filter((s) => s.quotedWords > 0).slice(0, MAX_CHART_ROWS);
  const extra: { label: string; identity: Identity | 'unattributed'; words: number }[] = rows.map((s) => ({
    label: s.label,
    identity: s.identity,
    words: s.quotedWords,
  }));
  if (mix.unattributed > 0) extra.push({ label: 'no speaker given', identity: 'unattributed', words: mix.unattributed });
  const height = ROW * (extra.length + 2) + 8;
  const parts: string[] = [];
  parts.push(svgOpen(height, labelId));
  // the whole mix as one stacked bar
  let x = LABEL_WIDTH;
  parts.push(text(LABEL_WIDTH - 8, ROW - 7, 'All quoted words', 'end', true));
  for (const key of ['named', 'vague', 'anonymous', 'unattributed'] as const) {
    const w = (mix[key] / mix.total) * BAR_WIDTH;
    if (w > 0) {
      parts.push(`<rect x="${fix(x)}" y="6" width="${fix(w)}" height="${ROW - 10}" fill="${IDENTITY_FILL[key]}"><title>${key}: ${mix[key]} words (${percent(mix[key] / mix.total)})</title></rect>`);
    }
    x += w;
  }
  parts.push(text(LABEL_WIDTH + BAR_WIDTH + 8, ROW - 7, `${mix.total} words`, 'start'));
  const max = Math.max(...extra.map((r) => r.words));
  extra.forEach((r, i) => {
    const y = ROW * (i + 1) + 10;
    const w = Math.max(1, (r.words / max) * BAR_WIDTH);
    parts.push(text(LABEL_WIDTH - 8, y + ROW - 11, clip(r.label), 'end'));
    parts.push(`<rect x="${LABEL_WIDTH}" y="${y + 4}" width="${fix(w)}" height="${ROW - 10}" fill="${IDENTITY_FILL[r.identity]}"><title>${escapeHtml(r.label)}: ${r.words} words</title></rect>`);
    parts.push(text(LABEL_WIDTH + w + 6, y + ROW - 11, `${r.words} words, ${percent(r.words / mix.total)}, ${r.identity}`, 'start'));
  });
  parts.push(legend(height - 6));
  parts.push('</svg>');
  return parts.join('');
}

/** The workspace chart: anonymous + vague share of quoted words per article, ranked. */
export function anonymousShareChart(report: WorkspaceReport, labelId: string): string {
  const rows = report.ranking.filter((r) => r.quotedWords > 0).slice(0, MAX_CHART_ROWS);
  if (rows.length === 0) return '';
  const height = ROW * (rows.length + 1) + 4;
  const parts: string[] = [svgOpen(height, labelId)];
  parts.push(text(LABEL_WIDTH, ROW - 8, '0%', 'start'), text(LABEL_WIDTH + BAR_WIDTH, ROW - 8, '100%', 'end'));
  rows.forEach((r, i) => {
    const y = ROW * (i + 1);
    const w = r.share * BAR_WIDTH;
    parts.push(text(LABEL_WIDTH - 8, y + ROW - 9, clip(r.title), 'end'));
    parts.push(`<rect x="${LABEL_WIDTH}" y="${y + 4}" width="${BAR_WIDTH}" height="${ROW - 8}" fill="#e8e8e8"/>`);
    if (w > 0) parts.push(`<rect x="${LABEL_WIDTH}" y="${y + 4}" width="${fix(w)}" height="${ROW - 8}" fill="${IDENTITY_FILL.anonymous}"><title>${escapeHtml(r.title)}: ${percent(r.share)}</title></rect>`);
    parts.push(text(LABEL_WIDTH + BAR_WIDTH + 8, y + ROW - 9, `${percent(r.share)} of ${r.quotedWords} words`, 'start'));
  });
  parts.push('</svg>');
  return parts.join('');
}

function svgOpen(height: number, labelId: string): string {
  // direction="ltr": the chart's geometry stays left to right inside a right-to-left article
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" aria-labelledby="${escapeHtml(labelId)}" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" direction="ltr" font-size="12">`;
}

function legend(y: number): string {
  let x = LABEL_WIDTH;
  const parts: string[] = [];
  for (const key of ['named', 'vague', 'anonymous', 'unattributed'] as const) {
    parts.push(`<rect x="${x}" y="${y - 9}" width="10" height="10" fill="${IDENTITY_FILL[key]}"/>`, text(x + 14, y, key, 'start'));
    x += 104;
  }
  return parts.join('');
}

function text(x: number, y: number, content: string, anchor: 'start' | 'end', bold = false): string {
  // unicode-bidi="plaintext": an Arabic label is laid out right to left within its own run
  return `<text x="${fix(x)}" y="${fix(y)}" text-anchor="${anchor}" unicode-bidi="plaintext"${bold ? ' font-weight="bold"' : ''}>${escapeHtml(content)}</text>`;
}

function clip(label: string): string {
  const chars = [...label.replace(/\s+/g, ' ')];
  return chars.length > LABEL_CHARS ? chars.slice(0, LABEL_CHARS - 1).join('') + '…' : chars.join('');
}

function fix(n: number): string {
  return String(Math.round(n * 10) / 10);
}

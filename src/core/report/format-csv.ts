/**
 * The CSV report: one row per annotation (and per finding, when asked), RFC 4180 (comma
 * separated, CRLF line ends, a field quoted when it holds a comma, a quote or a line break, a
 * quote doubled inside), UTF-8 with a byte order mark so spreadsheet programs show Arabic.
 *
 * Formula injection: a cell that would start with `=`, `+`, `-`, `@`, a tab or a carriage
 * return is prefixed with `'` (OWASP's advice), so a spreadsheet shows the text instead of
 * computing it; the text itself is kept.
 */
import type { ReportItem, WorkspaceReport } from './report-types';

/** The columns, in order: the list first, then what a reader of the CSV also needs. */
export const CSV_COLUMNS = [
  'article',
  'id',
  'kind',
  'identity',
  'speaker_or_source',
  'status',
  'start',
  'end',
  'text',
  'note',
  'tags',
  'author',
  'created',
  'modified',
  'anchor',
  'origin',
  'speaker_or_source_id',
  'replies',
] as const;

/** Renders every item of every article of `report`: a BOM, the header row, one row per item. */
export function formatCsv(report: WorkspaceReport): string {
  const rows: string[] = [CSV_COLUMNS.join(',')];
  for (const a of report.articles) for (const item of a.items) rows.push(CSV_COLUMNS.map((c) => csvField(valueOf(a.path, item, c))).join(','));
  return '\uFEFF' + rows.join('\r\n') + '\r\n';
}

function valueOf(article: string, i: ReportItem, column: (typeof CSV_COLUMNS)[number]): string {
  switch (column) {
    case 'article':
      return article;
    case 'id':
      return i.id;
    case 'kind':
      return i.kind;
    case 'identity':
      return i.kind === 'source' ? (i.identity ?? '') : (i.sourceIdentity ?? '');
    case 'speaker_or_source':
      return i.sourceLabel ?? '';
    case 'status':
      return i.status;
    case 'start':
      return i.start === null ? '' : String(i.start);
    case 'end':
      return i.end === null ? '' : String(i.end);
    case 'text':
      return i.text;
    case 'note':
      return i.note ?? '';
    case 'tags':
      return i.tags.join('; ');
    case 'author':
      return i.author ?? '';
    case 'created':
      return i.created ?? '';
    case 'modified':
      return i.modified ?? '';
    case 'anchor':
      return i.anchor;
    case 'origin':
      return i.origin;
    case 'speaker_or_source_id':
      return (i.kind === 'quote' ? i.speaker : i.kind === 'claim' ? i.source : undefined) ?? '';
    case 'replies':
      // one reply a line: "author (date): body"
      return i.replies.map((r) => `${[r.author, r.created].filter(Boolean).join(' ')}${r.author || r.created ? ': ' : ''}${r.body}`).join('\n');
  }
}

/**
 * One CSV field: neutralised when it would start a formula, then quoted (RFC 4180) when it
 * holds a comma, a double quote, a CR or an LF — or starts or ends with a space, which some
 * readers trim.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? "'" + value : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

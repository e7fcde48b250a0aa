/**
 * brat standoff (https://brat.nlplab.org/standoff.html): per article a `.txt` copy of the text
 * and an `.ann` beside it, plus one `annotation.conf` for the collection.
 *
 * - `T` lines: one text-bound annotation per anchored item (`Source`, `Quote`, `Claim`,
 *   `Note`), offsets in Unicode code points (brat counts as Python does; ours are UTF-16 code
 *   units and are converted exactly). A span that crosses a line break is written as
 *   fragments (`start end;start end`), since brat spans hold no newline.
 * - `A` lines: `Identity` (named | vague | anonymous) on sources, `Status` on every item,
 *   `Direct` on direct quotes, `Finding` on automatic findings.
 * - `R` lines: `SpokenBy Arg1:quote Arg2:source`, `AttributedTo Arg1:claim Arg2:source`.
 * - `#` lines: `AnnotatorNotes` with the sidecar id, the note and its replies (one line).
 *
 * Orphans (no current range) cannot be placed and are left out; the other formats list them.
 */
import { codePointOffsets } from './code-points';
import type { ArticleReport, ReportItem, WorkspaceReport } from './report-types';

/** One file of the brat collection; `path` relative to the output folder, `/` separators. */
export interface BratFile {
  readonly path: string;
  readonly content: string;
}

const TYPE: Record<ReportItem['kind'], string> = { source: 'Source', quote: 'Quote', claim: 'Claim', note: 'Note' };

/** The `annotation.conf` of the collection. */
export const BRAT_CONF = [
  '# News Annotator export: entity, relation and attribute types.',
  '[entities]',
  'Source',
  'Quote',
  'Claim',
  'Note',
  '',
  '[relations]',
  'SpokenBy\tArg1:Quote, Arg2:Source',
  'AttributedTo\tArg1:Claim, Arg2:Source',
  '# quotes, claims and sources overlap (a source inside a quote inside a claim)',
  '<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>',
  '',
  '[events]',
  '',
  '[attributes]',
  'Identity\tArg:Source, Value:named|vague|anonymous',
  'Status\tArg:<ENTITY>, Value:unverified|verified|disputed|false|misleading',
  'Direct\tArg:Quote',
  'Finding\tArg:<ENTITY>',
  '',
].join('\n');

/** The names of an article's brat pair: `a/b.ar.txt` -> `a/b.ar.txt` + `a/b.ar.ann`; `x.md` -> `x.md.txt` + `x.md.ann`. */
export function bratNames(articlePath: string): { txt: string; ann: string } {
  const stem = articlePath.endsWith('.txt') ? articlePath.slice(0, -4) : articlePath;
  return { txt: stem + '.txt', ann: stem + '.ann' };
}

/** The collection: `annotation.conf`, then per article its `.txt` and `.ann`. */
export function formatBrat(report: WorkspaceReport): BratFile[] {
  const files: BratFile[] = [{ path: 'annotation.conf', content: BRAT_CONF }];
  for (const a of report.articles) {
    const names = bratNames(a.path);
    files.push({ path: names.txt, content: a.text }, { path: names.ann, content: formatAnn(a) });
  }
  return files;
}

/** The `.ann` of one article (LF line ends, a final newline when not empty). */
export function formatAnn(a: ArticleReport): string {
  const toCp = codePointOffsets(a.text);
  const lines: string[] = [];
  const tOf = new Map<string, string>();
  let t = 0;
  let attr = 0;
  let rel = 0;
  let note = 0;
  const placed = a.items.filter((i) => i.start !== null && i.end !== null && i.end > i.start);
  for (const i of placed) {
    const fragments = fragmentsOf(a.text, i.start as number, i.end as number);
    if (fragments.length === 0) continue;
    const tid = `T${++t}`;
    tOf.set(i.id, tid);
    const offsets = fragments.map(([s, e]) => `${toCp(s)} ${toCp(e)}`).join(';');
    const words = fragments.map(([s, e]) => a.text.slice(s, e)).join(' ');
    lines.push(`${tid}\t${TYPE[i.kind]} ${offsets}\t${words}`);
  }
  for (const i of placed) {
    const tid = tOf.get(i.id);
    if (!tid) continue;
    if (i.kind === 'source' && i.identity !== undefined) lines.push(`A${++attr}\tIdentity ${tid} ${i.identity}`);
    lines.push(`A${++attr}\tStatus ${tid} ${i.status}`);
    if (i.kind === 'quote' && i.direct !== false) lines.push(`A${++attr}\tDirect ${tid}`);
    if (i.origin === 'finding') lines.push(`A${++attr}\tFinding ${tid}`);
  }
  for (const i of placed) {
    const tid = tOf.get(i.id);
    if (!tid) continue;
    const ref = i.kind === 'quote' ? i.speaker : i.kind === 'claim' ? i.source : undefined;
    const target = ref === undefined ? undefined : tOf.get(ref);
    if (target) lines.push(`R${++rel}\t${i.kind === 'quote' ? 'SpokenBy' : 'AttributedTo'} Arg1:${tid} Arg2:${target}`);
  }
  for (const i of placed) {
    const tid = tOf.get(i.id);
    if (!tid) continue;
    const parts = [`id=${i.id}`];
    if (i.role !== undefined) parts.push(`role: ${i.role}`);
    if (i.note !== undefined) parts.push(`note: ${i.note}`);
    for (const r of i.replies) parts.push(`reply${r.author !== undefined ? ` (${r.author})` : ''}: ${r.body}`);
    lines.push(`#${++note}\tAnnotatorNotes ${tid}\t${oneLine(parts.join(' | '))}`);
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}

/** `[start, end)` cut at line breaks, each piece trimmed of the breaks; empty pieces dropped. UTF-16. */
function fragmentsOf(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let s = start;
  for (let k = start; k <= end; k++) {
    const c = k < end ? text.charCodeAt(k) : -1;
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || k === end) {
      if (k > s) out.push([s, k]);
      s = k + 1;
    }
  }
  return out;
}

function oneLine(text: string): string {
  return text.replace(/[\t\r\n\u2028\u2029]+/g, ' ');
}

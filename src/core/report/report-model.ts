/**
 * The report model from an article's text and its sidecar (and, when asked, the engine's
 * findings): every format renders this, so the numbers agree across Markdown, HTML, CSV,
 * JSON-LD and brat. Pure: text and data in, data out.
 */
import { overlaps } from '../text/overlaps';
import { analyze } from '../analysis';
import { articleLanguage, countScripts, languageOf } from '../analysis/detect-language';
import { splitParagraphs } from '../analysis/split-paragraphs';
import type { Analysis, Identity, Language } from '../analysis/types';
import { describe } from '../anchoring';
import { resolveSidecar } from '../sidecar/resolve-sidecar';
import type { Annotation, Sidecar } from '../sidecar/types';
import { articleTitle } from './article-title';
import { countWords } from './count-words';
import type {
  ArticleReport,
  QuoteMix,
  RecurringSource,
  ReportItem,
  ReportParagraph,
  SourceSummary,
  WorkspaceReport,
  WorkspaceTotals,
} from './report-types';
import { sourceKey } from './source-key';

/** One article to report on. */
export interface ArticleInput {
  /** How the report names the article (a workspace-relative path with `/` separators). */
  readonly path: string;
  /** The article text (BOM removed), as the sidecar's offsets count it. */
  readonly text: string;
  /** Its sidecar, or `null` when it has none (the report then shows only findings, if asked). */
  readonly sidecar: Sidecar | null;
}

/** Options for {@link buildArticleReport}. */
export interface ArticleReportOptions {
  /** Add the engine's findings that no annotation covers, marked as findings (default `false`). */
  readonly includeFindings?: boolean;
  /** The engine's analysis of the text, when the caller has it already (else computed when needed). */
  readonly analysis?: Analysis;
}

/** Options for {@link buildWorkspaceReport}. */
export interface WorkspaceReportOptions {
  readonly title: string;
  /** ISO 8601 time stamp printed in the report. */
  readonly generated: string;
}

const FINDING_PREFIX = 'finding-';

/**
 * The report of one article. Each annotation is resolved against `text` as it is now
 * ({@link resolveSidecar}): its range is where its words are now; an orphan keeps its stored
 * words, has no range, and is listed in `orphans` (and still counted: it is the analyst's
 * work). With `includeFindings`, each source, quote and claim the engine found that no
 * annotation of the same kind overlaps is added with `origin: 'finding'`; a finding's speaker
 * or source that an annotation covers is linked to that annotation.
 */
export function buildArticleReport(input: ArticleInput, options: ArticleReportOptions = {}): ArticleReport {
  const { text, sidecar } = input;
  const items: ReportItem[] = [];
  if (sidecar) {
    const anchors = resolveSidecar(sidecar, text);
    sidecar.annotations.forEach((a, i) => {
      const at = anchors[i];
      const found = at && at.start !== null && at.end !== null ? { start: at.start, end: at.end } : null;
      items.push(fromAnnotation(a, at?.status ?? 'orphaned', found, text));
    });
  }
  const includeFindings = options.includeFindings ?? false;
  if (includeFindings) items.push(...findingsFor(text, options.analysis ?? analyze(text), items));
  const withLabels = linkSources(items);

  const paragraphs = paragraphsOf(text);
  const language = sidecar?.article.language ?? languageOfParagraphs(text, paragraphs);
  const quotes = withLabels.filter((i) => i.kind === 'quote');
  const claims = withLabels.filter((i) => i.kind === 'claim');
  const mix = mixOf(quotes);
  return {
    path: input.path,
    title: articleTitle(text, input.path),
    language,
    text,
    paragraphs,
    items: withLabels,
    sources: summarizeSources(withLabels, mix.total),
    quotes,
    claims,
    notes: withLabels.filter((i) => i.note !== undefined || i.replies.length > 0),
    orphans: withLabels.filter((i) => i.anchor === 'orphaned'),
    mix,
    anonymousShare: shareOf(mix),
    includesFindings: includeFindings,
  };
}

/**
 * The report of several articles (in the order given): per-article reports, totals, the
 * ranking by anonymous + vague share of quoted words, and the sources that recur in two or
 * more articles ({@link sourceKey}: same identity, same normalised label).
 */
export function buildWorkspaceReport(articles: readonly ArticleReport[], options: WorkspaceReportOptions): WorkspaceReport {
  const ranking = articles
    .map((a) => ({ path: a.path, title: a.title, share: a.anonymousShare, quotedWords: a.mix.total }))
    .sort((x, y) => y.share - x.share || y.quotedWords - x.quotedWords || compareStrings(x.path, y.path));
  return {
    title: options.title,
    articles,
    totals: totalsOf(articles),
    ranking,
    recurring: recurringSources(articles),
    generated: options.generated,
  };
}

function fromAnnotation(a: Annotation, anchor: ReportItem['anchor'], at: { start: number; end: number } | null, text: string): ReportItem {
  const words = at ? text.slice(at.start, at.end) : a.target.exact;
  return {
    id: a.id,
    kind: a.kind,
    origin: 'annotation',
    anchor,
    start: at?.start ?? null,
    end: at?.end ?? null,
    text: words,
    prefix: a.target.prefix,
    suffix: a.target.suffix,
    status: a.status,
    ...(a.identity !== undefined && { identity: a.identity }),
    ...(a.role !== undefined && { role: a.role }),
    ...(a.reason !== undefined && { reason: a.reason }),
    ...(a.speaker !== undefined && { speaker: a.speaker }),
    ...(a.source !== undefined && { source: a.source }),
    ...(a.direct !== undefined && { direct: a.direct }),
    ...(a.note !== undefined && { note: a.note }),
    replies: a.replies ?? [],
    tags: a.tags ?? [],
    ...(a.author !== undefined && { author: a.author }),
    ...(a.created !== undefined && { created: a.created }),
    ...(a.modified !== undefined && { modified: a.modified }),
    words: a.kind === 'quote' ? countWords(words) : 0,
  };
}

/** An annotation placed on words overlapping `[start, end)` (orphans overlap nothing; src/core/text/overlaps.ts). */
function covers(a: ReportItem, start: number, end: number): boolean {
  return a.start !== null && a.end !== null && overlaps(a.start, a.end, start, end);
}

/** The engine's sources, quotes and claims that no annotation of the same kind overlaps. */
function findingsFor(text: string, analysis: Analysis, annotations: readonly ReportItem[]): ReportItem[] {
  const ofKind = (kind: ReportItem['kind']) => annotations.filter((a) => a.kind === kind);
  const sourceAnnotations = ofKind('source');
  const quoteAnnotations = ofKind('quote');
  const claimAnnotations = ofKind('claim');
  const found: ReportItem[] = [];
  // engine source id -> the item id it is reported under (a covering annotation, or the finding)
  const sourceIds = new Map<string, string>();
  const base = (id: string, kind: ReportItem['kind'], start: number, end: number) => {
    const target = describe(text, start, end);
    return {
      id: FINDING_PREFIX + id,
      kind,
      origin: 'finding' as const,
      anchor: 'anchored' as const,
      start,
      end,
      text: target.exact,
      prefix: target.prefix,
      suffix: target.suffix,
      status: 'unverified' as const,
      replies: [],
      tags: [],
      words: 0,
    };
  };
  for (const s of analysis.sources) {
    const cover = sourceAnnotations.find((a) => s.mentions.some((m) => covers(a, m.start, m.end)));
    if (cover) {
      sourceIds.set(s.id, cover.id);
      continue;
    }
    const first = s.mentions[0];
    if (!first) continue;
    sourceIds.set(s.id, FINDING_PREFIX + s.id);
    found.push({
      ...base(s.id, 'source', first.start, first.end),
      identity: s.identity,
      ...(s.role !== undefined && { role: s.role }),
      ...(s.reason !== undefined && { reason: s.reason }),
    });
  }
  for (const q of analysis.quotes) {
    if (quoteAnnotations.some((a) => covers(a, q.start, q.end))) continue;
    const item = base(q.id, 'quote', q.start, q.end);
    const speaker = q.speaker === null ? undefined : sourceIds.get(q.speaker);
    found.push({ ...item, direct: q.direct, ...(speaker !== undefined && { speaker }), words: countWords(item.text) });
  }
  for (const c of analysis.claims) {
    if (claimAnnotations.some((a) => covers(a, c.start, c.end))) continue;
    const source = c.attributedTo === null ? undefined : sourceIds.get(c.attributedTo);
    found.push({ ...base(c.id, 'claim', c.start, c.end), ...(source !== undefined && { source }), tags: c.reasons });
  }
  return found.sort((x, y) => (x.start ?? 0) - (y.start ?? 0) || compareStrings(x.id, y.id));
}

/** Adds the speaker's / source's label and identity to quotes and claims. */
function linkSources(items: readonly ReportItem[]): ReportItem[] {
  const sources = new Map(items.filter((i) => i.kind === 'source').map((s) => [s.id, s]));
  return items.map((item) => {
    const ref = item.kind === 'quote' ? item.speaker : item.kind === 'claim' ? item.source : undefined;
    const source = ref === undefined ? undefined : sources.get(ref);
    if (!source) return item;
    return { ...item, sourceLabel: source.text, ...(source.identity !== undefined && { sourceIdentity: source.identity }) };
  });
}

function summarizeSources(items: readonly ReportItem[], totalWords: number): SourceSummary[] {
  const quotes = new Map<string, { quotes: number; words: number }>();
  const claims = new Map<string, number>();
  for (const i of items) {
    if (i.kind === 'quote' && i.speaker !== undefined) {
      const q = quotes.get(i.speaker) ?? { quotes: 0, words: 0 };
      quotes.set(i.speaker, { quotes: q.quotes + 1, words: q.words + i.words });
    } else if (i.kind === 'claim' && i.source !== undefined) {
      claims.set(i.source, (claims.get(i.source) ?? 0) + 1);
    }
  }
  const summaries = items
    .filter((i) => i.kind === 'source')
    .map((s, order) => {
      const q = quotes.get(s.id) ?? { quotes: 0, words: 0 };
      const summary: SourceSummary = {
        id: s.id,
        label: s.text,
        identity: s.identity ?? 'named',
        ...(s.role !== undefined && { role: s.role }),
        origin: s.origin,
        quotes: q.quotes,
        quotedWords: q.words,
        share: totalWords > 0 ? q.words / totalWords : 0,
        claims: claims.get(s.id) ?? 0,
      };
      return { summary, order };
    });
  summaries.sort(
    (x, y) =>
      y.summary.quotedWords - x.summary.quotedWords ||
      y.summary.quotes - x.summary.quotes ||
      y.summary.claims - x.summary.claims ||
      x.order - y.order,
  );
  return summaries.map((s) => s.summary);
}

function mixOf(quotes: readonly ReportItem[]): QuoteMix {
  const mix = { named: 0, vague: 0, anonymous: 0, unattributed: 0, total: 0 };
  for (const q of quotes) {
    const bucket: Identity | 'unattributed' = q.sourceIdentity ?? 'unattributed';
    mix[bucket] += q.words;
    mix.total += q.words;
  }
  return mix;
}

function shareOf(mix: QuoteMix): number {
  return mix.total > 0 ? (mix.anonymous + mix.vague) / mix.total : 0;
}

function paragraphsOf(text: string): ReportParagraph[] {
  return splitParagraphs(text).map((p) => ({ start: p.start, end: p.end, language: languageOf(countScripts(text, p.start, p.end)) }));
}

function languageOfParagraphs(text: string, paragraphs: readonly ReportParagraph[]): Language {
  return articleLanguage(
    paragraphs.map((p) => {
      const c = countScripts(text, p.start, p.end);
      return { language: p.language, letters: c.arabic + c.latin };
    }),
  );
}

function totalsOf(articles: readonly ArticleReport[]): WorkspaceTotals {
  const mix = { named: 0, vague: 0, anonymous: 0, unattributed: 0, total: 0 };
  let annotations = 0;
  let findings = 0;
  let sources = 0;
  let notes = 0;
  let orphans = 0;
  let quotes = 0;
  let claims = 0;
  for (const a of articles) {
    for (const i of a.items) {
      if (i.origin === 'annotation') annotations++;
      else findings++;
    }
    sources += a.sources.length;
    quotes += a.quotes.length;
    claims += a.claims.length;
    notes += a.notes.length;
    orphans += a.orphans.length;
    mix.named += a.mix.named;
    mix.vague += a.mix.vague;
    mix.anonymous += a.mix.anonymous;
    mix.unattributed += a.mix.unattributed;
    mix.total += a.mix.total;
  }
  return { articles: articles.length, annotations, findings, sources, quotes, claims, notes, orphans, mix, anonymousShare: shareOf(mix) };
}

function recurringSources(articles: readonly ArticleReport[]): RecurringSource[] {
  const groups = new Map<string, { label: string; identity: Identity; articles: RecurringSource['articles'][number][] }>();
  for (const a of articles) {
    const seen = new Set<string>();
    for (const s of a.sources) {
      const key = sourceKey(s.label, s.identity);
      if (seen.has(key)) continue; // the same source twice in one article counts once
      seen.add(key);
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { label: s.label, identity: s.identity, articles: [] }));
      group.articles.push({ path: a.path, id: s.id, quotes: s.quotes, quotedWords: s.quotedWords });
    }
  }
  return [...groups.values()]
    .filter((g) => g.articles.length > 1)
    .sort((x, y) => y.articles.length - x.articles.length || compareStrings(x.label, y.label));
}

/** Code-unit order: the same on every machine and locale (goldens depend on it). */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

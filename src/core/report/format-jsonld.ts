/**
 * The JSON-LD report: the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/).
 * One `AnnotationCollection` whose first (and only) `AnnotationPage` holds every annotation:
 *
 * - target: the article (`source`) with a `TextQuoteSelector` (exact, prefix, suffix) and a
 *   `TextPositionSelector` (start, end: the current offsets; left out for an orphan, whose
 *   words are no longer there). The model counts positions in code points; ours are UTF-16
 *   code units, as in the sidecar, and the selector is converted to code points.
 * - bodies (`TextualBody` with a `purpose`): the note (`commenting`), the kind and tags
 *   (`tagging`), a source's identity and role (`identifying`), the status (`assessing`);
 *   a quote's speaker and a claim's source as a `SpecificResource` body whose `source` is the
 *   source annotation's IRI (`identifying` for a speaker, `linking` for a claim's source).
 * - `creator`, `created`, `modified` from the sidecar; replies are annotations with
 *   motivation `replying` whose target is the parent annotation's IRI.
 * - automatic findings carry a `generator` (News Annotator) and a `finding` tag.
 *
 * IRIs: `BASE + percent-encoded article path` for an article, `#` + id for an annotation.
 */
import { codePointOffsets } from './code-points';
import type { ArticleReport, ReportItem, WorkspaceReport } from './report-types';

/** The default IRI prefix of articles (a URN: the report names files, it does not serve them). */
export const DEFAULT_BASE_IRI = 'urn:news-annotator:article:';

/** Options for {@link formatJsonLd}. */
export interface JsonLdOptions {
  /** Prefix of article IRIs; the article path is appended percent-encoded (default {@link DEFAULT_BASE_IRI}). */
  readonly baseIri?: string;
}

const MOTIVATION: Record<ReportItem['kind'], string> = { source: 'identifying', quote: 'identifying', claim: 'assessing', note: 'commenting' };

/** Renders `report` as a JSON-LD document (2-space indented JSON, final newline). */
export function formatJsonLd(report: WorkspaceReport, options: JsonLdOptions = {}): string {
  const base = options.baseIri ?? DEFAULT_BASE_IRI;
  const items: unknown[] = [];
  for (const a of report.articles) items.push(...articleAnnotations(a, base));
  const collection = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `urn:news-annotator:report:${encodeURIComponent(report.title)}`,
    type: 'AnnotationCollection',
    label: `Annotation report: ${report.title}`,
    total: items.length,
    first: {
      type: 'AnnotationPage',
      startIndex: 0,
      items,
    },
  };
  return JSON.stringify(collection, null, 2) + '\n';
}

/** The IRI of an article; `#id` appended for one of its annotations. */
export function articleIri(base: string, path: string): string {
  return base + encodePath(path);
}

function articleAnnotations(a: ArticleReport, base: string): unknown[] {
  const source = articleIri(base, a.path);
  const iri = (id: string) => `${source}#${encodeURIComponent(id)}`;
  const toCp = codePointOffsets(a.text);
  const language = a.language === 'ar' || a.language === 'en' || a.language === 'fr' ? a.language : undefined;
  const out: unknown[] = [];
  for (const i of a.items) {
    const bodies: unknown[] = [];
    if (i.note !== undefined) bodies.push(textual(i.note, 'commenting'));
    bodies.push(textual(i.kind, 'tagging'));
    for (const tag of i.tags) bodies.push(textual(tag, 'tagging'));
    if (i.origin === 'finding') bodies.push(textual('finding', 'tagging'));
    if (i.anchor === 'orphaned') bodies.push(textual('orphaned', 'tagging'));
    if (i.kind === 'source' && i.identity !== undefined) bodies.push(textual(i.identity, 'identifying'));
    if (i.role !== undefined) bodies.push(textual(i.role, 'describing'));
    if (i.reason !== undefined) bodies.push(textual(i.reason, 'describing'));
    bodies.push(textual(i.status, 'assessing'));
    if (i.kind === 'quote' && i.speaker !== undefined) bodies.push({ type: 'SpecificResource', source: iri(i.speaker), purpose: 'identifying' });
    if (i.kind === 'claim' && i.source !== undefined) bodies.push({ type: 'SpecificResource', source: iri(i.source), purpose: 'linking' });
    const selectors: unknown[] = [{ type: 'TextQuoteSelector', exact: i.text, prefix: i.prefix, suffix: i.suffix }];
    if (i.start !== null && i.end !== null) selectors.push({ type: 'TextPositionSelector', start: toCp(i.start), end: toCp(i.end) });
    out.push({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: iri(i.id),
      type: 'Annotation',
      motivation: MOTIVATION[i.kind],
      ...(i.author !== undefined && { creator: { type: 'Person', name: i.author } }),
      ...(i.created !== undefined && { created: i.created }),
      ...(i.modified !== undefined && { modified: i.modified }),
      ...(i.origin === 'finding' && { generator: { type: 'Software', name: 'News Annotator' } }),
      body: bodies,
      target: {
        type: 'SpecificResource',
        source: { id: source, type: 'Text', format: 'text/plain', ...(language !== undefined && { language }) },
        selector: selectors,
      },
    });
    for (const r of i.replies) {
      out.push({
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        id: `${iri(i.id)}/reply/${encodeURIComponent(r.id)}`,
        type: 'Annotation',
        motivation: 'replying',
        ...(r.author !== undefined && { creator: { type: 'Person', name: r.author } }),
        ...(r.created !== undefined && { created: r.created }),
        ...(r.modified !== undefined && { modified: r.modified }),
        body: textual(r.body, 'replying'),
        target: iri(i.id),
      });
    }
  }
  return out;
}

function textual(value: string, purpose: string): unknown {
  return { type: 'TextualBody', value, format: 'text/plain', purpose };
}

/** Percent-encodes each path segment (an IRI must not hold spaces or raw Arabic in a URI context). */
function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

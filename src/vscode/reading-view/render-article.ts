/**
 * Lays an article out for the reading view: paragraphs, each with its direction and language,
 * and a tree of text leaves inside nested marks. Marks may overlap without nesting (a quote that
 * starts inside a claim and ends after it): the text is split into segments at every mark
 * boundary, and a mark that crosses its parent's end is closed there and continued as a further
 * fragment (only the first fragment, its "head", is focusable and carries its label).
 *
 * Pure (no `vscode`, no DOM): the extension sends the result as JSON and the webview builds the
 * DOM from it with `textContent` only, so no article or note string is ever parsed as HTML.
 *
 * Offsets are UTF-16 code units into the document's text, end exclusive. Each text leaf carries
 * its start offset, so a DOM position (leaf, offset within its text node) is the document
 * offset `leaf.start + offset` — the DOM counts in UTF-16 code units too.
 */
import type { Language } from '../../core/analysis/types';
import type { ArticleMark, CollectedMarks, OrphanEntry } from './article-marks';

/** A run of text inside one paragraph that no mark boundary cuts. */
export interface TextLeaf {
  readonly type: 'text';
  readonly start: number;
  readonly text: string;
}

/** One fragment of a mark; `mark` indexes {@link RenderedArticle.marks}. */
export interface MarkFragment {
  readonly type: 'mark';
  readonly mark: number;
  /** The mark's first fragment: focusable, labelled, what keyboard navigation visits. */
  readonly head: boolean;
  readonly children: readonly ArticleNode[];
}

export type ArticleNode = TextLeaf | MarkFragment;

/** Writing direction of a paragraph. */
export type Direction = 'rtl' | 'ltr';

export interface RenderedParagraph {
  readonly start: number;
  readonly end: number;
  readonly language: Language;
  readonly dir: Direction;
  /** BCP 47 tag for the `lang` attribute; `null` when the language is undetermined. */
  readonly lang: string | null;
  readonly nodes: readonly ArticleNode[];
  /** Marks (indices) shown in this paragraph's margin: annotations with a note, claims, a status other than unverified. */
  readonly margin: readonly number[];
}

/** What {@link renderArticle} returns. */
export interface RenderedArticle {
  /** `dir` of the whole article: its first paragraph's (ltr for an empty article). */
  readonly dir: Direction;
  readonly lang: string | null;
  readonly paragraphs: readonly RenderedParagraph[];
  readonly marks: readonly ArticleMark[];
  readonly orphans: readonly OrphanEntry[];
}

/** A paragraph as the engine gives it (`analysis.paragraphs[i]`). */
export interface ParagraphInput {
  readonly start: number;
  readonly end: number;
  readonly language: Language;
}

// Letters in the right-to-left blocks: Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic,
// Arabic Supplement / Extended-A, and the Hebrew and Arabic presentation forms.
const STRONG_RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u;
// Any letter: strong; left to right unless it is in the blocks above (punctuation, digits and
// marks such as the Arabic comma or tashkeel are not strong).
const STRONG_LETTER = /\p{L}/u;

/**
 * The direction of the first strong character of `text` (the Unicode bidi rule P2 in
 * short), `null` when it has none (digits, punctuation only).
 */
export function firstStrongDirection(text: string): Direction | null {
  for (const ch of text) {
    if (STRONG_LETTER.test(ch)) return STRONG_RTL.test(ch) ? 'rtl' : 'ltr';
  }
  return null;
}

/**
 * A paragraph's direction: from the engine's language where it names one (an Arabic paragraph
 * that starts with a Latin name is still rtl — `dir="auto"` would get it wrong), else from its
 * first strong character, else `fallback`.
 */
export function paragraphDirection(language: Language, text: string, fallback: Direction): Direction {
  if (language === 'ar') return 'rtl';
  if (language === 'en' || language === 'fr') return 'ltr';
  return firstStrongDirection(text) ?? fallback;
}

function langTag(language: Language): string | null {
  return language === 'ar' || language === 'en' || language === 'fr' ? language : null;
}

/** Whether a mark gets an entry in its paragraph's margin. */
function inMargin(mark: ArticleMark): boolean {
  return mark.layer === 'annotation' && (mark.note !== undefined || mark.kind === 'claim' || (mark.status !== undefined && mark.status !== 'unverified'));
}

interface OpenFragment {
  readonly mark: number;
  readonly node: { type: 'mark'; mark: number; head: boolean; children: ArticleNode[] };
}

/**
 * Builds one paragraph's tree. `candidates` are indices (ascending, so in nesting order: a
 * longer mark that starts at the same place comes first) of marks overlapping `[start, end)`.
 */
function layoutParagraph(
  text: string,
  start: number,
  end: number,
  marks: readonly ArticleMark[],
  candidates: readonly number[],
  headDone: Set<number>,
): ArticleNode[] {
  const cuts = new Set<number>([start, end]);
  for (const i of candidates) {
    const m = marks[i]!;
    if (m.start > start) cuts.add(m.start);
    if (m.end < end) cuts.add(m.end);
  }
  const bounds = [...cuts].sort((a, b) => a - b);
  const root: ArticleNode[] = [];
  const stack: OpenFragment[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const s = bounds[k]!;
    const e = bounds[k + 1]!;
    const covering = candidates.filter((i) => marks[i]!.start <= s && marks[i]!.end >= e);
    let keep = 0;
    while (keep < stack.length && keep < covering.length && stack[keep]!.mark === covering[keep]) keep++;
    stack.length = keep;
    for (let c = keep; c < covering.length; c++) {
      const mark = covering[c]!;
      const head = !headDone.has(mark);
      headDone.add(mark);
      const node = { type: 'mark' as const, mark, head, children: [] as ArticleNode[] };
      (stack.length === 0 ? root : stack[stack.length - 1]!.node.children).push(node);
      stack.push({ mark, node });
    }
    const leaf: TextLeaf = { type: 'text', start: s, text: text.slice(s, e) };
    (stack.length === 0 ? root : stack[stack.length - 1]!.node.children).push(leaf);
  }
  return root;
}

/**
 * Lays out `text`. `paragraphs` are the engine's (text between them, blank lines, is not
 * shown); when there are none and the text is not blank, the whole text is one paragraph.
 * Marks are clipped to the paragraphs they overlap; a mark wholly between paragraphs is not
 * drawn. Never throws.
 */
export function renderArticle(text: string, paragraphs: readonly ParagraphInput[], collected: CollectedMarks): RenderedArticle {
  const marks = collected.marks;
  const paras: readonly ParagraphInput[] =
    paragraphs.length > 0 || text.trim() === '' ? paragraphs : [{ start: 0, end: text.length, language: 'und' }];
  const headDone = new Set<number>();
  const out: RenderedParagraph[] = [];
  let fallback: Direction = 'ltr';
  let next = 0; // the first mark (by start) not yet a candidate
  let open: number[] = []; // candidates that may reach into later paragraphs
  for (const p of paras) {
    const pStart = Math.max(0, Math.min(p.start, text.length));
    const pEnd = Math.max(pStart, Math.min(p.end, text.length));
    open = open.filter((i) => marks[i]!.end > pStart);
    while (next < marks.length && marks[next]!.start < pEnd) {
      if (marks[next]!.end > pStart) open.push(next);
      next++;
    }
    const candidates = open.filter((i) => marks[i]!.start < pEnd && marks[i]!.end > pStart && marks[i]!.start < marks[i]!.end);
    const nodes = layoutParagraph(text, pStart, pEnd, marks, candidates, headDone);
    const slice = text.slice(pStart, pEnd);
    const dir = paragraphDirection(p.language, slice, fallback);
    if (out.length === 0) fallback = dir;
    const margin = candidates.filter((i) => marks[i]!.start >= pStart && inMargin(marks[i]!));
    out.push({ start: pStart, end: pEnd, language: p.language, dir, lang: langTag(p.language), nodes, margin });
  }
  const first = out[0];
  return { dir: first?.dir ?? 'ltr', lang: first?.lang ?? null, paragraphs: out, marks, orphans: collected.orphans };
}

/** The text leaves of `nodes`, in order (what the webview's DOM holds as text). */
export function leavesOf(nodes: readonly ArticleNode[]): TextLeaf[] {
  const out: TextLeaf[] = [];
  const walk = (ns: readonly ArticleNode[]): void => {
    for (const n of ns) {
      if (n.type === 'text') out.push(n);
      else walk(n.children);
    }
  };
  walk(nodes);
  return out;
}

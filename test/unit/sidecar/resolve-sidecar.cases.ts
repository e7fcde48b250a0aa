/**
 * Edits to the seed article after it was annotated (the example sidecar), and where each
 * annotation must land: `where(old start, exact)` gives the new start, or `null` for an orphan.
 */

export interface ArticleEditCase {
  readonly name: string;
  readonly edit: (text: string) => string;
  readonly where: (start: number, exact: string, text: string) => number | null;
  /** Status every non-orphan must have. */
  readonly status: 'anchored' | 'moved';
}

const INSERTED = 'تحديث: أضيفت هذه الفقرة بعد النشر.\n\n';
const GONE = 'يسعى إلى فتح محادثات مع موسكو';

export const ARTICLE_EDIT_CASES: readonly ArticleEditCase[] = [
  {
    name: 'unchanged article',
    edit: (t) => t,
    where: (start) => start,
    status: 'anchored',
  },
  {
    name: 'a paragraph inserted above everything',
    edit: (t) => INSERTED + t,
    where: (start) => start + INSERTED.length,
    status: 'moved',
  },
  {
    name: 'CRLF line endings',
    edit: (t) => t.replace(/\n/g, '\r\n'),
    where: (start, _exact, text) => start + (text.slice(0, start).match(/\n/g)?.length ?? 0),
    status: 'moved',
  },
  {
    name: "a quote's words deleted: that quote is an orphan, nothing else moves wrongly",
    edit: (t) => t.replace(GONE, ''),
    where: (start, exact, text) => {
      if (exact === GONE) return null;
      const cut = text.indexOf(GONE);
      return start > cut ? start - GONE.length : start;
    },
    status: 'moved',
  },
];

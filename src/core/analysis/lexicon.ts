/**
 * Lexicons: the words the analysis engine looks for, as data (STYLE.md: "lexicons are data").
 *
 * A lexicon is a plain object of word lists, one list per category, for one language (or for
 * every language). The built-in ones live in `./lexicons/*.json`; a workspace may add its own
 * through {@link parseLexicon}. The format is documented in `./lexicons/README.md`.
 */
import { parseDocument, isMap, isSeq, isScalar, type Node as YamlNode, LineCounter } from 'yaml';

/** Grammatical gender/number of a cue verb, role noun or pronoun: masculine, feminine, plural, neuter. */
export type Gender = 'm' | 'f' | 'p' | 'n';

/** One lexicon word or phrase. */
export interface LexiconEntry {
  /** The phrase as written; matching is insensitive to diacritics, alef forms, case, proclitics. */
  readonly text: string;
  /** Gender/number the phrase marks, when it marks one (قالت is feminine). */
  readonly gender?: Gender;
  /**
   * For cues: `verb` (default; takes a subject), `participle` (مشيرا, "saying": no subject of
   * its own), `according` ("according to"), `say` (a verb that takes a bare complement
   * clause without "that": "said the talks failed").
   */
  readonly kind?: string;
}

/** The categories a lexicon may fill. Every one is optional in a user lexicon. */
export const LIST_CATEGORIES = [
  'cues',
  'cueAdjuncts',
  'complementizers',
  'accordingTo',
  'anonymity',
  'reasons',
  'anonymousSources',
  'vague',
  'roles',
  'outlets',
  'nameIntroducers',
  'reportNouns',
  'npStops',
  'npPlaces',
  'npPrepositions',
  'clauseBoundaries',
  'relativePronouns',
  'pronouns',
  'abbreviations',
  'auxiliaries',
  'hedges',
  'cueAdverbials',
  'determiners',
  'stances',
] as const;

/** A list category's name. */
export type ListCategory = (typeof LIST_CATEGORIES)[number];

/** The reasons a claim may be flagged for; `claimCues` maps each to its words. */
export const CLAIM_REASONS = ['quantity', 'date', 'record', 'comparison', 'causal', 'event'] as const;

/** A claim reason. */
export type ClaimReason = (typeof CLAIM_REASONS)[number];

/** Languages a lexicon may be for; `any` applies to every paragraph. */
export const LEXICON_LANGUAGES = ['ar', 'en', 'fr', 'any'] as const;

/** A lexicon: word lists by category, for one language. */
export interface Lexicon {
  /** Where it came from (a file path, or `built-in:ar`), for messages. */
  readonly source: string;
  readonly language: (typeof LEXICON_LANGUAGES)[number];
  readonly lists: Readonly<Partial<Record<ListCategory, readonly LexiconEntry[]>>>;
  readonly claimCues: Readonly<Partial<Record<ClaimReason, readonly LexiconEntry[]>>>;
  /**
   * Whether an outlet the speaker addressed ("قال لوكالة تاس") counts as a source when it is a
   * third-party channel: the article names its own outlet ("في تقرير لفرانس24") and this one
   * is another (the seed's “تاس”). Never the speaker; the article's own outlet, or any
   * addressee when the article names none, only heard it (lexicons/README.md, "Outlets").
   */
  readonly addresseeOutletsAreSources?: boolean;
}

/** A lexicon file that cannot be used: its shape is wrong or it is not YAML/JSON. */
export class LexiconError extends Error {
  /** The file as the caller named it. */
  readonly file: string;
  /** 1-based line of the problem, or 0 when unknown. */
  readonly line: number;
  /** 1-based column of the problem, or 0 when unknown. */
  readonly column: number;

  constructor(file: string, line: number, column: number, problem: string) {
    super(`${file}${line > 0 ? `:${line}:${column}` : ''}: ${problem}`);
    this.name = 'LexiconError';
    this.file = file;
    this.line = line;
    this.column = column;
  }
}

const GENDERS: readonly string[] = ['m', 'f', 'p', 'n'];
const ENTRY_KEYS: readonly string[] = ['text', 'gender', 'kind'];

/**
 * Parses a user lexicon file (YAML, or JSON, which is YAML) into a {@link Lexicon}.
 *
 * The top level is a mapping: optional `language` (`ar`, `en`, `fr` or `any`, default `any`),
 * optional `addresseeOutletsAreSources` (boolean), any of the list categories in
 * {@link LIST_CATEGORIES} (each a sequence of entries), and optional `claimCues` (a mapping
 * from a reason in {@link CLAIM_REASONS} to a sequence of entries). An entry is a non-empty
 * string, or a mapping `{text, gender?, kind?}` with `gender` one of `m f p n`.
 *
 * @param text the file's content
 * @param sourceName the file's path as the caller wants it in messages
 * @throws LexiconError with the 1-based line and column of the first problem (a YAML syntax
 *   error, an unknown key, a wrong type, an empty phrase)
 */
export function parseLexicon(text: string, sourceName: string): Lexicon {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const fail = (node: YamlNode | null | undefined, problem: string): never => {
    const offset = node?.range?.[0] ?? 0;
    const pos = node ? lineCounter.linePos(offset) : { line: 0, col: 0 };
    throw new LexiconError(sourceName, pos.line, pos.col, problem);
  };
  const firstError = doc.errors[0];
  if (firstError) {
    const pos = lineCounter.linePos(firstError.pos[0]);
    const what = firstError.message.split('\n')[0] ?? firstError.code;
    throw new LexiconError(sourceName, pos.line, pos.col, `not valid YAML/JSON (${firstError.code}): ${what.replace(/ at line \d+, column \d+.*$/, '')}`);
  }
  const root = doc.contents;
  if (root === null || root === undefined) throw new LexiconError(sourceName, 0, 0, 'empty lexicon: expected a mapping of word lists');
  if (!isMap(root)) return fail(root, 'expected a mapping of word lists at the top level');

  let language: Lexicon['language'] = 'any';
  let addresseeOutletsAreSources: boolean | undefined;
  const lists: Partial<Record<ListCategory, LexiconEntry[]>> = {};
  const claimCues: Partial<Record<ClaimReason, LexiconEntry[]>> = {};

  for (const pair of root.items) {
    const keyNode = pair.key as YamlNode | null;
    const key = isScalar(keyNode) ? String(keyNode.value) : undefined;
    const valueNode = pair.value as YamlNode | null;
    if (key === undefined) return fail(keyNode, 'expected a plain key');
    if (key === 'language') {
      const v = isScalar(valueNode) ? valueNode.value : undefined;
      if (typeof v !== 'string' || !(LEXICON_LANGUAGES as readonly string[]).includes(v)) {
        return fail(valueNode ?? keyNode, `'language' must be one of ${LEXICON_LANGUAGES.join(', ')}`);
      }
      language = v as Lexicon['language'];
    } else if (key === 'addresseeOutletsAreSources') {
      const v = isScalar(valueNode) ? valueNode.value : undefined;
      if (typeof v !== 'boolean') return fail(valueNode ?? keyNode, "'addresseeOutletsAreSources' must be true or false");
      addresseeOutletsAreSources = v;
    } else if (key === 'claimCues') {
      if (!isMap(valueNode)) return fail(valueNode ?? keyNode, "'claimCues' must be a mapping from a reason to a list");
      for (const inner of valueNode.items) {
        const rNode = inner.key as YamlNode | null;
        const reason = isScalar(rNode) ? String(rNode.value) : '';
        if (!(CLAIM_REASONS as readonly string[]).includes(reason)) {
          return fail(rNode, `unknown claim reason '${reason}': expected one of ${CLAIM_REASONS.join(', ')}`);
        }
        claimCues[reason as ClaimReason] = readEntries(inner.value as YamlNode | null, rNode, reason, fail);
      }
    } else if ((LIST_CATEGORIES as readonly string[]).includes(key)) {
      lists[key as ListCategory] = readEntries(valueNode, keyNode, key, fail);
    } else {
      return fail(keyNode, `unknown key '${key}': expected language, claimCues or one of ${LIST_CATEGORIES.join(', ')}`);
    }
  }
  return { source: sourceName, language, lists, claimCues, ...(addresseeOutletsAreSources === undefined ? {} : { addresseeOutletsAreSources }) };
}

function readEntries(
  node: YamlNode | null | undefined,
  keyNode: YamlNode | null,
  name: string,
  fail: (node: YamlNode | null | undefined, problem: string) => never,
): LexiconEntry[] {
  if (!isSeq(node)) return fail(node ?? keyNode, `'${name}' must be a list`);
  const out: LexiconEntry[] = [];
  for (const item of node.items as (YamlNode | null)[]) {
    if (isScalar(item)) {
      if (typeof item.value !== 'string' || item.value.trim() === '') return fail(item, `an entry of '${name}' must be a non-empty string`);
      out.push({ text: item.value });
    } else if (isMap(item)) {
      let text: string | undefined;
      let gender: Gender | undefined;
      let kind: string | undefined;
      for (const p of item.items) {
        const k = isScalar(p.key) ? String((p.key as { value: unknown }).value) : '';
        const vNode = p.value as YamlNode | null;
        const v = isScalar(vNode) ? vNode.value : undefined;
        if (!ENTRY_KEYS.includes(k)) return fail(p.key as YamlNode, `unknown key '${k}' in an entry of '${name}': expected text, gender, kind`);
        if (typeof v !== 'string') return fail(vNode ?? (p.key as YamlNode), `'${k}' must be a string`);
        if (k === 'text') text = v;
        else if (k === 'gender') {
          if (!GENDERS.includes(v)) return fail(vNode, `'gender' must be one of ${GENDERS.join(', ')}`);
          gender = v as Gender;
        } else kind = v;
      }
      if (text === undefined || text.trim() === '') return fail(item, `an entry of '${name}' needs a non-empty 'text'`);
      out.push({ text, ...(gender ? { gender } : {}), ...(kind ? { kind } : {}) });
    } else {
      return fail(item ?? node, `an entry of '${name}' must be a string or a mapping {text, gender?, kind?}`);
    }
  }
  return out;
}

/**
 * Turns a built-in JSON lexicon (already parsed by the bundler) into a {@link Lexicon}.
 * Same format as {@link parseLexicon}; a malformed built-in is a programming error.
 * @throws LexiconError when the data does not have the lexicon shape
 */
export function lexiconFromData(data: unknown, sourceName: string): Lexicon {
  return parseLexicon(JSON.stringify(data), sourceName);
}

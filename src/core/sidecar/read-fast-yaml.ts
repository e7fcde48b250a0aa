/**
 * The fast path for reading a sidecar: `js-yaml` (about 40 MB/s here, against the `yaml`
 * package's 2) reads the text, and anything it might read differently from `yaml` (YAML 1.2
 * core schema, strict, unique keys: see yaml-options.ts) gives `null` — "use the real parser".
 * So it is only ever a shortcut to the same data, never a second dialect. `yaml` stays the
 * parser of record: it composes the editable Document and reports every error.
 */
import { CORE_SCHEMA, load, Type, YAMLException, type EventType, type State } from 'js-yaml';

/**
 * `&`, `*` or `!` at the start of a line or after an indicator or space: where a node's
 * properties (anchor, tag) or an alias can start — or inside a quoted scalar.
 */
export const MAY_HAVE_PROPERTIES = /(?:^|[\s[{,:?-])[&*!]/;

/**
 * Text the fast path leaves to `yaml` outright: tabs, CR, a BOM, a `\U` escape that may be
 * beyond U+10FFFF (js-yaml makes something of it, `yaml` refuses it), directives and document
 * markers, the `?` of an explicit (possibly complex) key, and a block scalar's indentation
 * indicator or keep chomping (`|2`, `>+`: js-yaml counts them differently at the top level and
 * at the end of the text).
 */
const LEFT_TO_YAML = /[\t\r\ufeff]|\\U(?!000|0010)|(?:^|\n)(?:---|\.\.\.|%)|(?:^|[\s[{,:?-])(?:\?(?:\s|$)|[|>](?:\+|-?[0-9]))/;

/**
 * The line shapes the tool writes, one node a line: `key:`, `key: VALUE`, `- key: VALUE` and
 * `- VALUE`, where VALUE is a double- or single-quoted scalar closed on its line, a one-line flow
 * collection, or a plain scalar that starts with no indicator (`-` only before a non-space)
 * and holds no `: ` and no ` #` (white space here is YAML's: space and tab, not U+00A0);
 * a trailing comment is allowed. A text with any other line (a bare `-`, a block scalar, a
 * quoted scalar or flow collection left open, a continuation that is not a key or an item)
 * is left to `yaml`, before js-yaml sees it: the two parsers part most often there, and a
 * hand-written sidecar of that shape is small enough for `yaml`'s speed.
 */
const VALUE = String.raw`(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|\[.*\]|\{.*\}|(?:[^ \t\n"'|>&*!#[\]{},?%@\x60-]|-(?=[^ \t\n]))(?:[^:#\n]|:(?=[^ \t\n])|(?<! )#)*)`;
const LINE_SHAPE = new RegExp(String.raw`^ *(?:- +)?(?:[A-Za-z0-9_][A-Za-z0-9_.-]*:(?: +${VALUE})?|${VALUE})(?: +#.*)? *$`);
/** A blank or comment-only line. */
const EMPTY_LINE = /^ *(?:#.*)?$/;

/** Whether every line of `text` has one of the tool's shapes (see LINE_SHAPE). */
function hasToolLineShapes(text: string): boolean {
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to === -1) to = text.length;
    const line = text.slice(from, to);
    if (!EMPTY_LINE.test(line) && !LINE_SHAPE.test(line)) return false;
    from = to + 1;
  }
  return true;
}

/** `yaml` refuses an implicit key whose `:` is over 1,024 characters from its start; less here. */
const MAX_KEY_SPAN = 1000;

/** Separation (spaces, line breaks, comments), then a node's anchor or tag, or an alias. */
const PROPERTIES_AHEAD = /(?:[ \n]|#[^\n]*)*[&*!]/y;

/** A block scalar's header, then a blank first line (js-yaml ends the scalar, `yaml` refuses it). */
const BLANK_FIRST_LINE = /(?:[ \n]|#[^\n]*)*[|>][^\n]*\n *(?:\n|$)/y;

/** Plain scalars `yaml`'s core schema reads as a float, infinity, NaN, octal or hex number. */
const OTHER_NUMBER = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/** Thrown inside the reader to leave it: "`yaml` must decide". Never escapes this module. */
class LeftToYaml extends Error {}

function leave(): never {
  throw new LeftToYaml();
}

/**
 * js-yaml's core schema with its int and float types replaced (same tags, so they take their
 * places): decimal integers as `yaml` reads them, only when safe integers; every other number
 * `yaml` would see (and js-yaml's own extras, such as `0b1`, are then plain strings in both,
 * as `yaml` reads them) leaves the fast path. Null and bool already agree with `yaml`.
 */
const FAST_SCHEMA = CORE_SCHEMA.extend({
  implicit: [
    new Type('tag:yaml.org,2002:int', {
      kind: 'scalar',
      resolve: (data: string | null) => data !== null && /^[-+]?[0-9]+$/.test(data),
      construct: (data: string) => {
        const n = Number(data);
        return Number.isSafeInteger(n) ? n : leave();
      },
    }),
    new Type('tag:yaml.org,2002:float', {
      kind: 'scalar',
      resolve: (data: string | null) => data !== null && OTHER_NUMBER.test(data),
      construct: () => leave(),
    }),
  ],
});

/** js-yaml's parser state as its listener sees it; `tag` is there though its typings omit it. */
interface NodeState extends State {
  tag: string | null;
}

/**
 * A js-yaml listener that leaves the fast path at a node with an anchor or a tag, or an alias
 * (looked for only when `mayHaveProperties`: MAY_HAVE_PROPERTIES matched somewhere, perhaps
 * inside a quoted scalar), and where the two parsers' grammars part: a flow collection or a
 * quoted or plain scalar spanning lines (`yaml` is stricter about their indentation), a block
 * scalar whose first line is blank, a `#` right after a node (a comment to js-yaml, an error to
 * `yaml`), a sequence with a null item (perhaps an empty one, after which js-yaml reads a less
 * indented `-` as the same sequence's next item), and keys that are null (js-yaml names them
 * `"null"`, `yaml` `""`), collections (stringified differently), `__proto__`, or implicit keys
 * longer than `yaml` allows.
 */
function watchNodes(mayHaveProperties: boolean): (event: EventType, state: State) => void {
  const opened: number[] = []; // line, position of each open node
  let flowEnd = -1; // where the last flow collection closed
  // A flow sequence as a key without `:` (`{[a]}`) is known only by its string, as js-yaml makes it.
  const sequenceKeys = new Set<string>();
  const isSuspectKey = (key: string): boolean => key === 'null' || key === '__proto__' || key === '[object Object]' || sequenceKeys.has(key);
  return (event, state) => {
    if (event === 'open') {
      opened.push(state.line, state.position);
      return;
    }
    const openPosition = opened.pop() as number;
    const openLine = opened.pop() as number;
    const { input, position, kind, result, tag } = state as NodeState;
    if (mayHaveProperties) {
      // js-yaml reports a node's opening before its properties are read. Most nodes open at
      // spaces then their first character; the regex is for line breaks and comments.
      let at = openPosition;
      while (input.charCodeAt(at) === 0x20) at++;
      const first = input.charCodeAt(at);
      if (first === 0x26 || first === 0x2a || first === 0x21) leave(); // & * !
      if (first === 0x0a || first === 0x23) {
        PROPERTIES_AHEAD.lastIndex = at;
        if (PROPERTIES_AHEAD.test(input)) leave();
      }
    }
    const last = input.charCodeAt(position - 1);
    // A flow collection ends at its bracket; a block collection can end there too, but only
    // where its last flow collection, which closed just before, ended.
    const isFlowCollection = (kind === 'mapping' || kind === 'sequence') && (last === 0x5d || last === 0x7d) && position !== flowEnd;
    if (isFlowCollection) flowEnd = position;
    const isQuoted = kind === 'scalar' && (last === 0x22 || last === 0x27);
    const isPlain = kind === 'scalar' && tag !== null;
    if (state.line !== openLine && (isFlowCollection || isQuoted || isPlain)) leave();
    if (kind === 'scalar' && !isQuoted && !isPlain) { // a block scalar
      BLANK_FIRST_LINE.lastIndex = openPosition;
      if (BLANK_FIRST_LINE.test(input)) leave();
    }
    const next = input.charCodeAt(position);
    if ((isFlowCollection || isQuoted) && next === 0x23) leave(); // `yaml` wants a space before `#`
    // An empty block sequence item: js-yaml then reads a less indented `-` as a next item.
    if (kind === 'sequence' && (result as unknown[]).includes(null)) leave();
    if (isFlowCollection && kind === 'sequence') sequenceKeys.add(String(result));
    if (isFlowCollection && kind === 'mapping' && Object.keys(result as object).some(isSuspectKey)) leave();
    let colon = position;
    while (input.charCodeAt(colon) === 0x20) colon++;
    if (input.charCodeAt(colon) === 0x3a) { // the node is an implicit key (or an error js-yaml reports)
      if (result === null || typeof result === 'object' || result === '__proto__') leave();
      if (colon - openPosition > MAX_KEY_SPAN) leave();
    }
  };
}

/**
 * The data `text` holds, read by js-yaml, when `yaml` (with YAML_PARSE_OPTIONS) is sure to read
 * it without error or warning and to the same data (`toJS()`); `null` otherwise — "use the real
 * parser" — also for an empty document and one whose top node is not a map or a sequence
 * (js-yaml takes a less indented `#` line after a top-level block scalar for a comment).
 * Leaves to `yaml`: any line outside the tool's shapes (LINE_SHAPE), anything js-yaml refuses or warns about, anchors, aliases and tags,
 * directives and document markers, tabs, CR, a BOM, explicit `?` keys, duplicate keys (js-yaml
 * refuses them), `__proto__`, null and collection keys, keys over 1,000 characters, floats,
 * hex, octal, integers beyond ±(2^53 - 1), null sequence items, multi-line flow collections
 * and quoted or plain scalars (see LEFT_TO_YAML and watchNodes for the rest). Block scalars
 * (`|`, `>`) are read here. Linear in the text's length.
 * @throws only on an internal error of js-yaml that is not a YAMLException.
 */
export function readFastYaml(text: string): unknown {
  if (LEFT_TO_YAML.test(text) || !hasToolLineShapes(text)) return null;
  try {
    const data = load(text, { schema: FAST_SCHEMA, listener: watchNodes(MAY_HAVE_PROPERTIES.test(text)), onWarning: leave });
    // Only a map or a sequence: a top-level block scalar is one place where the parsers part.
    return typeof data === 'object' ? data : null;
  } catch (e) {
    if (e instanceof YAMLException || e instanceof LeftToYaml) return null;
    throw e;
  }
}

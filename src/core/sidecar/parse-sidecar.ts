/**
 * Reading a sidecar: text in, a validated, editable {@link SidecarDocument} out, or a
 * {@link SidecarParseError} naming file, line and column. No file I/O.
 */
import { isAlias, isCollection, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { ErrorObject } from 'ajv';
import { checkArticlePath } from './check-article-path';
import { checkReferences } from './check-references';
import { scanNesting } from './scan-nesting';
import { createProblem, MAX_PROBLEMS, SidecarParseError, type SidecarProblem } from './sidecar-parse-error';
import { MAX_SIDECAR_LENGTH } from './sidecar-limits';
import { describeSchemaError, isEchoError, validateSidecarSchema } from './sidecar-schema';
import { SidecarDocument } from './sidecar-document';
import { MAY_HAVE_PROPERTIES, readFastYaml } from './read-fast-yaml';
import { YAML_PARSE_OPTIONS } from './yaml-options';
import type { Sidecar } from './types';


/**
 * Parses and validates a sidecar.
 *
 * In order, each step stopping at the first that finds problems: the length limit
 * ({@link MAX_SIDECAR_LENGTH} code units, checked before anything else), the nesting limits
 * (see `scanNesting`), YAML syntax (errors and warnings both count), anything the format has
 * no use for (aliases, anchors, tags — which also defuses alias bombs), the JSON Schema, and
 * the cross-annotation rules (unique ids, `speaker`/`source` naming a `source` annotation,
 * `start <= end`, `article.path` inside the sidecar's folder).
 *
 * A valid sidecar that `js-yaml` is sure to read as `yaml` does (see `readFastYaml`; about
 * 40 MB/s against `yaml`'s 2) is read by it, and its `yaml` Document is composed only when it
 * is first edited or re-rendered; everything else, and every error, goes through `yaml`.
 *
 * @param text The sidecar's text (BOM already removed).
 * @param file The sidecar's path or name, used only in messages.
 * @throws SidecarParseError with 1-based line and column, for every kind of bad input.
 */
export function parseSidecar(text: string, file: string): SidecarDocument {
  if (text.length > MAX_SIDECAR_LENGTH) {
    fail(file, [createProblem(file, 1, 1, `sidecar too large: ${text.length} characters, the limit is ${MAX_SIDECAR_LENGTH}`)]);
  }
  const deep = scanNesting(text);
  if (deep) fail(file, [createProblem(file, deep.line, deep.column, deep.what)]);

  // Fast path: a valid sidecar that js-yaml reads as `yaml` would needs no `yaml` parse until
  // it is edited (see read-fast-yaml.ts). Anything else, and every error, takes the full path.
  const fast = readFastYaml(text);
  if (fast !== null && isValid(fast)) {
    return new SidecarDocument(() => composeDocument(text), fast, text);
  }

  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { ...YAML_PARSE_OPTIONS, lineCounter });
  const at = (offset: number): { line: number; col: number } => lineCounter.linePos(offset);

  const syntax: SidecarProblem[] = [];
  for (const e of [...doc.errors, ...doc.warnings]) {
    const pos = e.linePos?.[0] ?? at(e.pos[0]);
    // prettyErrors appends " at line L, column C:" and a source excerpt; we give the position.
    const what = (e.message.split('\n')[0] ?? e.code).replace(/ at line \d+, column \d+:?$/, '');
    syntax.push(createProblem(file, pos.line, pos.col, what));
  }
  if (syntax.length > 0) fail(file, syntax);

  const unused: SidecarProblem[] = [];
  // Walking every node costs more than the schema check on a big file: walk only when an
  // anchor, alias or tag may be present (`&`, `*` or `!` where a node can start).
  if (MAY_HAVE_PROPERTIES.test(text)) visit(doc, (_key, node) => {
    if (unused.length >= MAX_PROBLEMS) return visit.BREAK;
    if (!node) return undefined; // an empty value (`note:`): nothing to check
    const start = (node as Node).range?.[0] ?? 0;
    const pos = at(start);
    if (isAlias(node)) {
      unused.push(createProblem(file, pos.line, pos.col, `YAML alias *${node.source} is not allowed in a sidecar`));
    } else if (isScalar(node) || isCollection(node)) {
      if (node.anchor) unused.push(createProblem(file, pos.line, pos.col, `YAML anchor &${node.anchor} is not allowed in a sidecar`));
      if (node.tag) unused.push(createProblem(file, pos.line, pos.col, `YAML tag ${node.tag} is not allowed in a sidecar`));
    }
    return undefined;
  });
  if (unused.length > 0) fail(file, unused);

  // No aliases are left, so no alias can be expanded; the count is a second fence.
  const data: unknown = doc.toJS({ maxAliasCount: 0 });
  const schemaErrors = validateSidecarSchema(data).filter((e) => !isEchoError(e));
  if (schemaErrors.length > 0) {
    fail(file, schemaErrors.map((e) => {
      const pos = at(locateSchemaError(doc, e));
      return createProblem(file, pos.line, pos.col, describeSchemaError(e));
    }));
  }

  const sidecar = data as Sidecar;
  const rules: SidecarProblem[] = [];
  const pathProblem = checkArticlePath(sidecar.article.path);
  if (pathProblem) {
    const pos = at(nodeStart(doc, ['article', 'path']));
    rules.push(createProblem(file, pos.line, pos.col, `article.path ${JSON.stringify(sidecar.article.path)} ${pathProblem}`));
  }
  for (const p of checkReferences(sidecar.annotations, sidecar.retired)) {
    const pos = at(nodeStart(doc, ['annotations', p.index, ...p.field.split('.')]));
    rules.push(createProblem(file, pos.line, pos.col, `annotations.${p.index}.${p.field}: ${p.what}`));
  }
  if (rules.length > 0) fail(file, rules);

  return new SidecarDocument(doc, sidecar, text);
}

/** Whether data passes every check of the full path (schema, article path, references). */
function isValid(data: unknown): data is Sidecar {
  if (validateSidecarSchema(data).length > 0) return false;
  const sidecar = data as Sidecar;
  return checkArticlePath(sidecar.article.path) === null && checkReferences(sidecar.annotations, sidecar.retired).length === 0;
}

/** The `yaml` Document of a text the fast reader accepted. @throws Error if `yaml` disagrees. */
function composeDocument(text: string): Document {
  const doc = parseDocument(text, YAML_PARSE_OPTIONS);
  if (doc.errors.length > 0 || doc.warnings.length > 0) throw new Error('internal error: the sidecar read two ways gave different results; not editing it');
  return doc;
}

function fail(file: string, problems: SidecarProblem[]): never {
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  throw new SidecarParseError(file, problems.slice(0, MAX_PROBLEMS));
}

/** The offset where an ajv error is best shown: the offending key for unknown keys. */
function locateSchemaError(doc: Document, e: ErrorObject): number {
  const path = e.instancePath === '' ? [] : e.instancePath.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (e.keyword === 'additionalProperties') {
    path.push((e.params as { additionalProperty: string }).additionalProperty);
    return nodeStart(doc, path, true);
  }
  return nodeStart(doc, path, e.keyword === 'false schema');
}

/**
 * The source offset of the node at `path` (map keys and sequence indices), or of the deepest
 * node on the way when the path goes missing; `onKey`: the map key's offset, not its value's.
 */
function nodeStart(doc: Document, path: readonly (string | number)[], onKey = false): number {
  let node: unknown = doc.contents;
  let best = (doc.contents as Node | null)?.range?.[0] ?? 0;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    let next: unknown;
    let keyNode: unknown;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(seg));
      keyNode = pair?.key;
      next = pair?.value;
    } else if (isSeq(node)) {
      next = node.items[Number(seg)];
    }
    if (onKey && i === path.length - 1 && keyNode) return (keyNode as Node).range?.[0] ?? best;
    if (!next) return (keyNode as Node | undefined)?.range?.[0] ?? best;
    node = next;
    best = (next as Node).range?.[0] ?? best;
  }
  return best;
}

/**
 * New sidecars: data in, a document (or its text) out, in the canonical layout: a header
 * comment, annotations in text order, keys in a stable order, `retired` sorted.
 */
import { Document } from 'yaml';
import { checkArticlePath } from './check-article-path';
import { checkReferences } from './check-references';
import { orderSidecar } from './canonical-order';
import { createStyledNode, SidecarDocument } from './sidecar-document';
import { SidecarEditError } from './sidecar-edit-error';
import { describeSchemaError, isEchoError, SIDECAR_SCHEMA_ID, validateSidecarSchema } from './sidecar-schema';
import type { Sidecar } from './types';

/** The comment at the top of a new sidecar (each line becomes a `#` line). */
export const SIDECAR_HEADER = [
  ' News Annotator sidecar, format version 1: annotations (claims, sources, quotes, notes) of',
  ' the article named in article.path. Offsets are UTF-16 code units, end exclusive.',
  ' Safe to edit by hand: comments and key order are kept.',
  ` Schema: annotations/sidecar.schema.json in News Annotator (${SIDECAR_SCHEMA_ID}).`,
].join('\n');

/**
 * A new document holding `sidecar` in the canonical layout (see module comment).
 * @throws SidecarEditError `invalid` when `sidecar` breaks the schema or `article.path` rule,
 *   `duplicate-id` / `dangling-reference` when it breaks a cross-annotation rule.
 */
export function createSidecarDocument(sidecar: Sidecar): SidecarDocument {
  const ordered = orderSidecar(sidecar);
  const errors = validateSidecarSchema(ordered).filter((e) => !isEchoError(e));
  if (errors[0]) throw new SidecarEditError('', 'invalid', describeSchemaError(errors[0]));
  const pathProblem = checkArticlePath(ordered.article.path);
  if (pathProblem) throw new SidecarEditError('', 'invalid', `article.path ${pathProblem}`);
  const problem = checkReferences(ordered.annotations, ordered.retired)[0];
  if (problem) {
    const id = ordered.annotations[problem.index]?.id ?? '';
    throw new SidecarEditError(id, problem.field === 'id' ? 'duplicate-id' : problem.field.startsWith('target') ? 'invalid' : 'dangling-reference', problem.what);
  }
  const doc = new Document(null, { version: '1.2' });
  doc.contents = createStyledNode(doc, ordered) as typeof doc.contents;
  doc.commentBefore = SIDECAR_HEADER;
  return new SidecarDocument(doc, ordered, null);
}

/** The YAML text of a new sidecar file. @throws SidecarEditError as {@link createSidecarDocument}. */
export function stringifySidecar(sidecar: Sidecar): string {
  return createSidecarDocument(sidecar).toString();
}

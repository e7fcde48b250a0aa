/**
 * The sidecar format in the pure core: schema, parsing with located errors, a
 * comment-preserving editable document, annotations from an analysis, three-way merge,
 * resolution against the article and re-anchoring. Text in, data out; no file I/O.
 */
export type { Annotation, AnnotationConflict, AnnotationFields, AnnotationKind, AnnotationStatus, Reply, Sidecar } from './types';
export { SidecarParseError, MAX_PROBLEMS, type SidecarProblem } from './sidecar-parse-error';
export { SidecarEditError, type SidecarEditProblem } from './sidecar-edit-error';
export { MAX_SIDECAR_LENGTH, MAX_FLOW_DEPTH, MAX_INDENT } from './sidecar-limits';
export { SIDECAR_SCHEMA, SIDECAR_SCHEMA_ID } from './sidecar-schema';
export { checkArticlePath } from './check-article-path';
export { parseSidecar } from './parse-sidecar';
export { SidecarDocument, type AnnotationPatch } from './sidecar-document';
export { createSidecarDocument, stringifySidecar, SIDECAR_HEADER } from './create-sidecar-document';
export { fromAnalysis, type FromAnalysisOptions } from './from-analysis';
export { newAnnotationId, seedFor, ID_PREFIX } from './annotation-id';
export { newReplyId, replySeed } from './reply-id';
export { mergeSidecars, mergeIntoDocument, type MergeResult } from './merge-sidecars';
export { resolveSidecar, type AnnotationAnchor, type AnchorStatus } from './resolve-sidecar';
export { reanchorDocument } from './reanchor-document';
export { compareAnnotations } from './canonical-order';

/**
 * The logic of the annotation commands, pure: annotations from findings (one, or all not yet
 * covered), annotations from a selection, targets kept in step with a saved text, reply
 * threads, and the typed error for a refused request. Text and data in, data out.
 */
export { AnnotateError, type AnnotateProblem } from './annotate-error';
export { findCovering, overlaps, stampChange, stampNew, type PlacedAnnotation, type Stamp } from './placed-annotation';
export { findingAt, findingsIn, planAcceptAll, planAcceptFinding, type AcceptContext, type AcceptPlan, type FindingKey } from './accept-findings';
export { checkRange, findLabel, looksDirect, newAnnotation, type NewAnnotationInput } from './new-annotation';
export { planRetarget, retargetDocument } from './retarget';
export { addReply, editReply, deleteReply } from './replies';

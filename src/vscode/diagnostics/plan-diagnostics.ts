/**
 * What the Problems panel lists for an article, as plain data (no `vscode` import, no message
 * text: the shell words them through `vscode.l10n`). Each rule has a setting
 * `newsAnnotator.diagnostics.RULE` (error, warning, information, hint or off) and a `code`, so
 * quick fixes can find its diagnostics.
 */
import type { Analysis, Identity } from '../../core/analysis/types';
import type { Annotation } from '../../core/sidecar';

/** The rules, by setting name. */
export const DIAGNOSTIC_RULES = ['anonymousOnlyClaim', 'quoteWithoutSpeaker', 'orphan', 'danglingId'] as const;
export type DiagnosticRule = (typeof DIAGNOSTIC_RULES)[number];

/** Each rule's diagnostic `code` (what a quick fix matches on). */
export const DIAGNOSTIC_CODES: Readonly<Record<DiagnosticRule, string>> = {
  anonymousOnlyClaim: 'anonymous-only-claim',
  quoteWithoutSpeaker: 'quote-without-speaker',
  orphan: 'orphaned-annotation',
  danglingId: 'dangling-id',
};

/** The code of a sidecar that does not parse or validate (always an error: nothing is loaded). */
export const SIDECAR_INVALID_CODE = 'sidecar-invalid';

/** A setting's value. */
export const SEVERITY_NAMES = ['error', 'warning', 'information', 'hint', 'off'] as const;
export type SeverityName = (typeof SEVERITY_NAMES)[number];

/** The default severity of every rule. */
export const DEFAULT_SEVERITY: SeverityName = 'information';

/** A setting's value as a severity: anything that is not one of {@link SEVERITY_NAMES} is the default. */
export function toSeverityName(value: unknown): SeverityName {
  return typeof value === 'string' && (SEVERITY_NAMES as readonly string[]).includes(value) ? (value as SeverityName) : DEFAULT_SEVERITY;
}

/** One problem in the article. Offsets: UTF-16 code units into the current text, end exclusive. */
export type PlannedDiagnostic =
  | {
      readonly rule: 'anonymousOnlyClaim';
      readonly layer: 'annotation' | 'finding';
      /** The annotation's id, or the finding's (`c3`). */
      readonly id: string;
      readonly start: number;
      readonly end: number;
      readonly identity: Extract<Identity, 'anonymous' | 'vague'>;
      /** The source's words or label, as the article gives it. */
      readonly sourceLabel: string;
    }
  | { readonly rule: 'quoteWithoutSpeaker'; readonly layer: 'annotation' | 'finding'; readonly id: string; readonly start: number; readonly end: number }
  /** Drawn on the article's first line; `words` are the annotation's stored words. */
  | { readonly rule: 'orphan'; readonly layer: 'annotation'; readonly id: string; readonly words: string }
  /**
   * An id in the sidecar that names no source annotation: the `speaker` or `source` a merge
   * conflict block offers. (A dangling `speaker`/`source` of the annotation itself makes the
   * sidecar fail to parse: see {@link classifySidecarProblem}.)
   */
  | { readonly rule: 'danglingId'; readonly layer: 'annotation'; readonly id: string; readonly field: string; readonly ref: string; readonly start: number | null; readonly end: number | null };

/** What {@link planArticleDiagnostics} reads. */
export interface DiagnosticsInput {
  /** Findings no annotation covers (`uncoveredFindings`): a covered finding is reported as its annotation. */
  readonly findings: Analysis;
  /** All sources of the analysis, to look a finding's source up. */
  readonly speakers: Analysis['sources'];
  readonly annotations: readonly { readonly annotation: Annotation; readonly start: number | null; readonly end: number | null }[];
  /** Severity per rule; `off` rules are not planned. */
  readonly severities: Readonly<Record<DiagnosticRule, SeverityName>>;
}

/** The article's problems in text order (orphans and conflict ids last). Never throws. */
export function planArticleDiagnostics(input: DiagnosticsInput): PlannedDiagnostic[] {
  const on = (rule: DiagnosticRule): boolean => input.severities[rule] !== 'off';
  const out: PlannedDiagnostic[] = [];
  const sources = new Map(input.speakers.map((s) => [s.id, s]));
  const byId = new Map(input.annotations.map((t) => [t.annotation.id, t.annotation]));

  if (on('anonymousOnlyClaim')) {
    for (const c of input.findings.claims) {
      const s = c.attributedTo === null ? undefined : sources.get(c.attributedTo);
      if (s && (s.identity === 'anonymous' || s.identity === 'vague')) {
        out.push({ rule: 'anonymousOnlyClaim', layer: 'finding', id: c.id, start: c.start, end: c.end, identity: s.identity, sourceLabel: s.label });
      }
    }
    for (const t of input.annotations) {
      const a = t.annotation;
      if (a.kind !== 'claim' || a.source === undefined || t.start === null || t.end === null) continue;
      const s = byId.get(a.source);
      if (s?.identity === 'anonymous' || s?.identity === 'vague') {
        out.push({ rule: 'anonymousOnlyClaim', layer: 'annotation', id: a.id, start: t.start, end: t.end, identity: s.identity, sourceLabel: s.target.exact });
      }
    }
  }
  if (on('quoteWithoutSpeaker')) {
    for (const q of input.findings.quotes) {
      if (q.speaker === null) out.push({ rule: 'quoteWithoutSpeaker', layer: 'finding', id: q.id, start: q.start, end: q.end });
    }
    for (const t of input.annotations) {
      if (t.annotation.kind === 'quote' && t.annotation.speaker === undefined && t.start !== null && t.end !== null) {
        out.push({ rule: 'quoteWithoutSpeaker', layer: 'annotation', id: t.annotation.id, start: t.start, end: t.end });
      }
    }
  }
  const startOf = (d: PlannedDiagnostic): number => ('start' in d && d.start !== null ? d.start : 0);
  out.sort((x, y) => startOf(x) - startOf(y));
  if (on('orphan')) {
    for (const t of input.annotations) {
      if (t.start === null) out.push({ rule: 'orphan', layer: 'annotation', id: t.annotation.id, words: t.annotation.target.exact });
    }
  }
  if (on('danglingId')) {
    for (const t of input.annotations) {
      const values = t.annotation.conflict?.values;
      for (const field of ['speaker', 'source'] as const) {
        const ref = values?.[field];
        if (typeof ref === 'string' && byId.get(ref)?.kind !== 'source') {
          out.push({ rule: 'danglingId', layer: 'annotation', id: t.annotation.id, field: `conflict.values.${field}`, ref, start: t.start, end: t.end });
        }
      }
    }
  }
  return out;
}

/**
 * The code of one problem of a sidecar that failed to load: {@link DIAGNOSTIC_CODES}.danglingId
 * for a `speaker`/`source` that names no annotation (or not a source), else
 * {@link SIDECAR_INVALID_CODE}. (Messages come from the core's check-references.ts.)
 */
export function classifySidecarProblem(message: string): string {
  return /\b(speaker|source) "[^"]*" is (not the id of any annotation|a \w+, not a source)/.test(message) ? DIAGNOSTIC_CODES.danglingId : SIDECAR_INVALID_CODE;
}

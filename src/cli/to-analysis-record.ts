/**
 * The JSON shape of one analysed file for `news-annotator analyze --format json` (one JSON
 * object a line). Keys are built explicitly, in the documented order, so that additions to
 * the core's types never leak into the CLI's output.
 */
import type { Analysis, Language, Span } from '../core/analysis/types';

/** A span as printed: UTF-16 code units into the file's text (BOM removed), end exclusive. */
export interface SpanRecord {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** One line of `--format json`. Optional keys are absent (never `null`) when the analysis has no value. */
export interface AnalysisRecord {
  readonly file: string;
  readonly language: Language;
  readonly sources: readonly {
    readonly id: string;
    readonly identity: string;
    readonly label: string;
    readonly role?: string;
    readonly reason?: string;
    readonly mentions: readonly SpanRecord[];
  }[];
  readonly quotes: readonly {
    readonly id: string;
    readonly start: number;
    readonly end: number;
    readonly text: string;
    readonly direct: boolean;
    readonly speaker: string | null;
    readonly cue?: SpanRecord;
    /** `speech`, `thought` or `evidence` (indirect quotes, by their cue). */
    readonly type?: string;
  }[];
  readonly claims: readonly {
    readonly id: string;
    readonly start: number;
    readonly end: number;
    readonly text: string;
    readonly attributedTo: string | null;
    readonly reasons: readonly string[];
  }[];
}

/** Builds the record for `file` (the path as the user gave it) from its analysis. */
export function toAnalysisRecord(file: string, analysis: Analysis): AnalysisRecord {
  return {
    file,
    language: analysis.language,
    sources: analysis.sources.map((s) => ({
      id: s.id,
      identity: s.identity,
      label: s.label,
      ...(s.role === undefined ? {} : { role: s.role }),
      ...(s.reason === undefined ? {} : { reason: s.reason }),
      mentions: s.mentions.map(toSpanRecord),
    })),
    quotes: analysis.quotes.map((q) => ({
      id: q.id,
      start: q.start,
      end: q.end,
      text: q.text,
      direct: q.direct,
      speaker: q.speaker,
      ...(q.cue === undefined ? {} : { cue: toSpanRecord(q.cue) }),
      ...(q.type === undefined ? {} : { type: q.type }),
    })),
    claims: analysis.claims.map((c) => ({
      id: c.id,
      start: c.start,
      end: c.end,
      text: c.text,
      attributedTo: c.attributedTo,
      reasons: [...c.reasons],
    })),
  };
}

function toSpanRecord(span: Span): SpanRecord {
  return { start: span.start, end: span.end, text: span.text };
}

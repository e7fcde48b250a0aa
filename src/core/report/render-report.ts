/**
 * One entry point for every format: a report in, what to write out.
 */
import { formatBrat, type BratFile } from './format-brat';
import { formatCsv } from './format-csv';
import { formatHtml } from './format-html';
import { formatJsonLd } from './format-jsonld';
import { formatMarkdown } from './format-markdown';
import type { WorkspaceReport } from './report-types';

/** The report formats, as the CLI's `--format` and the Export Report command name them. */
export const REPORT_FORMATS = ['md', 'html', 'csv', 'jsonld', 'brat'] as const;
/** One of {@link REPORT_FORMATS}. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];
/** The file extension of each single-file format (brat writes a folder). */
export const REPORT_EXTENSIONS: Record<Exclude<ReportFormat, 'brat'>, string> = { md: '.md', html: '.html', csv: '.csv', jsonld: '.jsonld' };

/** What a format produces: one file's text, or (brat) a folder of files. */
export type RenderedReport = { readonly kind: 'file'; readonly content: string } | { readonly kind: 'folder'; readonly files: readonly BratFile[] };

/** Renders `report` in `format`. */
export function renderReport(report: WorkspaceReport, format: ReportFormat): RenderedReport {
  switch (format) {
    case 'md':
      return { kind: 'file', content: formatMarkdown(report) };
    case 'html':
      return { kind: 'file', content: formatHtml(report) };
    case 'csv':
      return { kind: 'file', content: formatCsv(report) };
    case 'jsonld':
      return { kind: 'file', content: formatJsonLd(report) };
    case 'brat':
      return { kind: 'folder', files: formatBrat(report) };
  }
}

/** Whether `value` names a format. */
export function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}

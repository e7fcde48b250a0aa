/**
 * Annotation reports in the pure core: the report model (per article and for a workspace) and
 * one renderer per format. Text and sidecars in, strings out; no file I/O.
 */
export type * from './report-types';
export { buildArticleReport, buildWorkspaceReport, type ArticleInput, type ArticleReportOptions, type WorkspaceReportOptions } from './report-model';
export { formatMarkdown } from './format-markdown';
export { formatHtml, REPORT_CSP } from './format-html';
export { formatCsv, csvField, CSV_COLUMNS } from './format-csv';
export { formatJsonLd, articleIri, DEFAULT_BASE_IRI, type JsonLdOptions } from './format-jsonld';
export { formatBrat, formatAnn, bratNames, BRAT_CONF, type BratFile } from './format-brat';
export { REPORT_COLORS, type ReportColor, type ReportColorId } from './report-colors';
export { codePointOffsets } from './code-points';
export { sourceKey } from './source-key';
export { countWords } from './count-words';
export { articleTitle } from './article-title';

export { renderReport, isReportFormat, REPORT_FORMATS, REPORT_EXTENSIONS, type ReportFormat, type RenderedReport } from './render-report';

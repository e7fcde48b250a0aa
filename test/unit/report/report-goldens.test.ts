/**
 * Golden files of every format on the seed article and on the small workspace: the whole
 * output, byte for byte (test/fixtures/report/golden/; UPDATE_REPORT_GOLDENS=1 rewrites).
 */
import { formatBrat, formatCsv, formatHtml, formatJsonLd, formatMarkdown, type WorkspaceReport } from '../../../src/core/report';
import { assertGolden, seedReport, workspaceReport } from './report-fixtures';

const CASES: { name: string; report: () => WorkspaceReport }[] = [
  { name: 'seed', report: () => seedReport() },
  { name: 'seed-findings', report: () => seedReport(true) },
  { name: 'workspace', report: () => workspaceReport() },
];

describe('report goldens', () => {
  for (const c of CASES) {
    it(`${c.name}: Markdown`, () => assertGolden(`${c.name}.md`, formatMarkdown(c.report())));
    it(`${c.name}: HTML`, () => assertGolden(`${c.name}.html`, formatHtml(c.report())));
    it(`${c.name}: CSV`, () => assertGolden(`${c.name}.csv`, formatCsv(c.report())));
    it(`${c.name}: JSON-LD`, () => assertGolden(`${c.name}.jsonld`, formatJsonLd(c.report())));
    it(`${c.name}: brat`, () => {
      const files = formatBrat(c.report()).filter((f) => !f.path.endsWith('.txt'));
      assertGolden(`${c.name}.brat.txt`, files.map((f) => `=== ${f.path} ===\n${f.content}`).join('\n'));
    });
  }
});

/**
 * `npm run bench`: prints one JSON object with every benchmark's figures.
 * Each section lives in its own file and returns plain data.
 */
import { benchAnalysis } from './analysis.bench';
import { benchSourcing } from './sourcing.bench';
import { benchReadingView } from './reading-view.bench';
import { benchReport } from './report.bench';
import { benchAnchoring } from './anchoring.bench';
import { benchSidecar } from './sidecar.bench';
import { benchGrammar } from './grammar.bench';
import { benchKeystroke } from './keystroke.bench';
import { benchEngineVsTextMate } from './engine-vs-textmate.bench';

async function main(): Promise<void> {
  const only = process.argv[2];
  const sections: Record<string, () => Promise<unknown> | unknown> = {
    sourcing: benchSourcing,
    'reading-view': benchReadingView,
    report: benchReport,
    analysis: benchAnalysis,
    anchoring: benchAnchoring,
    sidecar: benchSidecar,
    grammar: benchGrammar,
    keystroke: benchKeystroke,
    'engine-vs-textmate': benchEngineVsTextMate,
  };
  const result: Record<string, unknown> = { node: process.version, date: new Date().toISOString() };
  for (const [name, run] of Object.entries(sections)) {
    if (only && only !== name) continue;
    result[name] = await run();
  }
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
}

main().catch((err: unknown) => {
  process.stderr.write(String(err instanceof Error ? err.stack : err) + '\n');
  process.exitCode = 1;
});

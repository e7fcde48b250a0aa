/**
 * The `--extensionTestsPath` entry of the suite that runs inside a real VS Code (code-server's
 * extension host via `npm run test:vscode`; VS Code desktop via @vscode/test-electron).
 * Contract: `run()` resolves when every test passed, rejects otherwise.
 *
 * esbuild bundles this file to dist/test/vscode/index.js and the suites to suites.js beside it;
 * mocha itself is required from node_modules at run time.
 */
import Mocha from 'mocha';
import * as path from 'node:path';

/** Per-test limit: opening the first editor in a cold workbench takes a few seconds. */
const TEST_TIMEOUT_MS = 60_000;

/** Runs the suites; rejects with the number of failures. */
export async function run(): Promise<void> {
  // VSCODE_TEST_GREP (passed through by the runner): only the tests whose title matches, e.g. the Arabic UI run.
  const grep = process.env.VSCODE_TEST_GREP;
  const mocha = new Mocha({ ui: 'tdd', timeout: TEST_TIMEOUT_MS, color: false, reporter: 'spec', ...(grep ? { grep } : {}) });
  mocha.addFile(path.join(__dirname, 'suites.js'));
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} VS Code test(s) failed.`);
}

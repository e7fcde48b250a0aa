// `npm run test:electron`: the same suite as `npm run test:vscode`, in VS Code desktop
// downloaded by @vscode/test-electron (for machines that can download it; not this one).
// The suite is dist/test/vscode/suites.js, built by `node scripts/build.mjs --only extension,vscode-tests`.
import { defineConfig } from '@vscode/test-cli';
import fs from 'node:fs';
import path from 'node:path';

// A fresh copy of the test workspace each run, as `npm run test:vscode` makes: tests write
// sidecars. .vscode-test/ is git-ignored (and also holds the downloaded VS Code).
const workspace = path.resolve('.vscode-test', 'workspace');
fs.rmSync(workspace, { recursive: true, force: true });
fs.mkdirSync(workspace, { recursive: true });
for (const file of ['test/fixtures/haftar-moscow.ar.txt', 'test/fixtures/en/grain-corridor.en.txt']) {
  fs.copyFileSync(file, path.join(workspace, path.basename(file)));
}

export default defineConfig({
  label: 'vscode',
  files: 'dist/test/vscode/suites.js',
  workspaceFolder: workspace,
  version: 'stable',
  mocha: { ui: 'tdd', timeout: 60_000 },
  launchArgs: ['--disable-extensions', '--disable-workspace-trust'],
});

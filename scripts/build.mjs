// Bundles the extension, the CLI, the benchmarks and the VS Code test suite with esbuild.
// Usage: node scripts/build.mjs [--production] [--only NAME,NAME]
//   names: extension, cli, bench, vscode-tests (default: all that apply; --production leaves
//   out bench and vscode-tests, which never ship).
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const onlyArg = process.argv.find((a) => a.startsWith('--only'));
const onlyValue = onlyArg === '--only' ? process.argv[process.argv.indexOf('--only') + 1] : onlyArg?.split('=')[1];
const only = onlyValue ? new Set(onlyValue.split(',')) : null;

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

/** @type {Record<string, import('esbuild').BuildOptions & { dev?: boolean }>} */
const entries = {
  extension: { entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  cli: { entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  bench: { entryPoints: ['bench/index.ts'], outfile: 'dist/bench.js', dev: true },
  // The suite that runs inside VS Code: dist/test/vscode/suites.js registers the tests (what
  // @vscode/test-cli loads); dist/test/vscode/index.js exports `run()` (`--extensionTestsPath`).
  // mocha stays external: it is required from node_modules at run time (it does not bundle cleanly).
  'vscode-tests': {
    entryPoints: ['test/vscode/index.ts', 'test/vscode/suites.ts'], outdir: 'dist/test/vscode', external: ['vscode', 'mocha'], dev: true,
  },
};

const unknown = only ? [...only].filter((n) => !(n in entries)) : [];
if (unknown.length > 0) {
  console.error(`build: unknown entry ${unknown.join(', ')} (known: ${Object.keys(entries).join(', ')})`);
  process.exit(2);
}
const selected = Object.entries(entries).filter(([name, e]) => (only ? only.has(name) : !(production && e.dev)));
await Promise.all(selected.map(([, { dev: _dev, ...e }]) => esbuild.build({ ...common, ...e })));

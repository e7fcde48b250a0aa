// Bundles the extension, the CLI and the benchmarks with esbuild.
// Usage: node scripts/build.mjs [--production]
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');

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

const entries = [
  { entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];
if (!production) entries.push({ entryPoints: ['bench/index.ts'], outfile: 'dist/bench.js' });

await Promise.all(entries.map((e) => esbuild.build({ ...common, ...e })));

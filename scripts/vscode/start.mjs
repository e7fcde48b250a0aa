// `npm start`: the extension in a local VS Code (code-server), on a sample workspace.
// Builds and packages the extension, installs the .vsix into code-server's own extensions
// folder under .vscode-ci/start/, makes the sample workspace (articles + sidecars, kept across
// restarts), starts code-server on 127.0.0.1 and prints the URL. Ctrl-C stops it (exit 0).
//
// Usage: npm start [-- --port N]      (or NEWS_ANNOTATOR_PORT=N; default 18080)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PATHS, ROOT } from './ci-paths.mjs';
import { QUIET_SETTINGS, isPortTaken, runCodeServerCli, startCodeServer, writeUserSettings } from './code-server.mjs';
import { installVscodeCi } from './install.mjs';

/** The default port: fixed, so a bookmarked URL keeps working; chosen away from the common 8080. */
export const DEFAULT_PORT = 18080;

/** Where `npm start` keeps its state (user data, extensions, workspace): survives restarts. */
export const START_PATHS = Object.freeze({
  userDataDir: path.join(PATHS.startDir, 'user-data'),
  extensionsDir: path.join(PATHS.startDir, 'extensions'),
  xdgDir: path.join(PATHS.startDir, 'xdg'),
  workspace: path.join(PATHS.startDir, 'workspace'),
  vsix: path.join(PATHS.startDir, 'news-annotator.vsix'),
  log: path.join(PATHS.startDir, 'code-server.log'),
});

/** The port from `--port N`, `--port=N`, NEWS_ANNOTATOR_PORT, or the default. Throws on a bad value. */
export function chosenPort(argv = process.argv.slice(2)) {
  const i = argv.findIndex((a) => a === '--port' || a.startsWith('--port='));
  const raw = i < 0 ? process.env.NEWS_ANNOTATOR_PORT : argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  if (raw === undefined || raw === '') return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`bad port ${JSON.stringify(raw)}`);
  return port;
}

/** The URL that opens the sample workspace. */
export function workspaceUrl(base) {
  return `${base}/?folder=${encodeURI(START_PATHS.workspace)}`;
}

function step(label, fn) {
  const t = Date.now();
  const result = fn();
  console.log(`[start] ${label} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  return result;
}

function runOrThrow(cmd, args) {
  const res = spawnSync(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${res.status}):\n${res.stdout}${res.stderr}`);
  return res.stdout;
}

async function main() {
  const t0 = Date.now();
  const port = chosenPort();
  if (await isPortTaken(port)) throw new Error(`port ${port} is in use (another npm start?); choose one with: npm start -- --port N`);
  fs.mkdirSync(PATHS.startDir, { recursive: true });

  step('VS Code (code-server) ready', () => installVscodeCi());
  // vsce runs vscode:prepublish (the production build) and packs what .vscodeignore lets through.
  step('extension packaged', () => runOrThrow(path.join(ROOT, 'node_modules', '.bin', 'vsce'),
    ['package', '--no-dependencies', '--allow-missing-repository', '--out', START_PATHS.vsix]));
  step('extension installed', () => runCodeServerCli(['--install-extension', START_PATHS.vsix, '--force',
    '--extensions-dir', START_PATHS.extensionsDir, '--user-data-dir', START_PATHS.userDataDir], { xdgDir: START_PATHS.xdgDir }));
  step('sample workspace ready', () => runOrThrow(path.join(ROOT, 'node_modules', '.bin', 'tsx'),
    [path.join(ROOT, 'scripts', 'vscode', 'make-sample-workspace.ts'), START_PATHS.workspace]));
  writeUserSettings(START_PATHS.userDataDir, { ...QUIET_SETTINGS, 'workbench.colorTheme': 'Default Dark Modern' });

  const t = Date.now();
  const server = await startCodeServer({ port, ...START_PATHS, logFile: START_PATHS.log });
  console.log(`[start] code-server up (${((Date.now() - t) / 1000).toFixed(1)} s); ready in ${((Date.now() - t0) / 1000).toFixed(1)} s in all`);
  console.log('');
  console.log(`  Open in a browser:  ${workspaceUrl(server.url)}`);
  console.log(`  Workspace:          ${START_PATHS.workspace}`);
  console.log(`  Log:                ${START_PATHS.log}`);
  console.log('  Stop:               Ctrl-C');
  console.log('');

  let stopping = false;
  const stop = (signal) => {
    if (stopping) return;
    stopping = true;
    console.log(`[start] ${signal}: stopping code-server (process group ${server.pid})`);
    server.stop().then(() => process.exit(0), (err) => {
      console.error(`[start] stop failed: ${err.message}`);
      process.exit(1);
    });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  const code = await server.exited;
  if (!stopping) {
    console.error(`[start] code-server exited on its own (${code}); see ${START_PATHS.log}`);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err) => {
    console.error(`[start] ${err instanceof Error ? err.message : err}`);
    process.exit(1);
  });
}

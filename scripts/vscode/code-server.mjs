// Starts and stops code-server (VS Code server + web workbench) for the harness and `npm start`.
// It runs detached in its own process group, so stopping it kills every child it spawned
// (extension host, file watcher, pty host) by the group's id.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { PATHS, envWithNode24 } from './ci-paths.mjs';

/** Settings for a quiet, deterministic workbench (no welcome page, tips, trust prompt, updates or AI panels). */
export const QUIET_SETTINGS = Object.freeze({
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  // The workspaces live inside this repository's checkout: do not offer to open it.
  'git.openRepositoryInParentFolders': 'never',
});

/** A free TCP port on 127.0.0.1 (asked of the OS; a race with another process is possible but rare). */
export function findFreePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** True when something already listens on 127.0.0.1:port. */
export function isPortTaken(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
}

/** Writes user settings into `userDataDir`, merged over what is there (an analyst's own settings survive). */
export function writeUserSettings(userDataDir, settings) {
  const file = path.join(userDataDir, 'User', 'settings.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  let current = {};
  if (fs.existsSync(file)) {
    try {
      current = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (err) {
      // settings.json may hold comments (JSONC): leave the user's file alone.
      console.warn(`[code-server] ${file} is not plain JSON (${err.message}); not changing it`);
      return;
    }
  }
  // Ours fill the gaps; the user's own values win.
  fs.writeFileSync(file, JSON.stringify({ ...settings, ...current }, null, 2) + '\n');
}

/** Runs the code-server CLI to completion (e.g. `--install-extension`); throws on failure. */
export function runCodeServerCli(args, { xdgDir }) {
  const res = spawnSync(PATHS.codeServerBin, args, {
    env: envWithNode24({ XDG_CONFIG_HOME: xdgDir, XDG_DATA_HOME: xdgDir }), encoding: 'utf8',
  });
  if (res.status !== 0) throw new Error(`code-server ${args.join(' ')} failed (${res.status}):\n${res.stdout}${res.stderr}`);
  return res.stdout;
}

/**
 * Starts code-server on 127.0.0.1:port and waits until /healthz answers.
 * Returns { url, pid, stop(), exited } — `stop()` kills the whole process group (TERM, then
 * KILL after 5 s) and resolves when the main process is gone; `exited` resolves with the exit
 * code if it dies on its own. Throws (after stopping it) when it is not healthy in time.
 */
export async function startCodeServer({ port, userDataDir, extensionsDir, xdgDir, logFile, extraArgs = [], healthTimeoutMs = 60_000 }) {
  for (const d of [userDataDir, extensionsDir, xdgDir]) fs.mkdirSync(d, { recursive: true });
  const log = fs.openSync(logFile, 'a');
  const child = spawn(PATHS.codeServerBin, [
    '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    ...extraArgs,
  ], {
    detached: true, // its own process group: stop() kills the group
    stdio: ['ignore', log, log],
    env: envWithNode24({ XDG_CONFIG_HOME: xdgDir, XDG_DATA_HOME: xdgDir, XDG_CACHE_HOME: path.join(xdgDir, 'cache') }),
  });
  fs.closeSync(log);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  let alive = true;
  exited.then(() => { alive = false; });

  const stop = async () => {
    if (!alive) return;
    killGroup(child.pid, 'SIGTERM');
    const killed = await Promise.race([exited.then(() => true), delay(5000).then(() => false)]);
    if (!killed) {
      killGroup(child.pid, 'SIGKILL');
      await exited;
    }
    // Children that ignored TERM (the pty host, watchers) go with the group.
    killGroup(child.pid, 'SIGKILL');
  };

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + healthTimeoutMs;
  for (;;) {
    if (!alive) throw new Error(`code-server exited during start-up; see ${logFile}`);
    if (await isHealthy(url)) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer ${url}/healthz within ${healthTimeoutMs} ms; see ${logFile}`);
    }
    await delay(200);
  }
  return { url, pid: child.pid, stop, exited };
}

/** Sends `signal` to process group `pgid`; a group that is already gone is not an error. */
export function killGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
  } catch (err) {
    if (err.code !== 'ESRCH') throw err;
  }
}

async function isHealthy(url) {
  try {
    const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) });
    return res.ok;
  } catch {
    return false; // not listening yet
  }
}

export function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

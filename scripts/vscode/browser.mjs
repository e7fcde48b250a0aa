// Headless Debian Chromium driven by playwright-core (both from .vscode-ci/; playwright never
// downloads a browser of its own here).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { PATHS } from './ci-paths.mjs';

/** Flags for a quiet, offline, sandbox-less (root in a container) headless Chromium. */
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

const CLOSE_TIMEOUT_MS = 5000;

/**
 * Launches Chromium with a fresh profile and returns { page, close() }; `close()` closes the
 * browser (playwright kills its processes) and removes the profile.
 */
export async function launchBrowser({ width = 1280, height = 800 } = {}) {
  const { chromium } = createRequire(path.join(PATHS.vscodeDir, 'package.json'))('playwright-core');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: PATHS.chromium, headless: true, viewport: { width, height }, args: CHROMIUM_ARGS,
    // The callers stop everything themselves, in order: playwright must not exit the process on a signal.
    handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const close = async () => {
    // A browser killed by the terminal's Ctrl-C can leave close() waiting: bound it.
    await Promise.race([context.close(), new Promise((resolve) => setTimeout(resolve, CLOSE_TIMEOUT_MS).unref())]);
    fs.rmSync(profile, { recursive: true, force: true, maxRetries: 5 }); // Chromium may still be writing as it exits
  };
  return { page, close };
}

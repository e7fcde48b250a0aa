// `npm run test:vscode`: runs test/vscode (bundled to dist/test/vscode/index.js) inside a real
// VS Code — code-server's Node extension host, driven through its web workbench by headless
// Chromium — on a fresh copy of the test workspace. Installs what is missing first.
//
// Prints mocha's report, then a closing line `N passed, N failed`; exits 0 only when the suite
// ran at least one test and none failed. A suite that gives no result within the time limit
// is stopped and counts as a failure.
//
// Env: VSCODE_TEST_TIMEOUT_MS (default 300000), VSCODE_CI_DIR (default .vscode-ci), CHROMIUM,
// VSCODE_TEST_LOCALE (code-server's --locale, e.g. ar), VSCODE_TEST_GREP (run only the tests it matches).
// Other variables reach the extension host (and so the tests).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import util from 'node:util';
import { launchBrowser } from './browser.mjs';
import { PATHS, ROOT } from './ci-paths.mjs';
import { QUIET_SETTINGS, delay, findFreePort, startCodeServer, writeUserSettings } from './code-server.mjs';
import { installVscodeCi } from './install.mjs';

const TIMEOUT_MS = Number(process.env.VSCODE_TEST_TIMEOUT_MS || 300_000);
const TESTS_ENTRY = path.join(ROOT, 'dist', 'test', 'vscode', 'index.js');
const SCREENSHOT_DIR = path.join(ROOT, 'test-results');
/** What the test workspace holds: the Arabic seed article and an English fixture. */
const WORKSPACE_FILES = [
  path.join(ROOT, 'test', 'fixtures', 'haftar-moscow.ar.txt'),
  path.join(ROOT, 'test', 'fixtures', 'en', 'grain-corridor.en.txt'),
];

/**
 * Workbench messages that say nothing about the suite: connection chatter, and the extension
 * gallery (open-vsx), which cannot be reached offline. Everything else is printed.
 */
const NOISE = [
  /ENOTFOUND open-vsx\.org/, /^Resolv(ing|ed) connection token/, /^Creating a socket/, /^\[AgentHost/,
  /^\[reconnection-grace-time\]/, /^Updating additional builtin extensions cache/, /^\[Service Worker\]/, /^\[AccountPolicyGate\]/,
];

const say = (line) => console.log(`[test:vscode] ${line}`);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** Counts from mocha's spec reporter, as its lines arrive (the totals win over the running counts). */
function createTally() {
  const tally = { passed: 0, failed: 0, totals: null };
  tally.read = (line) => {
    let m;
    if ((m = /^\s*(\d+) passing/m.exec(line))) tally.totals = { passed: Number(m[1]), failed: 0 };
    if ((m = /^\s*(\d+) failing/m.exec(line)) && tally.totals) tally.totals.failed = Number(m[1]);
    if (tally.totals) return;
    if (/^\s*[✔✓] /.test(line)) tally.passed += 1;
    else if (/^\s*\d+\) /.test(line)) tally.failed += 1;
  };
  tally.result = () => tally.totals ?? { passed: tally.passed, failed: tally.failed };
  return tally;
}

function build() {
  const res = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs'), '--only', 'extension,vscode-tests'], { cwd: ROOT, stdio: 'inherit' });
  if (res.status !== 0) throw new Error('build failed');
}

function makeWorkspace(work) {
  const dir = path.join(work, 'workspace');
  fs.mkdirSync(dir, { recursive: true });
  for (const file of WORKSPACE_FILES) fs.copyFileSync(file, path.join(dir, path.basename(file)));
  return dir;
}

/**
 * VS Code takes a display language only from an installed language pack; VS Code's own packs
 * are not reachable offline. For VSCODE_TEST_LOCALE this registers a stand-in pack with no
 * translations in user-data's languagepacks.json (what installing a pack writes): the
 * workbench's own strings stay English, `vscode.env.language` is the locale, and extensions'
 * l10n bundles (l10n/bundle.l10n.LOCALE.json) are used.
 */
function writeStandInLanguagePack(userDataDir, work, locale) {
  const translations = path.join(work, `stand-in-language-pack-${locale}.json`);
  fs.writeFileSync(translations, JSON.stringify({ contents: {} }));
  const packs = {
    [locale]: {
      hash: `stand-in-${locale}`,
      extensions: [{ extensionIdentifier: { id: `news-annotator.stand-in-language-pack-${locale}` }, version: '0.0.0' }],
      translations: { vscode: translations },
      label: locale,
    },
  };
  fs.mkdirSync(userDataDir, { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'languagepacks.json'), JSON.stringify(packs));
}

async function main() {
  const cleanups = [];
  const cleanup = async () => {
    while (cleanups.length > 0) {
      const step = cleanups.pop();
      try {
        await step();
      } catch (err) {
        console.error(`[test:vscode] clean-up step failed: ${err instanceof Error ? err.message : err}`);
      }
    }
  };
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      say(`${signal}: stopping`);
      void cleanup().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
    });
  }

  const tally = createTally();
  let exitCode = 1;
  try {
    const installMs = installVscodeCi();
    const buildStart = Date.now();
    build();
    const buildMs = Date.now() - buildStart;

    let t = Date.now();
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-vscode-test-'));
    const logFile = path.join(work, 'code-server.log');
    let keepWork = false;
    cleanups.push(async () => {
      if (!keepWork) fs.rmSync(work, { recursive: true, force: true });
    });
    const userDataDir = path.join(work, 'user-data');
    writeUserSettings(userDataDir, QUIET_SETTINGS);
    if (process.env.VSCODE_TEST_LOCALE) writeStandInLanguagePack(userDataDir, work, process.env.VSCODE_TEST_LOCALE);
    const workspace = makeWorkspace(work);
    const server = await startCodeServer({
      port: await findFreePort(), userDataDir, logFile,
      extensionsDir: path.join(work, 'extensions'), xdgDir: path.join(work, 'xdg'),
      // VSCODE_TEST_LOCALE=ar: the workbench's display language (the extension's l10n bundles follow it).
      extraArgs: ['--vscode-option', 'enable-smoke-test-driver', ...(process.env.VSCODE_TEST_LOCALE ? ['--locale', process.env.VSCODE_TEST_LOCALE] : [])],
    });
    cleanups.push(server.stop);
    const browser = await launchBrowser();
    cleanups.push(browser.close);
    const startMs = Date.now() - t;

    t = Date.now();
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const page = browser.page;
    let shots = Promise.resolve();
    let finish;
    const finished = new Promise((resolve) => (finish = resolve));
    // With enable-smoke-test-driver the workbench reports the extension host's console through
    // codeAutomationLog and the suite's end through codeAutomationExit.
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = util.format(...args);
      // `__CONTEXTMENU__ NAME [ITEM]`: right-click the active editor (the extension host cannot
      // open a context menu), hover ITEM to open its submenu, save NAME.png, close the menu.
      const menu = /__CONTEXTMENU__ ([\w.-]+)(?: (.+))?/.exec(line);
      if (menu) {
        const file = path.join(SCREENSHOT_DIR, `${menu[1]}.png`);
        shots = shots.then(async () => {
          const lines = page.locator('.editor-group-container.active .monaco-editor .view-lines').first();
          const box = await lines.boundingBox();
          if (!box) throw new Error('no editor to right-click');
          await page.mouse.click(box.x + box.width / 2, box.y + 30, { button: 'right' });
          await delay(800);
          if (menu[2]) {
            await page.locator('.context-view .action-item', { hasText: menu[2].trim() }).first().hover();
            await delay(1000);
          }
          await page.screenshot({ path: file });
          await page.keyboard.press('Escape');
          await page.keyboard.press('Escape');
        }).then(() => say(`screenshot ${path.relative(ROOT, file)} (context menu)`));
        return;
      }
      const shot = /__SCREENSHOT__ ([\w.-]+)/.exec(line);
      if (shot) {
        const file = path.join(SCREENSHOT_DIR, `${shot[1]}.png`);
        shots = shots.then(() => page.screenshot({ path: file })).then(() => say(`screenshot ${path.relative(ROOT, file)}`));
        return;
      }
      tally.read(line);
      if (NOISE.some((re) => re.test(line))) return;
      (type === 'error' ? console.error : console.log)(line);
    });
    await page.exposeFunction('codeAutomationExit', (code) => finish(Number(code)));
    const remote = (p) => `vscode-remote://${new URL(server.url).host}${p}`;
    const payload = [['extensionDevelopmentPath', remote(ROOT)], ['extensionTestsPath', remote(TESTS_ENTRY)]];
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);

    const outcome = await Promise.race([
      finished,
      delay(TIMEOUT_MS).then(() => 'timeout'),
      server.exited.then((c) => `code-server exited (${c})`),
    ]);
    await shots.catch((err) => console.error(`[test:vscode] screenshot failed: ${err.message}`));
    const suiteMs = Date.now() - t;

    const { passed, failed } = tally.result();
    let failedTotal = failed;
    if (outcome === 'timeout' || typeof outcome === 'string') {
      say(outcome === 'timeout' ? `no result after ${seconds(TIMEOUT_MS)}: stopped (counts as a failure)` : `${outcome} before the suite finished`);
      failedTotal += 1;
    } else if (outcome !== 0 && failed === 0) {
      say(`the suite exited with ${outcome} without a failing test (it could not load?)`);
      failedTotal += 1;
    }
    if (passed === 0 && failedTotal === 0) {
      say('no test ran');
      failedTotal = 1;
    }
    keepWork = failedTotal > 0;
    say(`timings: install ${seconds(installMs)}, build ${seconds(buildMs)}, start ${seconds(startMs)}, suite ${seconds(suiteMs)}`);
    if (keepWork) {
      console.log(`--- code-server log (tail; kept with the workspace in ${work}) ---`);
      console.log(fs.readFileSync(logFile, 'utf8').split('\n').slice(-20).join('\n'));
    }
    console.log(`${passed} passed, ${failedTotal} failed`);
    exitCode = failedTotal > 0 ? 1 : 0;
  } catch (err) {
    console.error(`[test:vscode] ${err instanceof Error ? err.message : err}`);
    const { passed, failed } = tally.result();
    console.log(`${passed} passed, ${failed + 1} failed`);
    exitCode = 1;
  } finally {
    await cleanup();
  }
  process.exit(exitCode);
}

await main();

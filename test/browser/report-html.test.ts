/// <reference lib="dom" />
/**
 * The HTML report in a real headless Chromium (Debian's, driven by playwright-core from
 * .vscode-ci/; see scripts/vscode/browser.mjs): a note holding `<img src=x onerror=...>` and
 * `</script><script>...` shows as text and no script runs (with the CSP, and without it: the
 * escaping alone must hold), nothing is fetched, Arabic is right to left (computed style),
 * English left to right; screenshots in test-results/ and the page printed to PDF.
 *
 * Run by `npm run test:browser` (part of `npm test`). Prints `N passed, M failed`. Skips
 * (exit 0, saying so) when Chromium or playwright-core is not installed.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatHtml, REPORT_CSP } from '../../src/core/report';
import { seedReport, workspaceReport } from '../unit/report/report-fixtures';

const ROOT = path.resolve(__dirname, '..', '..');
const RESULTS = path.join(ROOT, 'test-results');

interface Page {
  goto(url: string): Promise<unknown>;
  evaluate<T>(fn: () => T): Promise<T>;
  on(event: string, handler: (arg: { url(): string; accept?(): Promise<void>; text?(): string }) => void): void;
  screenshot(options: { path: string; fullPage?: boolean }): Promise<unknown>;
  pdf(options: { path: string; format?: string; printBackground?: boolean }): Promise<unknown>;
  emulateMedia(options: { media: 'print' | 'screen' }): Promise<void>;
  setViewportSize(size: { width: number; height: number }): Promise<void>;
  locator(selector: string): { first(): { screenshot(options: { path: string }): Promise<unknown> } };
}

async function main(): Promise<void> {
  const browserModule = path.join(ROOT, 'scripts', 'vscode', 'browser.mjs');
  const { PATHS } = (await import(pathToFileURL(path.join(ROOT, 'scripts', 'vscode', 'ci-paths.mjs')).href)) as { PATHS: { chromium: string; playwrightCore: string } };
  if (!fs.existsSync(PATHS.chromium) || !fs.existsSync(PATHS.playwrightCore)) {
    console.log(`report-html: skipped: ${!fs.existsSync(PATHS.chromium) ? PATHS.chromium : PATHS.playwrightCore} is not installed (npm run test:vscode installs it)`);
    console.log('0 passed, 0 failed');
    return;
  }
  const { launchBrowser } = (await import(pathToFileURL(browserModule).href)) as { launchBrowser(o?: { width?: number; height?: number }): Promise<{ page: Page; close(): Promise<void> }> };
  fs.mkdirSync(RESULTS, { recursive: true });
  const seedHtml = formatHtml(seedReport());
  const workspaceHtml = formatHtml(workspaceReport(true));
  const files = {
    seed: path.join(RESULTS, 'report-seed.html'),
    noCsp: path.join(RESULTS, 'report-seed-no-csp.html'),
    workspace: path.join(RESULTS, 'report-workspace.html'),
  };
  fs.writeFileSync(files.seed, seedHtml);
  // the same page without its CSP: the escaping alone must keep the note's markup inert
  const cspTag = `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`;
  assert.ok(seedHtml.includes(cspTag));
  fs.writeFileSync(files.noCsp, seedHtml.replace(cspTag, ''));
  fs.writeFileSync(files.workspace, workspaceHtml);

  const { page, close } = await launchBrowser({ width: 1100, height: 900 });
  let passed = 0;
  let failed = 0;
  const check = async (name: string, fn: () => Promise<void>) => {
    try {
      await fn();
      passed++;
      console.log(`  ✔ ${name}`);
    } catch (err) {
      failed++;
      console.log(`  ✘ ${name}\n${err instanceof Error ? err.stack : String(err)}`);
    }
  };
  const dialogs: string[] = [];
  const requests: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.text?.() ?? '');
    void d.accept?.();
  });
  page.on('request', (r) => requests.push(r.url()));
  try {
    console.log('report-html (headless Chromium)');
    for (const [name, file] of [
      ['with its CSP', files.seed],
      ['without the CSP (escaping alone)', files.noCsp],
    ] as const) {
      await check(`${name}: the note's <img onerror> and </script><script> show as text, no script runs`, async () => {
        requests.length = 0;
        await page.goto(pathToFileURL(file).href);
        const state = await page.evaluate(() => ({
          pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
          scripts: document.scripts.length,
          images: document.images.length,
          text: document.body.innerText,
        }));
        assert.equal(state.pwned, null, 'window.__pwned was set: a script ran');
        assert.equal(state.scripts, 0, 'no <script> element in the page');
        assert.equal(state.images, 0, 'no <img> element in the page');
        assert.deepEqual(dialogs, [], 'no dialog opened');
        assert.ok(state.text.includes(`<img src=x onerror="window.__pwned='img'">`), 'the <img> markup is shown as text');
        assert.ok(state.text.includes(`</script><script>window.__pwned='script'</script>`), 'the script markup is shown as text');
        assert.deepEqual(requests.filter((u) => u !== pathToFileURL(file).href), [], 'nothing else is fetched');
      });
    }
    await check('Arabic right to left, English left to right (computed direction)', async () => {
      await page.goto(pathToFileURL(files.workspace).href);
      const dirs = await page.evaluate(() =>
        Array.from(document.querySelectorAll('article')).map((a) => ({
          lang: a.getAttribute('lang'),
          article: getComputedStyle(a).direction,
          paragraph: getComputedStyle(a.querySelector('.text p') as Element).direction,
        })),
      );
      assert.deepEqual(dirs, [
        { lang: 'ar', article: 'rtl', paragraph: 'rtl' },
        { lang: 'ar', article: 'rtl', paragraph: 'rtl' },
        { lang: 'en', article: 'ltr', paragraph: 'ltr' },
      ]);
      const chart = await page.evaluate(() => document.querySelectorAll('svg.chart').length);
      assert.equal(chart, 4, 'a source-mix chart per article and the workspace chart');
    });
    await check('highlights use the editor colours', async () => {
      await page.goto(pathToFileURL(files.seed).href);
      const colors = await page.evaluate(() => {
        const anonymous = document.querySelector('.text mark.k-source.i-anonymous') as Element;
        const direct = document.querySelector('.text mark.k-quote.q-direct:not(.q-anonymous):not(.k-source)') as Element;
        return { anonymous: getComputedStyle(anonymous).backgroundColor, direct: getComputedStyle(direct).backgroundColor };
      });
      // #e5141433 and #10893e26 (package.json light defaults)
      assert.equal(colors.anonymous, 'rgba(229, 20, 20, 0.2)');
      assert.equal(colors.direct, 'rgba(16, 137, 62, 0.15)');
    });
    await check('screenshots and PDF in test-results/', async () => {
      await page.goto(pathToFileURL(files.seed).href);
      await page.screenshot({ path: path.join(RESULTS, 'report-seed.png') });
      await page.screenshot({ path: path.join(RESULTS, 'report-seed-full.png'), fullPage: true });
      await page.locator('section.tables').first().screenshot({ path: path.join(RESULTS, 'report-seed-tables.png') });
      await page.goto(pathToFileURL(files.workspace).href);
      await page.screenshot({ path: path.join(RESULTS, 'report-workspace.png'), fullPage: true });
      await page.goto(pathToFileURL(files.seed).href);
      await page.emulateMedia({ media: 'print' });
      await page.pdf({ path: path.join(RESULTS, 'report-seed.pdf'), format: 'A4', printBackground: true });
      await page.emulateMedia({ media: 'screen' });
      const pdf = fs.readFileSync(path.join(RESULTS, 'report-seed.pdf'));
      assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
      assert.ok(pdf.length > 10_000, `a real PDF (${pdf.length} bytes)`);
      if (hasPdftoppm()) {
        execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', path.join(RESULTS, 'report-seed.pdf'), path.join(RESULTS, 'report-seed-pdf')]);
      }
    });
  } finally {
    await close();
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}

function hasPdftoppm(): boolean {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
    return true; // it exists; -v exits non-zero on some versions
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : String(err));
  console.log('0 passed, 1 failed');
  process.exitCode = 1;
});

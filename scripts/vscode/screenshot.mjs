// `npm run screenshot`: saves test-results/start-workbench.png of the workbench that
// `npm start` serves, with the seed article open (run `npm start` first, in another terminal).
// Usage: npm run screenshot [-- --port N] [-- --file NAME.ar.txt]
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser } from './browser.mjs';
import { ROOT } from './ci-paths.mjs';
import { isPortTaken } from './code-server.mjs';
import { chosenPort, workspaceUrl } from './start.mjs';

const OUT = path.join(ROOT, 'test-results', 'start-workbench.png');

async function main() {
  const port = chosenPort();
  const fileArg = process.argv.indexOf('--file');
  const file = fileArg > 0 ? process.argv[fileArg + 1] : 'haftar-moscow.ar.txt';
  if (!(await isPortTaken(port))) throw new Error(`nothing listens on 127.0.0.1:${port}: run npm start first`);
  const browser = await launchBrowser({ width: 1400, height: 900 });
  try {
    const page = browser.page;
    await page.goto(workspaceUrl(`http://127.0.0.1:${port}`));
    await page.waitForSelector('.monaco-workbench .explorer-folders-view', { timeout: 60_000 });
    // Open the article as a user does: Quick Open, its name, Enter.
    await page.keyboard.press('Control+P');
    await page.waitForSelector('.quick-input-widget input', { timeout: 10_000 });
    await page.keyboard.type(file);
    await page.waitForSelector('.quick-input-list .monaco-list-row', { timeout: 10_000 });
    await page.keyboard.press('Enter');
    await page.waitForSelector('.monaco-editor .view-lines', { timeout: 20_000 });
    await page.waitForTimeout(4000); // activation, analysis, decorations
    fs.mkdirSync(path.dirname(OUT), { recursive: true });
    await page.screenshot({ path: OUT });
    console.log(`[screenshot] ${path.relative(ROOT, OUT)}`);
  } finally {
    await browser.close();
  }
}

main().catch((err) => {
  console.error(`[screenshot] ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});

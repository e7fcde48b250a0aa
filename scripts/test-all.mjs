// `npm test`: every check in order — type-check, lint, unit + grammar tests, the suite inside a
// real VS Code, the HTML report in headless Chromium (after the VS Code suite, which installs
// Chromium and playwright-core on a fresh machine) — streaming each one's output, then one closing line that counts them all:
// `total: N passed, N failed`. A step that fails without counting tests (tsc, eslint) counts
// as one failure. Every step runs even after a failure, so one run shows everything broken;
// the exit code is non-zero if anything failed.
import { spawn } from 'node:child_process';

const STEPS = ['typecheck', 'lint', 'test:unit', 'test:vscode', 'test:browser'];
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Runs `npm run <step>`, echoing its output, and returns its exit code and the counts it printed. */
function runStep(step) {
  return new Promise((resolve, reject) => {
    const child = spawn(npm, ['run', step], { stdio: ['inherit', 'pipe', 'pipe'] });
    let passed = null;
    let failed = null;
    let tail = '';
    const scan = (chunk, out) => {
      out.write(chunk);
      const lines = (tail + chunk.toString('utf8')).split('\n');
      tail = lines.pop() ?? '';
      for (const line of lines) count(line);
    };
    const count = (line) => {
      let m;
      // mocha's summary ("  893 passing (12s)", "  2 failing") and the VS Code runner's
      // closing line ("8 passed, 0 failed"); the runner's line wins for its step.
      if ((m = /^\s*(\d+) passed, (\d+) failed\s*$/.exec(line))) [passed, failed] = [+m[1], +m[2]];
      else if ((m = /^\s*(\d+) passing\b/.exec(line))) passed = +m[1];
      else if ((m = /^\s*(\d+) failing\b/.exec(line))) failed = +m[1];
    };
    child.stdout.on('data', (c) => scan(c, process.stdout));
    child.stderr.on('data', (c) => process.stderr.write(c));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (tail) count(tail);
      resolve({ code: code ?? (signal ? 1 : 0), passed: passed ?? 0, failed: failed ?? 0 });
    });
  });
}

let passed = 0;
let failed = 0;
const broken = [];
for (const step of STEPS) {
  const r = await runStep(step);
  passed += r.passed;
  // A failed step that reported no failing test (a type error, a lint error, a crash) is one failure.
  const stepFailed = r.code !== 0 ? Math.max(1, r.failed) : r.failed;
  failed += stepFailed;
  if (r.code !== 0) broken.push(`${step} (exit ${r.code})`);
}
if (broken.length > 0) console.error(`\nnpm test: failed: ${broken.join(', ')}`);
console.log(`total: ${passed} passed, ${failed} failed`);
process.exitCode = broken.length > 0 || failed > 0 ? 1 : 0;

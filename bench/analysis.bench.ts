/**
 * The analysis engine's throughput (`npm run bench analysis`): analyze() on ~10 MB of Arabic
 * (the seed article repeated, with paragraph breaks) and ~10 MB of English (the English
 * fixtures repeated); linearity over 1, 2, 4, 8 MB of Arabic; hostile texts.
 *
 * MB = 10^6 bytes of the text encoded as UTF-8 (an Arabic letter is 2 bytes, so 10 MB of
 * Arabic is about 5.5 million UTF-16 code units). One core, synchronous. Each figure is the
 * best of up to {@link RUNS} timed runs after untimed warm-up runs; fewer runs when the next
 * one would take a figure past {@link FIGURE_BUDGET_MS}, so a slow engine cannot hold the
 * benchmark for minutes (`runsMs` lists what was run).
 *
 * The figures are steady-state throughput, as in the editor, which analyses an article again
 * on every edit: V8 keeps tiering the engine's hot functions up over the first few analyses
 * of a large text (measured 2026-12-02: 10 MB of Arabic took 1.32 s, 0.98 s, 0.93 s, then
 * 0.75–0.85 s from the fourth run on, in one process), so the two main figures warm up on the
 * whole text {@link WARM_UP_RUNS} times, and report the first, cold run too (`coldMs`).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyze } from '../src/core/analysis';
import { decodeUtf8 } from '../src/io/read-text-file';

/** The target (issue 10): at least 15 MB/s per core on Arabic. */
const TARGET_ARABIC_MBPS = 15;
/** Timed runs per figure (the best is kept). */
const RUNS = 5;
/** Untimed whole-text runs before the two main (10 MB) figures; the first is reported as `coldMs`. */
const WARM_UP_RUNS = 3;
/** No further run is started when it would take a figure's timed runs past this (keeps the section under about a minute). */
const FIGURE_BUDGET_MS = 10_000;
/** The other figures' warm-up analyses this much of their text (the engine is warm by then: only the text's own paths are new). */
const WARM_UP_CODE_UNITS = 500_000;
const MB = 1_000_000;
/** The unit of the hostile text of unbalanced opening marks: a cue every few words, no mark closed. */
const HOSTILE_UNBALANCED = '“قال إن «he said that „ ';

const FIXTURES = path.resolve(__dirname, '..', 'test', 'fixtures');

/** A timed figure. */
interface Timing {
  readonly bytes: number;
  readonly codeUnits: number;
  /** Wall-clock time of each timed run. */
  readonly runsMs: readonly number[];
  readonly bestMs: number;
  /** Bytes / best wall-clock time. */
  readonly MBps: number;
  /**
   * This process's CPU time (user + system) in its least busy run: on a shared machine
   * wall-clock time includes waiting for a core, CPU time does not (it does include GC threads).
   */
  readonly bestCpuMs: number;
  /** Bytes / best CPU time. */
  readonly MBpsCpu: number;
  /** With a whole-text warm-up: the wall-clock time of the first, cold run. */
  readonly coldMs?: number;
}

function readFixture(relative: string): string {
  const file = path.join(FIXTURES, relative);
  return decodeUtf8(file, fs.readFileSync(file)).text;
}

/** `unit` joined with `separator` until the result is at least `bytes` UTF-8 bytes. */
function repeatToBytes(unit: string, bytes: number, separator = ''): string {
  const unitBytes = Buffer.byteLength(unit + separator, 'utf8');
  const count = Math.max(1, Math.ceil(bytes / unitBytes));
  return new Array<string>(count).fill(unit).join(separator);
}

function round(x: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/**
 * Times analyze(text): untimed warm-up — {@link WARM_UP_RUNS} runs on the whole text when
 * `wholeWarmUp`, else one on its first {@link WARM_UP_CODE_UNITS} — then up to {@link RUNS}
 * timed runs, fewer when the next one would take the figure past {@link FIGURE_BUDGET_MS};
 * keeps the best.
 */
function time(text: string, wholeWarmUp = false): Timing {
  const bytes = Buffer.byteLength(text, 'utf8');
  let coldMs: number | undefined;
  if (wholeWarmUp) {
    for (let i = 0; i < WARM_UP_RUNS; i++) {
      const t0 = performance.now();
      analyze(text);
      if (i === 0) coldMs = round(performance.now() - t0);
    }
  } else analyze(text.slice(0, WARM_UP_CODE_UNITS));
  const runsMs: number[] = [];
  const cpuMs: number[] = [];
  let spent = 0;
  while (runsMs.length < RUNS) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    analyze(text);
    const cpu = process.cpuUsage(c0);
    const ms = performance.now() - t0;
    runsMs.push(round(ms));
    cpuMs.push(round((cpu.user + cpu.system) / 1000));
    spent += ms;
    if (spent + ms > FIGURE_BUDGET_MS) break;
  }
  const bestMs = Math.min(...runsMs);
  const bestCpuMs = Math.min(...cpuMs);
  const rate = (ms: number): number => round(bytes / MB / (Math.max(ms, 0.001) / 1000));
  return { bytes, codeUnits: text.length, runsMs, bestMs, MBps: rate(bestMs), bestCpuMs, MBpsCpu: rate(bestCpuMs), ...(coldMs !== undefined ? { coldMs } : {}) };
}

/** Runs the analysis benchmark and returns plain JSON-able figures. */
export async function benchAnalysis(): Promise<object> {
  const started = performance.now();
  const seed = readFixture('haftar-moscow.ar.txt');
  const englishFiles = fs.readdirSync(path.join(FIXTURES, 'en')).filter((f) => f.endsWith('.en.txt')).sort();
  const english = englishFiles.map((f) => readFixture(path.join('en', f))).join('\n\n');

  const arabicText = repeatToBytes(seed, 10 * MB, '\n\n');
  const englishText = repeatToBytes(english, 10 * MB, '\n\n');
  const found = (text: string): { sources: number; quotes: number; claims: number } => {
    const a = analyze(text);
    return { sources: a.sources.length, quotes: a.quotes.length, claims: a.claims.length };
  };
  const perCopy = { arabicSeed: found(seed), englishFixtures: found(english) };

  const arabic = time(arabicText, true);
  const englishTiming = time(englishText, true);

  const linearity = [1, 2, 4, 8].map((mb) => {
    const t = time(repeatToBytes(seed, mb * MB, '\n\n'));
    return { MB: mb, bytes: t.bytes, bestMs: t.bestMs, msPerMB: round(t.bestMs / (t.bytes / MB), 2), cpuMsPerMB: round(t.bestCpuMs / (t.bytes / MB), 2) };
  });
  const perMB = linearity.map((l) => l.msPerMB);
  const cpuPerMB = linearity.map((l) => l.cpuMsPerMB);

  const mixedUnit = [
    'وقال المتحدث باسم الوزارة إن “الوضع في المنطقة يتطلب حلا سياسيا عاجلا”.',
    'The spokesman said: “We are following the situation very closely.” \u200fالاجتماع\u200f will be in Cairo, he added.',
  ].join('\n\n');
  const hostileCases: readonly [string, string][] = [
    ['10 MB of the seed in one paragraph (no newlines)', repeatToBytes(seed.replace(/\n+/g, ' '), 10 * MB, ' ')],
    ['1 MB of quotation marks', repeatToBytes('“”«»"\'„‹›”“»«‚‘’', MB)],
    ['1 MB with no spaces or newlines (Arabic)', repeatToBytes(seed.replace(/\s+/g, ''), MB)],
    ['1 MB with no spaces or newlines (English)', repeatToBytes(english.replace(/\s+/g, ''), MB)],
    ['1 MB of unbalanced opening marks between words', repeatToBytes(HOSTILE_UNBALANCED, MB)],
    ['1 MB of mixed right-to-left and left-to-right paragraphs', repeatToBytes(mixedUnit, MB, '\n\n')],
    ['1 MB of CRLF Arabic (the seed with CRLF line ends)', repeatToBytes(seed.replace(/\n/g, '\r\n'), MB, '\r\n\r\n')],
  ];
  const hostile = hostileCases.map(([name, text]) => {
    const t = time(text);
    return { name, bytes: t.bytes, bestMs: t.bestMs, MBps: t.MBps, MBpsCpu: t.MBpsCpu };
  });
  // The slowest hostile text (every few words a cue whose clause runs on to the bound) at four
  // sizes: a superlinear pass shows as a growing msPerMB.
  const hostileSizes = [0.25, 0.5, 1, 2].map((mb) => {
    const t = time(repeatToBytes(HOSTILE_UNBALANCED, mb * MB));
    return { MB: mb, bytes: t.bytes, bestMs: t.bestMs, msPerMB: round(t.bestMs / (t.bytes / MB), 2), cpuMsPerMB: round(t.bestCpuMs / (t.bytes / MB), 2) };
  });

  return {
    unit: `MB/s, MB = 1e6 bytes of UTF-8 text; one core; steady state: best of up to ${RUNS} runs (runsMs) after ${WARM_UP_RUNS} whole-text warm-up runs (arabic, english; coldMs = the first) or a ${WARM_UP_CODE_UNITS}-code-unit one (the rest)`,
    target: `>= ${TARGET_ARABIC_MBPS} MB/s on Arabic`,
    arabic: { ...arabic, meetsTarget: arabic.MBps >= TARGET_ARABIC_MBPS, text: 'the seed article repeated, paragraphs kept' },
    english: { ...englishTiming, text: `the ${englishFiles.length} English fixtures repeated` },
    linearity: {
      text: 'the seed repeated to 1, 2, 4 and 8 MB; msPerMB should stay flat',
      sizes: linearity,
      maxOverMinMsPerMB: round(Math.max(...perMB) / Math.min(...perMB), 2),
      maxOverMinCpuMsPerMB: round(Math.max(...cpuPerMB) / Math.min(...cpuPerMB), 2),
    },
    hostile,
    hostileLinearity: {
      text: 'unbalanced opening marks between words at 0.25, 0.5, 1 and 2 MB; msPerMB should stay flat',
      sizes: hostileSizes,
      maxOverMinCpuMsPerMB: round(Math.max(...hostileSizes.map((h) => h.cpuMsPerMB)) / Math.min(...hostileSizes.map((h) => h.cpuMsPerMB)), 2),
    },
    foundPerCopy: perCopy,
    totalSeconds: round((performance.now() - started) / 1000),
  };
}

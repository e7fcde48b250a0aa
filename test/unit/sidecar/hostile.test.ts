/**
 * Hostile sidecars through loadSidecarFile AND through `news-annotator check`: a clear error
 * naming file, line and column, exit code 2, and the file byte-for-byte untouched (bytes and
 * mtime). Timings are measured in bench/sidecar.bench.ts, not asserted here.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SidecarParseError } from '../../../src/core/sidecar';
import { runCheck } from '../../../src/cli/check-command';
import { FileReadError } from '../../../src/io/read-text-file';
import { loadSidecarFile } from '../../../src/io/sidecar-store';
import { expectedLine, HOSTILE_CASES, type HostileCase } from './hostile.cases';
import {
  assertUntouched,
  listDir,
  makeTempDir,
  recordingIo,
  removeTempDir,
  SEED_NAME,
  SEED_TEXT,
  sidecarYaml,
  snapshotFile,
} from './temp-sidecars';

const BASE = sidecarYaml(SEED_NAME, SEED_TEXT);

describe('hostile sidecars', () => {
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => {
    removeTempDir(dir);
  });

  /** Writes the article and the hostile sidecar; returns the sidecar's path and content. */
  function writeHostile(c: HostileCase): { sidecarPath: string; content: string | Buffer } {
    fs.writeFileSync(path.join(dir, SEED_NAME), SEED_TEXT);
    const sidecarPath = path.join(dir, SEED_NAME + '.annotations.yaml');
    const content = c.build(BASE);
    fs.writeFileSync(sidecarPath, content);
    return { sidecarPath, content };
  }

  it('the base sidecar the cases start from is valid', async () => {
    const { sidecarPath } = writeHostile({ name: 'none', build: (b) => b, expect: { error: 'parse', message: /./ } });
    await loadSidecarFile(sidecarPath);
  });

  for (const c of HOSTILE_CASES) {
    describe(c.name, () => {
      it('loadSidecarFile throws a typed error naming file, line and column; the file is untouched', async () => {
        const { sidecarPath, content } = writeHostile(c);
        const snap = snapshotFile(sidecarPath);
        const listing = listDir(dir);
        await assert.rejects(loadSidecarFile(sidecarPath), (err: unknown) => {
          if (c.expect.error === 'read') {
            assert.ok(err instanceof FileReadError, `expected FileReadError, got ${String(err)}`);
            assert.equal(err.problem, c.expect.problem);
            assert.equal(err.file, sidecarPath);
            assert.ok(err.message.startsWith(sidecarPath), err.message);
          } else {
            assert.ok(err instanceof SidecarParseError, `expected SidecarParseError, got ${String(err)}`);
            assert.equal(err.file, sidecarPath);
            if (c.expect.lineOf !== undefined) assert.equal(err.line, expectedLine(content, c.expect.lineOf), err.message);
            assert.ok(err.line >= 1 && err.column >= 1);
            assert.ok(err.message.startsWith(`${sidecarPath}:${err.line}:${err.column}: `), err.message);
            assert.ok(err.message.length < 2000, `message of ${err.message.length} characters`);
          }
          assert.match(err.message, c.expect.message);
          return true;
        });
        assertUntouched(snap);
        assert.deepEqual(listDir(dir), listing);
      });

      it('`check` (and `check --fix`) report it as invalid, exit 2, the file untouched', async () => {
        const { sidecarPath, content } = writeHostile(c);
        const snap = snapshotFile(sidecarPath);
        for (const extra of [[], ['--fix']]) {
          const { io, out } = recordingIo();
          const code = await runCheck([sidecarPath, '--format', 'json', ...extra], io);
          assert.equal(code, 2);
          assert.equal(out.length, 1, out.join('\n'));
          const report = JSON.parse(out[0] ?? '') as { sidecar: string; valid: boolean; errors: { message: string; line: number; column: number }[]; annotations: unknown[] };
          assert.equal(report.sidecar, sidecarPath);
          assert.equal(report.valid, false);
          assert.deepEqual(report.annotations, []);
          const first = report.errors[0];
          assert.ok(first, 'no error reported');
          if (c.expect.error === 'read') assert.deepEqual([first.line, first.column], [1, 1]);
          if (c.expect.lineOf !== undefined) assert.equal(first.line, expectedLine(content, c.expect.lineOf));
          assert.ok(first.message.startsWith(`${sidecarPath}:${first.line}:${first.column}: `), first.message);
          assert.match(first.message, c.expect.message);
        }
        const text = recordingIo();
        assert.equal(await runCheck([path.join(dir, SEED_NAME)], text.io), 2, 'the article path maps to the same sidecar');
        assert.match(text.out.join('\n'), new RegExp(`${escapeRegExp(sidecarPath)}:\\d+:\\d+: `));
        assertUntouched(snap);
      });
    });
  }
});

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

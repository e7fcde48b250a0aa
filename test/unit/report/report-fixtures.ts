/**
 * The report tests' inputs: the seed article with the report fixture sidecar, and the small
 * workspace of Arabic and English articles under test/fixtures/report/workspace; plus golden
 * file comparison (`UPDATE_REPORT_GOLDENS=1 npx mocha test/unit/report/*.test.ts` rewrites them).
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildArticleReport, buildWorkspaceReport, type ArticleInput, type WorkspaceReport } from '../../../src/core/report';
import { parseSidecar } from '../../../src/core/sidecar';
import { FIXTURES_DIR } from '../../support/gold';

export const REPORT_FIXTURES = path.join(FIXTURES_DIR, 'report');
export const WORKSPACE_DIR = path.join(REPORT_FIXTURES, 'workspace');
export const GOLDEN_DIR = path.join(REPORT_FIXTURES, 'golden');
/** A fixed time stamp so goldens do not change from run to run. */
export const GENERATED = '2026-12-01T12:00:00.000Z';

/** The workspace's articles, relative paths with `/`, in the order a folder walk gives them. */
export const WORKSPACE_ARTICLES = ['ar/benghazi-aid.ar.txt', 'ar/sirte-port.ar.txt', 'en/flood-relief.en.txt'];

function read(file: string): string {
  return fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
}

/** The seed article with test/fixtures/report/haftar-moscow.ar.txt.annotations.yaml. */
export function seedInput(): ArticleInput {
  const sidecarPath = path.join(REPORT_FIXTURES, 'haftar-moscow.ar.txt.annotations.yaml');
  return {
    path: 'haftar-moscow.ar.txt',
    text: read(path.join(FIXTURES_DIR, 'haftar-moscow.ar.txt')),
    sidecar: parseSidecar(read(sidecarPath), sidecarPath).sidecar,
  };
}

/** The workspace articles with their sidecars. */
export function workspaceInputs(): ArticleInput[] {
  return WORKSPACE_ARTICLES.map((rel) => {
    const file = path.join(WORKSPACE_DIR, rel);
    return { path: rel, text: read(file), sidecar: parseSidecar(read(file + '.annotations.yaml'), file + '.annotations.yaml').sidecar };
  });
}

export function seedReport(includeFindings = false): WorkspaceReport {
  const a = buildArticleReport(seedInput(), { includeFindings });
  return buildWorkspaceReport([a], { title: a.title, generated: GENERATED });
}

export function workspaceReport(includeFindings = false): WorkspaceReport {
  return buildWorkspaceReport(
    workspaceInputs().map((i) => buildArticleReport(i, { includeFindings })),
    { title: 'workspace', generated: GENERATED },
  );
}

/** Asserts `actual` equals the golden file `name` (or writes it when UPDATE_REPORT_GOLDENS is set). */
export function assertGolden(name: string, actual: string): void {
  const file = path.join(GOLDEN_DIR, name);
  if (process.env['UPDATE_REPORT_GOLDENS']) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, actual, 'utf8');
    return;
  }
  assert.ok(fs.existsSync(file), `golden ${name} is missing: run with UPDATE_REPORT_GOLDENS=1 and review it`);
  const expected = fs.readFileSync(file, 'utf8');
  if (actual !== expected) {
    const a = actual.split('\n');
    const e = expected.split('\n');
    const at = a.findIndex((line, i) => line !== e[i]);
    assert.fail(`${name} differs from its golden at line ${at + 1}:\n  expected: ${e[at]}\n  actual:   ${a[at]}\n(UPDATE_REPORT_GOLDENS=1 rewrites goldens)`);
  }
}

/**
 * The CSV read back by a real CSV parser (csv-parse) gives every field of every item; a cell
 * that would start a formula is neutralised with its text kept.
 */
import { strict as assert } from 'node:assert';
import { parse } from 'csv-parse/sync';
import { CSV_COLUMNS, csvField, formatCsv, type WorkspaceReport } from '../../../src/core/report';
import { seedReport, workspaceReport } from './report-fixtures';

const FORMULA = /^[=+\-@\t\r]/;

function readBack(csv: string): Record<string, string>[] {
  assert.ok(csv.startsWith('\uFEFF'), 'UTF-8 BOM first');
  return parse(csv, { bom: true, columns: true, relax_quotes: false, skip_empty_lines: false }) as Record<string, string>[];
}

/** What a cell should read after neutralisation. */
function neutral(value: string): string {
  return FORMULA.test(value) ? "'" + value : value;
}

function checkEveryField(report: WorkspaceReport): void {
  const csv = formatCsv(report);
  const rows = readBack(csv);
  const items = report.articles.flatMap((a) => a.items.map((i) => ({ a, i })));
  assert.equal(rows.length, items.length, 'one row per annotation');
  rows.forEach((row, k) => {
    const { a, i } = items[k]!;
    assert.deepEqual(Object.keys(row), [...CSV_COLUMNS]);
    assert.equal(row['article'], a.path);
    assert.equal(row['id'], i.id);
    assert.equal(row['kind'], i.kind);
    assert.equal(row['status'], i.status);
    assert.equal(row['text'], neutral(i.text));
    assert.equal(row['note'], neutral(i.note ?? ''));
    assert.equal(row['start'], i.start === null ? '' : String(i.start));
    assert.equal(row['end'], i.end === null ? '' : String(i.end));
    assert.equal(row['speaker_or_source'], neutral(i.sourceLabel ?? ''));
    assert.equal(row['identity'], i.kind === 'source' ? (i.identity ?? '') : (i.sourceIdentity ?? ''));
    assert.equal(row['tags'], neutral(i.tags.join('; ')));
    assert.equal(row['author'], i.author ?? '');
    assert.equal(row['created'], i.created ?? '');
    assert.equal(row['modified'], i.modified ?? '');
    assert.equal(row['anchor'], i.anchor);
    assert.equal(row['origin'], i.origin);
    for (const r of i.replies) assert.ok(row['replies']!.includes(r.body), `${i.id}: reply ${r.id}`);
  });
  // RFC 4180: CRLF record ends
  assert.ok(csv.endsWith('\r\n'));
  assert.equal(csv.split('\r\n')[0], '\uFEFF' + CSV_COLUMNS.join(','));
}

describe('CSV report', () => {
  it('the seed: every field of every annotation comes back (csv-parse)', () => checkEveryField(seedReport()));
  it('the seed with findings', () => checkEveryField(seedReport(true)));
  it('the workspace (Arabic, English, emoji, a note on two lines)', () => checkEveryField(workspaceReport()));

  it('a note starting with "=" cannot become a formula; its text is kept', () => {
    const rows = readBack(formatCsv(seedReport()));
    const row = rows.find((r) => r['id'] === 'qt-western-support')!;
    assert.ok(row['note']!.startsWith("'=HYPERLINK("), row['note']);
    assert.equal(row['note']!.slice(1), seedReport().articles[0]!.items.find((i) => i.id === 'qt-western-support')!.note);
    for (const r of rows) for (const [k, v] of Object.entries(r)) assert.ok(!FORMULA.test(v), `${r['id']}.${k} starts a formula: ${v}`);
  });

  const FIELDS: [string, string][] = [
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=1+2', "'=1+2"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['=a,b', `"'=a,b"`],
    [' lead', '" lead"'],
    ['عربي، نعم', 'عربي، نعم'],
  ];
  for (const [value, expected] of FIELDS) it(`csvField(${JSON.stringify(value)})`, () => assert.equal(csvField(value), expected));
});

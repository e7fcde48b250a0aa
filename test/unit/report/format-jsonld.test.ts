/**
 * The JSON-LD validates against the W3C Web Annotation JSON Schema (ajv, formats checked);
 * its selectors match the article text in code points; replies and quote -> source links
 * point at annotations of the collection.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { formatJsonLd, type WorkspaceReport } from '../../../src/core/report';
import { REPORT_FIXTURES, seedReport, workspaceReport } from './report-fixtures';

interface Selector {
  type: string;
  exact?: string;
  start?: number;
  end?: number;
}
interface Anno {
  id: string;
  type: string;
  motivation: string;
  body: unknown;
  target: string | { source: { id: string }; selector: Selector[] };
}

const schema = JSON.parse(fs.readFileSync(path.join(REPORT_FIXTURES, 'w3c-schema', 'web-annotation.schema.json'), 'utf8')) as object;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

function check(report: WorkspaceReport): void {
  const doc = JSON.parse(formatJsonLd(report)) as { '@context': string; type: string; total: number; first: { items: Anno[] } };
  const ok = validate(doc);
  assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 2));
  assert.equal(doc['@context'], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(doc.type, 'AnnotationCollection');
  const items = doc.first.items;
  assert.equal(doc.total, items.length);
  const ids = new Set(items.map((i) => i.id));
  assert.equal(ids.size, items.length, 'ids are unique');
  const texts = new Map(report.articles.map((a) => [a.path, a.text]));
  let replies = 0;
  let links = 0;
  for (const item of items) {
    if (item.motivation === 'replying') {
      replies++;
      assert.equal(typeof item.target, 'string');
      assert.ok(ids.has(item.target as string), `reply ${item.id} targets an annotation of the collection`);
      continue;
    }
    const target = item.target as Exclude<Anno['target'], string>;
    const articlePath = decodeURIComponent(target.source.id.replace('urn:news-annotator:article:', ''));
    const text = texts.get(articlePath);
    assert.ok(text !== undefined, articlePath);
    const quote = target.selector.find((s) => s.type === 'TextQuoteSelector')!;
    const position = target.selector.find((s) => s.type === 'TextPositionSelector');
    if (position) {
      // W3C positions count code points
      assert.equal(Array.from(text).slice(position.start, position.end).join(''), quote.exact, item.id);
    }
    for (const body of [item.body].flat() as { type: string; source?: string }[]) {
      if (body.type === 'SpecificResource') {
        links++;
        assert.ok(ids.has(body.source!), `${item.id} links to ${body.source}, an annotation of the collection`);
      }
    }
  }
  const expectedReplies = report.articles.reduce((n, a) => n + a.items.reduce((m, i) => m + i.replies.length, 0), 0);
  assert.equal(replies, expectedReplies);
  const expectedLinks = report.articles.reduce((n, a) => n + a.items.filter((i) => (i.kind === 'quote' && i.speaker) || (i.kind === 'claim' && i.source)).length, 0);
  assert.equal(links, expectedLinks);
}

describe('JSON-LD report (W3C Web Annotation)', () => {
  it('the seed validates, selectors match, replies and links resolve', () => check(seedReport()));
  it('the seed with findings', () => check(seedReport(true)));
  it('the workspace (astral characters: positions in code points)', () => check(workspaceReport()));

  it('the schema is not a rubber stamp: a broken annotation is refused', () => {
    const doc = JSON.parse(formatJsonLd(seedReport())) as { first: { items: Record<string, unknown>[] } };
    const first = doc.first.items[0]!;
    for (const broken of [
      { ...first, '@context': 'http://example.org/other.jsonld' },
      { ...first, type: 'Note' },
      { ...first, id: 'not a uri' },
      { ...first, motivation: 'shouting' },
      { ...first, bodyValue: 'x' },
      (({ target: _t, ...rest }) => rest)(first),
    ]) {
      assert.equal(validate({ ...doc, first: { ...doc.first, items: [broken] } }), false, JSON.stringify(Object.keys(broken)));
    }
  });
});

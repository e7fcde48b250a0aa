/**
 * The package.json contributions of the views, the walkthrough, the sidecar schema and the
 * restricted mode point at files that exist and say what they should; the sample article the
 * walkthrough opens is the seed with its example sidecar, byte for byte.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..', '..');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as any;
const file = (p: string): string => path.join(ROOT, p.replace(/^\.\//, ''));

describe('package.json contributions (views, walkthrough, schema, trust)', () => {
  it('the Sources view is in the News Annotator activity-bar container, with an SVG icon', () => {
    const container = pkg.contributes.viewsContainers.activitybar.find((c: { id: string }) => c.id === 'newsAnnotator');
    assert.ok(container);
    assert.ok(fs.existsSync(file(container.icon)) && container.icon.endsWith('.svg'));
    assert.ok(pkg.contributes.views.newsAnnotator.some((v: { id: string }) => v.id === 'newsAnnotator.sources'));
    const commands = pkg.contributes.commands.map((c: { command: string }) => c.command);
    for (const id of ['newsAnnotator.showSources', 'newsAnnotator.filterSources', 'newsAnnotator.clearSourcesFilter', 'newsAnnotator.openSample']) assert.ok(commands.includes(id), id);
  });

  it('the walkthrough opens the sample and every step’s media exists', () => {
    const [walkthrough] = pkg.contributes.walkthroughs;
    assert.ok(walkthrough);
    assert.ok(walkthrough.steps.length >= 3);
    for (const step of walkthrough.steps) {
      const media = step.media.markdown ?? step.media.svg ?? step.media.image;
      assert.ok(fs.existsSync(file(media)), `${step.id}: ${media}`);
    }
    assert.match(fs.readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8'), /\(command:newsAnnotator\.openSample\)/);
  });

  it('the sample shipped in media/sample is the seed article with its example sidecar and the schema', () => {
    const same = (a: string, b: string): void => assert.ok(fs.readFileSync(file(a)).equals(fs.readFileSync(file(b))), `${a} = ${b}`);
    same('media/sample/haftar-moscow.ar.txt', 'test/fixtures/haftar-moscow.ar.txt');
    same('media/sample/haftar-moscow.ar.txt.annotations.yaml', 'annotations/haftar-moscow.ar.txt.annotations.yaml');
    same('media/sample/sidecar.schema.json', 'annotations/sidecar.schema.json');
  });

  it('sidecars are validated by the YAML extension against the schema', () => {
    const entry = pkg.contributes.yamlValidation.find((v: { fileMatch: string }) => v.fileMatch === '*.annotations.yaml');
    assert.ok(entry);
    assert.ok(fs.existsSync(file(entry.url)));
    assert.ok(JSON.parse(fs.readFileSync(file(entry.url), 'utf8')).$schema);
  });

  it('restricted mode is limited and restricts the workspace lexicon setting', () => {
    const trust = pkg.capabilities.untrustedWorkspaces;
    assert.equal(trust.supported, 'limited');
    assert.deepEqual(trust.restrictedConfigurations, ['newsAnnotator.lexicon']);
    assert.ok(pkg.contributes.configuration.properties['newsAnnotator.lexicon']);
  });
});

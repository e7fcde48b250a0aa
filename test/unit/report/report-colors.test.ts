/** The HTML report's colours are the editor's: REPORT_COLORS mirrors package.json. */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPORT_COLORS } from '../../../src/core/report';

describe('report colours', () => {
  it('each mirrored colour equals its package.json contributes.colors default', () => {
    const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as {
      contributes: { colors: { id: string; defaults: { light: string; dark: string } }[] };
    };
    const byId = new Map(pkg.contributes.colors.map((c) => [c.id, c.defaults]));
    for (const [id, color] of Object.entries(REPORT_COLORS)) {
      const defaults = byId.get(`newsAnnotator.${id}`);
      assert.ok(defaults, `newsAnnotator.${id} is contributed`);
      assert.deepEqual({ light: defaults.light, dark: defaults.dark }, color, id);
    }
  });
});

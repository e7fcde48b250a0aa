import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseSidecar, SidecarParseError } from '../../../src/core/sidecar';
import { isSchemaProblem } from '../../../src/vscode/diagnostics/schema-problem';
import { SCHEMA_PROBLEM_CASES } from './schema-problem.cases';

const EXAMPLE = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'annotations', 'haftar-moscow.ar.txt.annotations.yaml'), 'utf8');

describe('sidecar problems a schema validator reports too', () => {
  for (const c of SCHEMA_PROBLEM_CASES) {
    it(c.name, () => {
      const [search, replace] = c.edit;
      assert.ok(EXAMPLE.includes(search));
      const text = EXAMPLE.replace(search, replace);
      const err = (() => {
        try {
          parseSidecar(text, '/w/x.ar.txt.annotations.yaml');
        } catch (e) {
          return e;
        }
        return null;
      })();
      assert.ok(err instanceof SidecarParseError, `the core rejects it (${String(err)})`);
      // Every problem is located, and classified.
      for (const p of err.problems) assert.ok(p.line >= 1 && p.column >= 1, p.message);
      assert.deepEqual(err.problems.map((p) => isSchemaProblem(p.message)), c.schema, err.problems.map((p) => p.message).join('\n'));
    });
  }
});

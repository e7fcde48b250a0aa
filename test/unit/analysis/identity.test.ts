import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analysis';
import { IDENTITY_CASES } from './identity.cases';

describe('analysis: source identity, role and reason', () => {
  for (const c of IDENTITY_CASES) {
    it(c.name, () => {
      const a = analyze(c.text);
      assert.deepEqual(
        a.sources.map((s) => ({
          mention: s.mentions[0]!.text,
          identity: s.identity,
          ...(s.identity !== 'named' && s.role ? { role: s.role } : {}),
          ...(s.reason ? { reason: s.reason } : {}),
        })),
        c.sources,
      );
    });
  }
});

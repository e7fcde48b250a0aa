import { strict as assert } from 'node:assert';
import { ArgsError, flagValue, parseArgs } from '../../../src/cli/parse-args';
import { PARSE_CASES, SPECS } from './parse-args.cases';

describe('parseArgs', () => {
  for (const c of PARSE_CASES) {
    it(`${JSON.stringify(c.args)} -> ${c.error ? `error ${c.error.source}` : JSON.stringify({ positionals: c.positionals, flags: c.flags })}`, () => {
      if (c.error) {
        assert.throws(() => parseArgs(c.args, SPECS), (err: unknown) => err instanceof ArgsError && c.error !== undefined && c.error.test(err.message));
        return;
      }
      const parsed = parseArgs(c.args, SPECS);
      assert.deepEqual(parsed.positionals, c.positionals);
      assert.deepEqual(Object.fromEntries(parsed.flags), c.flags);
    });
  }

  it('flagValue gives the value, or the fallback when the flag is absent', () => {
    assert.equal(flagValue(parseArgs(['--format', 'json'], SPECS), 'format', 'text'), 'json');
    assert.equal(flagValue(parseArgs([], SPECS), 'format', 'text'), 'text');
  });
});

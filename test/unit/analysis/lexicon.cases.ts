/**
 * Cases for lexicon.test.ts: user lexicon files that parseLexicon must reject, with the line
 * and column (1-based) of the problem and a piece of the message.
 */
export const BAD_LEXICON_CASES: ReadonlyArray<{ name: string; text: string; line: number; column: number; message: RegExp }> = [
  { name: 'YAML syntax error (reported where the parser gives up)', text: 'cues:\n  - said\n  - [unclosed\n', line: 4, column: 1, message: /not valid YAML/ },
  { name: 'JSON syntax error (reported where the parser gives up)', text: '{"cues": ["said",]\n', line: 2, column: 1, message: /not valid YAML/ },
  { name: 'top level is a list', text: '- said\n- told\n', line: 1, column: 1, message: /mapping of word lists/ },
  { name: 'unknown category', text: 'cues:\n  - said\nverbs:\n  - told\n', line: 3, column: 1, message: /unknown key 'verbs'/ },
  { name: 'a category that is not a list', text: 'outlets: Reuters\n', line: 1, column: 10, message: /'outlets' must be a list/ },
  { name: 'an empty phrase', text: 'vague:\n  - observers\n  - "  "\n', line: 3, column: 5, message: /non-empty string/ },
  { name: 'a number as a phrase', text: 'vague:\n  - 42\n', line: 2, column: 5, message: /non-empty string/ },
  { name: 'a bad gender', text: 'cues:\n  - text: قالت\n    gender: x\n', line: 3, column: 13, message: /'gender' must be one of/ },
  { name: 'an entry without text', text: 'cues:\n  - gender: f\n', line: 2, column: 5, message: /needs a non-empty 'text'/ },
  { name: 'an unknown entry key', text: 'cues:\n  - text: said\n    tense: past\n', line: 3, column: 5, message: /unknown key 'tense'/ },
  { name: 'a bad language', text: 'language: de\n', line: 1, column: 11, message: /'language' must be one of/ },
  { name: 'an unknown claim reason', text: 'claimCues:\n  money:\n    - dollars\n', line: 2, column: 3, message: /unknown claim reason 'money'/ },
  { name: 'a duplicate key', text: 'cues:\n  - said\ncues:\n  - told\n', line: 3, column: 1, message: /not valid YAML/ },
];

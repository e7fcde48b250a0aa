/**
 * Sidecars that must be refused, each with where the error must point (1-based line and
 * column) and words the message must contain.
 */

export interface InvalidCase {
  readonly name: string;
  readonly yaml: string;
  readonly line: number;
  readonly column: number;
  readonly message: RegExp;
}

/** A valid sidecar with one source and one quote; cases below break one thing at a time. */
export const VALID = `version: 1
article:
  path: article.txt
annotations:
  - id: src-peskov
    kind: source
    target: {exact: "بيسكوف", prefix: "", suffix: "", start: 0, end: 6}
    identity: named
    status: unverified
  - id: qt-1
    kind: quote
    target: {exact: "الوضع", prefix: "", suffix: "", start: 10, end: 15}
    speaker: src-peskov
    direct: true
    status: unverified
`;

const withPath = (p: string): string => VALID.replace('path: article.txt', `path: ${p}`);

export const INVALID_CASES: readonly InvalidCase[] = [
  { name: 'YAML syntax error (unclosed flow sequence)', yaml: 'version: 1\nannotations: [\n', line: 3, column: 1, message: /flow sequence/i },
  { name: 'duplicate key', yaml: VALID.replace('    direct: true\n', '    direct: true\n    direct: false\n'), line: 15, column: 5, message: /unique/i },
  { name: 'wrong version', yaml: VALID.replace('version: 1', 'version: 2'), line: 1, column: 10, message: /version must be 1/ },
  { name: 'missing article', yaml: VALID.replace('article:\n  path: article.txt\n', ''), line: 1, column: 1, message: /missing required key "article"/ },
  { name: 'start of the wrong type', yaml: VALID.replace('start: 10', 'start: "ten"'), line: 12, column: 61, message: /annotations\.1\.target\.start must be integer/ },
  { name: 'negative end', yaml: VALID.replace('end: 6', 'end: -6'), line: 7, column: 70, message: /end must be >= 0/ },
  { name: 'missing status', yaml: VALID.replace('    status: unverified\n  - id: qt-1', '  - id: qt-1'), line: 5, column: 5, message: /annotations\.0 is missing required key "status"/ },
  { name: 'unknown kind', yaml: VALID.replace('kind: quote', 'kind: quotation'), line: 11, column: 11, message: /kind must be one of "claim", "source", "quote", "note"/ },
  { name: 'unknown status', yaml: VALID.replace('    speaker: src-peskov\n    direct: true\n    status: unverified', '    speaker: src-peskov\n    direct: true\n    status: maybe'), line: 15, column: 13, message: /status must be one of/ },
  { name: 'typo in a key', yaml: VALID.replace('speaker: src-peskov', 'speeker: src-peskov'), line: 13, column: 5, message: /unknown key "speeker"/ },
  { name: 'speaker on a source', yaml: VALID.replace('    identity: named\n', '    identity: named\n    speaker: qt-1\n'), line: 9, column: 5, message: /speaker is not allowed/ },
  { name: 'tags not a list', yaml: VALID.replace('    direct: true\n', '    direct: true\n    tags: wagner\n'), line: 15, column: 11, message: /tags must be array/ },
  { name: 'bad timestamp', yaml: VALID.replace('    direct: true\n', '    direct: true\n    created: yesterday\n'), line: 15, column: 14, message: /created must match pattern/ },
  { name: 'bad id', yaml: VALID.replace('id: qt-1', 'id: "qt 1"'), line: 10, column: 9, message: /id must match pattern/ },
  { name: 'dangling speaker', yaml: VALID.replace('speaker: src-peskov', 'speaker: src-nobody'), line: 13, column: 14, message: /speaker "src-nobody" is not the id of any annotation/ },
  { name: 'speaker that is a quote', yaml: VALID.replace('speaker: src-peskov', 'speaker: qt-1'), line: 13, column: 14, message: /speaker "qt-1" is a quote, not a source/ },
  { name: 'duplicate ids', yaml: VALID.replace('id: qt-1', 'id: src-peskov').replace('speaker: src-peskov', 'speaker: src-peskov'), line: 10, column: 9, message: /duplicate id "src-peskov"/ },
  { name: 'retired id in use', yaml: VALID + 'retired: [qt-1]\n', line: 10, column: 9, message: /retired/ },
  { name: 'reply without a body', yaml: VALID.replace('    direct: true\n', '    direct: true\n    replies:\n      - id: r1\n'), line: 16, column: 9, message: /replies\.0 is missing required key "body"/ },
  { name: 'typo in a reply key', yaml: VALID.replace('    direct: true\n', '    direct: true\n    replies:\n      - id: r1\n        body: yes\n        bodi: yes\n'), line: 18, column: 9, message: /unknown key "bodi"/ },
  { name: 'duplicate reply ids', yaml: VALID.replace('    direct: true\n', '    direct: true\n    replies:\n      - {id: r1, body: one}\n      - {id: r1, body: two}\n'), line: 17, column: 14, message: /duplicate reply id "r1"/ },
  { name: 'start after end', yaml: VALID.replace('start: 10, end: 15', 'start: 15, end: 10'), line: 12, column: 70, message: /target\.end 10 is before target\.start 15/ },
  { name: 'article.path ../x', yaml: withPath('../x.txt'), line: 3, column: 9, message: /climbs out/ },
  { name: 'article.path /etc/passwd', yaml: withPath('/etc/passwd'), line: 3, column: 9, message: /absolute/ },
  { name: 'article.path ..\\x', yaml: withPath('"..\\\\x.txt"'), line: 3, column: 9, message: /backslash/ },
  { name: 'article.path C:\\x', yaml: withPath('"C:\\\\x.txt"'), line: 3, column: 9, message: /backslash/ },
  { name: 'article.path C:/x', yaml: withPath('"C:/x.txt"'), line: 3, column: 9, message: /colon/ },
  { name: 'article.path a/../../x', yaml: withPath('a/../../x.txt'), line: 3, column: 9, message: /climbs out/ },
  { name: 'alias bomb', yaml: 'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n', line: 1, column: 7, message: /anchor &a is not allowed/ },
  { name: 'unknown tag !!js/function', yaml: VALID.replace('note', 'x').replace('direct: true', 'direct: !!js/function "function () {}"'), line: 14, column: 13, message: /tag/i },
  { name: 'custom tag', yaml: VALID.replace('identity: named', 'identity: !custom named'), line: 8, column: 15, message: /tag/i },
  { name: 'deep flow nesting', yaml: 'a: ' + '['.repeat(100_000), line: 1, column: 36, message: /nesting too deep/ },
  { name: 'deep block nesting', yaml: Array.from({ length: 3000 }, (_, i) => ' '.repeat(i) + '- ').join('\n'), line: 160, column: 161, message: /indented more than 160/ },
  { name: 'deep compact nesting', yaml: '- '.repeat(100_000) + 'x', line: 1, column: 161, message: /nesting too deep/ },
  { name: 'two documents', yaml: VALID + '---\n' + VALID, line: 16, column: 1, message: /multiple documents/i },
  { name: 'a typo inside a conflict block', yaml: VALID.replace('    direct: true\n', '    direct: true\n    conflict: {values: {staus: verified}}\n'), line: 15, column: 25, message: /unknown key "staus"/ },
  { name: 'not a map', yaml: '- 1\n- 2\n', line: 1, column: 1, message: /must be object/ },
];

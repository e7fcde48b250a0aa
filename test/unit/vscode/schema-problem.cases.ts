/**
 * Broken variants of the example sidecar and whether the YAML extension's schema validation
 * reports each problem too (then News Annotator does not repeat it when that extension is installed).
 */
export interface SchemaProblemCase {
  readonly name: string;
  /** [search, replace] applied once to the example sidecar. */
  readonly edit: readonly [string, string];
  /** For each problem the core reports, in order: does a schema validator report it too? */
  readonly schema: readonly boolean[];
}

export const SCHEMA_PROBLEM_CASES: readonly SchemaProblemCase[] = [
  { name: 'YAML syntax error', edit: ['version: 1', 'version: [1'], schema: [true] },
  { name: 'an unknown key', edit: ['    identity: named\n', '    identity: named\n    colour: red\n'], schema: [true] },
  { name: 'a value outside its enum', edit: ['identity: named', 'identity: famous'], schema: [true] },
  { name: 'a wrong type', edit: ['start: 31', 'start: "31"'], schema: [true] },
  // A duplicate id also leaves the claim's source dangling: two reference problems, ours only.
  { name: 'a duplicate id (and the reference it breaks)', edit: ['id: src-kremlin', 'id: src-france24'], schema: [false, false] },
  { name: 'a speaker that names no annotation', edit: ['speaker: src-peskov', 'speaker: src-nobody'], schema: [false] },
  { name: 'an article path outside the folder', edit: ['path: haftar-moscow.ar.txt', 'path: ../haftar-moscow.ar.txt'], schema: [false] },
  { name: 'a YAML anchor', edit: ['version: 1', 'version: &v 1'], schema: [false] },
];

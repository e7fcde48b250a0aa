/**
 * Which sidecar problems a JSON Schema validator (the YAML extension) reports too: YAML syntax
 * and schema errors. Pure (no `vscode`), so it is tested in plain Node on the core's messages.
 */

/** Problems of ours (core messages, `FILE:LINE:COLUMN: ` removed) that no JSON Schema validator reports. */
const OURS_ONLY: readonly RegExp[] = [
  /^annotations\.\d+\.[\w.]+: /, // check-references: dangling speaker/source, duplicate id, ...
  /^article\.path /,
  /^sidecar too large/,
  /^YAML (alias|anchor|tag) /,
];

/**
 * `true` when a sidecar problem is a YAML syntax or schema error, which the YAML extension
 * reports too. `message` is a core `SidecarProblem.message` (`FILE:LINE:COLUMN: what`).
 */
export function isSchemaProblem(message: string): boolean {
  const what = message.replace(/^.*?:\d+:\d+: /, '');
  return !OURS_ONLY.some((re) => re.test(what));
}

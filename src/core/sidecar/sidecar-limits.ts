/**
 * Limits that keep a hostile sidecar from hurting the reader. Each is far above what a real
 * sidecar needs and far below what makes the `yaml` parser slow or recurse too deep.
 */

/**
 * Largest sidecar text accepted, in UTF-16 code units (32 Mi). A 10,000-annotation sidecar is
 * about 5 MB; checked before parsing, so 50 MB is refused in microseconds.
 */
export const MAX_SIDECAR_LENGTH = 32 * 1024 * 1024;

/**
 * Deepest flow nesting (`[` / `{`) accepted. The format needs 2 (`tags: [a, b]` in a flow
 * annotation); `yaml` 2.9 throws a TypeError past about 1,000 and overflows its stack later.
 */
export const MAX_FLOW_DEPTH = 32;

/**
 * Widest indentation accepted, in columns, counting compact `- ` / `? ` / `: ` indicators as
 * indentation. The format nests 6 levels deep (12 columns at the usual 2 spaces a level);
 * `yaml` 2.9 needs tens of megabytes of memory per thousand block levels.
 */
export const MAX_INDENT = 160;

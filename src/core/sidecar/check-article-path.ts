/**
 * The rule for `article.path`: a relative path to a file inside the sidecar's folder (or a
 * sub-folder), written with forward slashes. A sidecar from a stranger must not point the
 * tool at `/etc/passwd`, `..\secret.txt` or `C:\Windows`.
 */

/**
 * Why `path` is not an acceptable `article.path`, or `null` when it is. Pure string rules,
 * the same on every platform: no backslash (a separator on Windows), no colon (drive letters,
 * `file:` URLs, NTFS streams), no NUL, not absolute, and `..` segments never climbing above
 * the sidecar's folder.
 */
export function checkArticlePath(path: string): string | null {
  if (path.length === 0) return 'is empty';
  if (path.includes('\0')) return 'contains a NUL character';
  if (path.includes('\\')) return 'contains a backslash; use forward slashes';
  if (path.includes(':')) return 'contains a colon (a drive letter or URL is not a relative path)';
  if (path.startsWith('/')) return 'is absolute; it must be relative to the sidecar';
  let depth = 0;
  for (const segment of path.split('/')) {
    if (segment === '..') depth -= 1;
    else if (segment !== '.' && segment !== '') depth += 1;
    if (depth < 0) return "climbs out of the sidecar's folder";
  }
  if (depth === 0 || path.endsWith('/')) return 'names a folder, not a file';
  return null;
}

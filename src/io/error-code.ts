/**
 * The Node.js error code (`ENOENT`, `EEXIST`, ...) carried by a caught file-system error.
 */

/** `err.code` (`'ENOENT'`, ...) when `err` carries one, else `undefined`. Never throws. */
export function errorCode(err: unknown): string | undefined {
  return (err as NodeJS.ErrnoException | undefined)?.code;
}

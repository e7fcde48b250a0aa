/**
 * The fingerprint a sidecar stores of its article (`article.sha256`).
 */
import { createHash } from 'node:crypto';

/**
 * Hex SHA-256 (64 lowercase hex digits) of `text` encoded as UTF-8. A leading BOM (U+FEFF) is
 * removed first, so a file hashes the same with or without one. Line endings are hashed as
 * they are: CRLF and LF versions of an article differ (their offsets differ too).
 * Lone surrogates are encoded as U+FFFD, as `Buffer.from` does.
 */
export function sha256Hex(text: string): string {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return createHash('sha256').update(body, 'utf8').digest('hex');
}

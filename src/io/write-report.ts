/**
 * Writing a rendered report: one file, or (brat) a folder of files, each written atomically.
 * Shared by the CLI and the Export Report command.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { RenderedReport } from '../core/report';
import { writeFileAtomic } from './atomic-write';

/**
 * Writes `rendered` to `out`: the file itself, or the folder (created when missing) that
 * receives every file of a folder report. A folder report's file paths are relative and are
 * checked to stay inside `out`.
 * @returns the paths written.
 * @throws the file system's error (files already written stay written, each complete).
 */
export async function writeReport(rendered: RenderedReport, out: string): Promise<string[]> {
  if (rendered.kind === 'file') {
    await fs.mkdir(path.dirname(path.resolve(out)), { recursive: true });
    await writeFileAtomic(out, rendered.content);
    return [out];
  }
  const root = path.resolve(out);
  const written: string[] = [];
  for (const f of rendered.files) {
    const target = path.resolve(root, f.path);
    if (target !== root && !target.startsWith(root + path.sep)) throw new Error(`report file ${JSON.stringify(f.path)} would be written outside ${out}`);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await writeFileAtomic(target, f.content);
    written.push(target);
  }
  return written;
}

/**
 * How a report names an article: its path relative to `base` with `/` separators; the file
 * name alone when the article lies outside `base` (so a brat folder never reaches outside).
 */
export function reportPathOf(articlePath: string, base: string): string {
  const rel = path.relative(path.resolve(base), path.resolve(articlePath));
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return path.basename(articlePath);
  return rel.split(path.sep).join('/');
}

/**
 * Every UI string has English and Arabic: the runtime bundles (l10n/), the package.json
 * strings (package.nls*.json), and every `vscode.l10n.t` message in src/vscode is in the
 * bundle — so a string added without its translation fails here.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { placeholders, scanL10n } from './scan-l10n';
import { SCAN_CASES } from './scan-l10n.cases';

const ROOT = path.join(__dirname, '..', '..', '..');
const readJson = (file: string): Record<string, unknown> => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, unknown>;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

/** Keys of `a` missing from `b`. */
const missing = (a: object, b: object): string[] => Object.keys(a).filter((k) => !(k in b));

/** Every `%key%` string anywhere in a JSON value. */
function nlsKeys(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') {
    const m = /^%([\w.-]+)%$/.exec(value);
    if (m) out.push(m[1]!);
  } else if (Array.isArray(value)) value.forEach((v) => nlsKeys(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => nlsKeys(v, out));
  return out;
}

/** package.json fields that a user reads: they must be `%key%`. */
function plainUiStrings(pkg: Record<string, unknown>): string[] {
  const found: string[] = [];
  const isKey = (v: unknown): boolean => typeof v === 'string' && /^%[\w.-]+%$/.test(v);
  const check = (where: string, v: unknown): void => {
    if (v !== undefined && !isKey(v)) found.push(`${where}: ${JSON.stringify(v)}`);
  };
  const c = (pkg.contributes ?? {}) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  check('displayName', pkg.displayName);
  check('description', pkg.description);
  for (const cmd of c.commands ?? []) {
    check(`command ${cmd.command} title`, cmd.title);
    check(`command ${cmd.command} category`, cmd.category);
    check(`command ${cmd.command} shortTitle`, cmd.shortTitle);
  }
  for (const col of c.colors ?? []) check(`colour ${col.id}`, col.description);
  for (const lang of c.languages ?? []) check(`language ${lang.id} alias`, lang.aliases?.[0]);
  const configurations = Array.isArray(c.configuration) ? c.configuration : c.configuration ? [c.configuration] : [];
  for (const conf of configurations) {
    check('configuration title', conf.title);
    for (const [key, p] of Object.entries<Record<string, unknown>>(conf.properties ?? {})) {
      check(`setting ${key} description`, p.description);
      check(`setting ${key} markdownDescription`, p.markdownDescription);
      check(`setting ${key} deprecationMessage`, p.deprecationMessage);
      for (const [i, d] of ((p.enumDescriptions as unknown[]) ?? []).entries()) check(`setting ${key} enumDescriptions[${i}]`, d);
      for (const [i, d] of ((p.markdownEnumDescriptions as unknown[]) ?? []).entries()) check(`setting ${key} markdownEnumDescriptions[${i}]`, d);
    }
  }
  for (const [, containers] of Object.entries<any[]>(c.viewsContainers ?? {})) for (const v of containers) check(`view container ${v.id}`, v.title); // eslint-disable-line @typescript-eslint/no-explicit-any
  for (const [, views] of Object.entries<any[]>(c.views ?? {})) for (const v of views) check(`view ${v.id}`, v.name); // eslint-disable-line @typescript-eslint/no-explicit-any
  for (const v of c.viewsWelcome ?? []) check(`viewsWelcome ${v.view}`, v.contents);
  for (const s of c.submenus ?? []) check(`submenu ${s.id}`, s.label);
  for (const w of c.walkthroughs ?? []) {
    check(`walkthrough ${w.id} title`, w.title);
    check(`walkthrough ${w.id} description`, w.description);
    for (const step of w.steps ?? []) {
      check(`walkthrough step ${step.id} title`, step.title);
      check(`walkthrough step ${step.id} description`, step.description);
      check(`walkthrough step ${step.id} media altText`, step.media?.altText);
    }
  }
  const trust = c.capabilities?.untrustedWorkspaces ?? (pkg.capabilities as any)?.untrustedWorkspaces; // eslint-disable-line @typescript-eslint/no-explicit-any
  if (trust) check('capabilities.untrustedWorkspaces.description', trust.description);
  return found;
}

describe('l10n: scanning the source', () => {
  for (const c of SCAN_CASES) {
    it(c.name, () => {
      const scan = scanL10n('case.ts', c.source);
      assert.deepEqual(scan.messages, c.messages);
      assert.equal(scan.problems.length, c.problems, scan.problems.join('\n'));
    });
  }
});

describe('l10n: English and Arabic for every UI string', () => {
  const en = readJson('l10n/bundle.l10n.json');
  const ar = readJson('l10n/bundle.l10n.ar.json');
  const nlsEn = readJson('package.nls.json');
  const nlsAr = readJson('package.nls.ar.json');
  const pkg = readJson('package.json');

  it('package.json names l10n/ as the bundle folder', () => {
    assert.equal(pkg.l10n, './l10n');
  });

  it('bundle.l10n.json and bundle.l10n.ar.json have the same keys', () => {
    assert.deepEqual(missing(en, ar), [], 'English keys without an Arabic translation');
    assert.deepEqual(missing(ar, en), [], 'Arabic keys with no English string');
  });

  it('the English bundle maps each message to itself; every translation is non-empty and keeps its placeholders', () => {
    for (const [key, value] of Object.entries(en)) assert.equal(value, key, `bundle.l10n.json: "${key}"`);
    for (const [key, value] of Object.entries(ar)) {
      assert.ok(typeof value === 'string' && value.trim() !== '', `bundle.l10n.ar.json: "${key}" is empty`);
      assert.deepEqual(placeholders(value), placeholders(key), `bundle.l10n.ar.json: "${key}" -> "${value}"`);
    }
  });

  it('package.nls.json and package.nls.ar.json have the same keys, all non-empty', () => {
    assert.deepEqual(missing(nlsEn, nlsAr), [], 'package.nls.json keys missing from package.nls.ar.json');
    assert.deepEqual(missing(nlsAr, nlsEn), [], 'package.nls.ar.json keys missing from package.nls.json');
    for (const [key, value] of Object.entries({ ...nlsEn, ...nlsAr })) assert.ok(typeof value === 'string' && value.trim() !== '', `${key} is empty`);
  });

  it('every %key% in package.json exists in both nls files', () => {
    const keys = nlsKeys(pkg);
    assert.ok(keys.length > 0);
    assert.deepEqual(keys.filter((k) => !(k in nlsEn)), [], 'missing from package.nls.json');
    assert.deepEqual(keys.filter((k) => !(k in nlsAr)), [], 'missing from package.nls.ar.json');
  });

  it('package.json shows the user no plain strings (titles, descriptions, view names: %key%)', () => {
    assert.deepEqual(plainUiStrings(pkg), []);
  });

  it('every l10n.t message in src/vscode is in the bundle, and nothing there bypasses l10n', () => {
    const files = sourceFiles(path.join(ROOT, 'src', 'vscode'));
    assert.ok(files.length > 0);
    const untranslated: string[] = [];
    const problems: string[] = [];
    for (const file of files) {
      const scan = scanL10n(path.relative(ROOT, file), fs.readFileSync(file, 'utf8'));
      problems.push(...scan.problems);
      for (const m of scan.messages) if (!(m in en)) untranslated.push(`${path.relative(ROOT, file)}: ${JSON.stringify(m)}`);
    }
    assert.deepEqual(untranslated, [], 'l10n.t messages missing from l10n/bundle.l10n.json (and its Arabic)');
    assert.deepEqual(problems, [], 'UI text that does not go through vscode.l10n.t');
  });
});

/**
 * A sidecar written by the core is read back by the extension and re-anchored against the
 * document as it is in the editor; a broken sidecar is reported at its line and left alone.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs/promises';
import * as vscode from 'vscode';
import { analyze } from '../../src/core/analysis';
import { fromAnalysis, stringifySidecar } from '../../src/core/sidecar';
import type { Sidecar } from '../../src/core/sidecar/types';
import { sidecarPathFor } from '../../src/io/sidecar-path';
import type { SidecarReport } from '../../src/vscode/register-commands';
import { openArticle, waitFor } from './vscode-helpers';

const SEED = 'haftar-moscow.ar.txt';

suite('sidecar', () => {
  let sidecarPath = '';
  let expected: Sidecar;

  suiteSetup(async () => {
    const editor = await openArticle(SEED);
    const text = editor.document.getText();
    expected = {
      version: 1,
      article: { path: SEED },
      annotations: fromAnalysis(analyze(text), text),
    };
    sidecarPath = sidecarPathFor(editor.document.uri.fsPath);
    await fs.writeFile(sidecarPath, stringifySidecar(expected), 'utf8');
  });

  suiteTeardown(async () => {
    await fs.rm(sidecarPath, { force: true });
  });

  test('written by the core, it resolves at the stored offsets', async () => {
    const editor = await openArticle(SEED);
    const report = await vscode.commands.executeCommand<SidecarReport | null>('newsAnnotator.resolveSidecar', editor.document.uri);
    assert.ok(report, 'the extension finds the sidecar beside the article');
    assert.equal(report.sidecarPath, sidecarPath);
    assert.ok(expected.annotations.length > 20, `the core annotated the seed article (${expected.annotations.length})`);
    assert.deepEqual(
      report.anchors.map((a) => [a.id, a.status, a.start, a.end]),
      expected.annotations.map((a) => [a.id, 'anchored', a.target.start, a.target.end]),
    );
    assert.equal(report.orphans, 0);
  });

  test('after an edit above them, the annotations move with their words', async () => {
    const editor = await openArticle(SEED);
    const inserted = 'تحديث: ';
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(0, 0), inserted)));
    try {
      const report = await vscode.commands.executeCommand<SidecarReport | null>('newsAnnotator.resolveSidecar', editor.document.uri);
      assert.ok(report);
      assert.deepEqual(
        report.anchors.map((a) => [a.id, a.status, a.start, a.end]),
        expected.annotations.map((a) => [a.id, 'moved', a.target.start + inserted.length, a.target.end + inserted.length]),
      );
      const text = editor.document.getText();
      for (const a of expected.annotations) {
        const at: SidecarReport['anchors'][number] | undefined = report.anchors.find((r) => r.id === a.id);
        assert.ok(at && at.start !== null && at.end !== null, `${a.id} is found`);
        assert.equal(text.slice(at.start, at.end), a.target.exact);
      }
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  test('a sidecar that fails to parse is reported at its line and not overwritten', async () => {
    const broken = 'version: 1\narticle:\n  path: haftar-moscow.ar.txt\nannotations:\n  - id: [unclosed\n';
    await fs.writeFile(sidecarPath, broken, 'utf8');
    const editor = await openArticle(SEED);
    const report = await vscode.commands.executeCommand<SidecarReport | null>('newsAnnotator.resolveSidecar', editor.document.uri);
    assert.equal(report, null);
    const diagnostics = await waitFor('a diagnostic on the sidecar', () => {
      const found = vscode.languages.getDiagnostics(vscode.Uri.file(sidecarPath));
      return found.length > 0 ? found : undefined;
    });
    assert.equal(diagnostics[0]?.severity, vscode.DiagnosticSeverity.Error);
    assert.ok((diagnostics[0]?.range.start.line ?? -1) >= 3, `the diagnostic points into the annotations (line ${diagnostics[0]?.range.start.line})`);
    assert.equal(await fs.readFile(sidecarPath, 'utf8'), broken, 'the broken sidecar is left as it was');
  });
});

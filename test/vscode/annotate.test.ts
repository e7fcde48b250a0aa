/**
 * Annotating through commands (issue 8), in a real VS Code: every check reads the sidecar on
 * disk and the offsets the article's state holds. Each test works on its own copy of the seed
 * article without a sidecar, so the tests do not depend on each other.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { parseSidecar, resolveSidecar } from '../../src/core/sidecar';
import type { Annotation, Sidecar } from '../../src/core/sidecar/types';
import { sidecarPathFor } from '../../src/io/sidecar-path';
import type { ArticleState } from '../../src/vscode/article/article-state-types';
import type { CommandResult } from '../../src/vscode/commands/command-support';
import { activeApi, saveScreenshot, sleep, waitFor, workspaceUri } from './vscode-helpers';
import { runCheck } from '../../src/cli/check-command';

const SEED = 'haftar-moscow.ar.txt';

/** A fresh copy of the seed article named `name` (no sidecar), opened in an editor. */
async function copyOfSeed(name: string): Promise<{ editor: vscode.TextEditor; state: ArticleState; sidecar: string }> {
  const from = path.join(workspaceUri().fsPath, SEED);
  const to = path.join(workspaceUri().fsPath, name);
  fs.copyFileSync(from, to);
  const sidecar = sidecarPathFor(to);
  fs.rmSync(sidecar, { force: true });
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.file(to)), { preview: false });
  return { editor, state: await stateOf(editor.document.uri), sidecar };
}

async function stateOf(uri: vscode.Uri): Promise<ArticleState> {
  const api = await activeApi();
  const state = await waitFor(`the state of ${uri.path}`, () => api.articles.get(uri));
  await state.ready;
  await state.settled();
  return state;
}

function run<T = CommandResult>(command: string, args?: unknown): Thenable<T> {
  return vscode.commands.executeCommand<T>(`newsAnnotator.${command}`, args);
}

function onDisk(sidecar: string): Sidecar {
  return parseSidecar(fs.readFileSync(sidecar, 'utf8'), sidecar).sidecar;
}

const byId = (s: Sidecar): Map<string, Annotation> => new Map(s.annotations.map((a) => [a.id, a]));

/** What `news-annotator check` does: every annotation of the sidecar on disk anchored against the article on disk. */
/**
 * `news-annotator check SIDECAR` (the CLI's own command, run in-process): exit 0, every
 * annotation valid and anchored against the article as it is on disk.
 */
async function checkOnDisk(article: string, sidecar: string): Promise<void> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCheck([sidecar, '--format', 'json'], { stdout: (l) => out.push(l), stderr: (l) => err.push(l) });
  assert.equal(code, 0, `news-annotator check exits 0 (${err.join(' ')} ${out.join(' ')})`);
  const report = JSON.parse(out[0] ?? '{}') as { valid: boolean; article?: string; annotations: { id: string; status: string }[] };
  assert.equal(report.valid, true);
  assert.deepEqual(report.annotations.filter((a) => a.status === 'orphaned').map((a) => a.id), [], 'no annotation is orphaned against the article on disk');
  // and the core agrees, against the article file this test wrote
  const anchors = resolveSidecar(onDisk(sidecar), fs.readFileSync(article, 'utf8'));
  assert.deepEqual(anchors.filter((a) => a.status === 'orphaned').map((a) => a.id), []);
}

/** Every placed annotation of the state: id -> [start, end]. */
function offsetsOf(state: ArticleState): Map<string, [number | null, number | null]> {
  return new Map(state.annotations.map((t) => [t.annotation.id, [t.start, t.end]]));
}

/**
 * Closes every editor, opens the article again and re-reads its sidecar from disk, re-anchoring
 * it against the text (what a fresh window does; VS Code may keep the closed document, and with
 * it the state, in memory).
 */
async function reopen(uri: vscode.Uri): Promise<{ editor: vscode.TextEditor; state: ArticleState }> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
  const state = await stateOf(uri);
  await state.reload();
  await state.settled();
  return { editor, state };
}

suite('annotate', () => {
  test('Accept All Findings, disputed quotes, a note with a reply, a relink, a delete: exactly that on disk, and again after reopening', async function () {
    this.timeout(60_000);
    const { editor, state, sidecar } = await copyOfSeed('annotate-accept.ar.txt');
    const uri = editor.document.uri.toString();

    const all = await run('acceptAllFindings', { uri });
    assert.ok(all.added.length > 20, `accepted ${all.added.length} findings`);
    assert.ok(fs.existsSync(sidecar), 'the sidecar is created on the first annotation');
    assert.match(fs.readFileSync(sidecar, 'utf8'), /^# News Annotator sidecar/, 'with the schema comment line');
    const again = await run('acceptAllFindings', { uri });
    assert.deepEqual(again.added, [], 'running it twice adds nothing');

    const added = byId({ version: 1, article: { path: 'x' }, annotations: all.added });
    const quotesOf = (source: string): Annotation[] => all.added.filter((a) => a.kind === 'quote' && a.speaker === source);
    const sources = all.added.filter((a) => a.kind === 'source');
    const specialist = sources.filter((s) => s.identity === 'anonymous').sort((a, b) => quotesOf(b.id).length - quotesOf(a.id).length)[0];
    assert.ok(specialist, 'an anonymous source');
    const specialistQuotes = quotesOf(specialist.id);
    assert.ok(specialistQuotes.length >= 6, `the specialist has her quotes (${specialistQuotes.length})`);
    for (const q of specialistQuotes) await run('setStatus', { uri, id: q.id, status: 'disputed' });

    const noted = specialistQuotes[0] as Annotation;
    await run('editNote', { uri, id: noted.id, note: 'لا يوجد مصدر ثانٍ لهذا التصريح.' });
    const replied = await run('replyNote', { uri, id: noted.id, body: 'سألنا مراسلنا في طرابلس؛ ننتظر الرد.' });
    const replyId = (replied.reply as { id: string }).id;
    assert.match(replyId, /^r-[0-9a-f]{8}$/, 'a reply id that a deleted reply never had');

    const relinked = specialistQuotes[1] as Annotation;
    const other = sources.find((s) => s.identity === 'named') as Annotation;
    await run('linkSource', { uri, id: relinked.id, speaker: other.id });

    const claim = all.added.find((a) => a.kind === 'claim') as Annotation;
    const deleted = await run('deleteAnnotation', { uri, id: claim.id });
    assert.deepEqual(deleted.retired, [claim.id]);

    // The file on disk: exactly these annotations, links, statuses, note, reply and retired id.
    const saved = onDisk(sidecar);
    const want = [...added.keys()].filter((id) => id !== claim.id).sort();
    assert.deepEqual(saved.annotations.map((a) => a.id).sort(), want);
    assert.deepEqual(saved.retired, [claim.id]);
    const got = byId(saved);
    for (const a of all.added) {
      if (a.id === claim.id) continue;
      const s = got.get(a.id) as Annotation;
      const disputed = specialistQuotes.some((q) => q.id === a.id);
      assert.equal(s.status, disputed ? 'disputed' : 'unverified', `${a.id} status`);
      assert.equal(s.speaker, a.id === relinked.id ? other.id : a.speaker, `${a.id} speaker`);
      assert.equal(s.source, a.source, `${a.id} source`);
      assert.deepEqual([s.target.start, s.target.end, s.target.exact], [a.target.start, a.target.end, a.target.exact], `${a.id} target`);
      assert.equal(s.note, a.id === noted.id ? 'لا يوجد مصدر ثانٍ لهذا التصريح.' : undefined);
      assert.equal(s.replies?.length ?? 0, a.id === noted.id ? 1 : 0);
    }
    const reply = got.get(noted.id)?.replies?.[0];
    assert.equal(reply?.body, 'سألنا مراسلنا في طرابلس؛ ننتظر الرد.');
    assert.ok(reply?.author && reply.author.length > 0, 'the reply has its author');
    assert.match(reply?.created ?? '', /^\d{4}-\d\d-\d\dT/, 'and its time');
    await checkOnDisk(editor.document.uri.fsPath, sidecar);

    // The comment thread shows the note and the reply at the quote's words.
    const api = await activeApi();
    const thread = await waitFor('the note thread', () => api.notes.threadsOf(editor.document.uri).find((t) => t.id === noted.id));
    assert.deepEqual([thread.start, thread.end], [noted.target.start, noted.target.end]);
    assert.deepEqual(thread.comments.map((c) => [c.reply, c.text]), [[null, 'لا يوجد مصدر ثانٍ لهذا التصريح.'], [replyId, 'سألنا مراسلنا في طرابلس؛ ننتظر الرد.']]);

    // Reopened: the same annotations at the same offsets.
    const before = offsetsOf(state);
    const again2 = await reopen(editor.document.uri);
    assert.deepEqual(offsetsOf(again2.state), before);
  });

  test('the comment thread on the specialist\'s quote, the quick-fix menu, the context menu (screenshots)', async function () {
    this.timeout(60_000);
    const { editor, state } = await copyOfSeed('annotate-shots.ar.txt');
    const uri = editor.document.uri.toString();
    const api = await activeApi();
    // The specialist's first quote, annotated with a note and two replies.
    const specialist = state.analysis.sources.filter((s) => s.identity === 'anonymous')
      .sort((a, b) => state.analysis.quotes.filter((q) => q.speaker === b.id).length - state.analysis.quotes.filter((q) => q.speaker === a.id).length)[0];
    assert.ok(specialist);
    const quote = state.analysis.quotes.find((q) => q.speaker === specialist.id);
    assert.ok(quote);
    const accepted = await run('acceptFinding', { uri, finding: { kind: 'quote', id: quote.id } });
    const id = (accepted.annotation as Annotation).id;
    await run('editNote', { uri, id, note: 'تصريح من مصدر مجهول: يحتاج إلى مصدر ثانٍ.' });
    await run('replyNote', { uri, id, body: 'راجعتُ وكالة تاس: لا ذكر لهذا.' });
    await run('replyNote', { uri, id, body: 'Checked TASS: nothing there either.' });
    const thread = await waitFor('the thread', () => api.notes.thread(editor.document.uri, id));
    thread.collapsibleState = vscode.CommentThreadCollapsibleState.Expanded;
    const at = editor.document.positionAt(quote.start);
    editor.selection = new vscode.Selection(at, at);
    editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenter);
    await sleep(1000);
    await saveScreenshot('annotate-comment-thread');
    thread.collapsibleState = vscode.CommentThreadCollapsibleState.Collapsed;

    // The quick-fix menu on a finding not yet annotated (a claim).
    const claim = state.visibleFindings.claims[0];
    assert.ok(claim, 'a claim finding');
    const p = editor.document.positionAt(claim.start + 2);
    editor.selection = new vscode.Selection(p, p);
    editor.revealRange(new vscode.Range(p, p), vscode.TextEditorRevealType.InCenter);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, new vscode.Range(p, p), vscode.CodeActionKind.QuickFix.value);
    assert.ok(actions.some((a) => a.command?.command === 'newsAnnotator.acceptFinding'), 'an Accept finding quick fix');
    await vscode.window.showTextDocument(editor.document, { preview: false, preserveFocus: false });
    editor.selection = new vscode.Selection(p, p);
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    await sleep(300);
    await vscode.commands.executeCommand('editor.action.quickFix');
    await sleep(1200);
    await saveScreenshot('annotate-quick-fix');
    await vscode.commands.executeCommand('hideCodeActionWidget');
    await vscode.commands.executeCommand('closeReferenceSearch');

    // The editor's context menu with its Annotate submenu (the runner right-clicks).
    console.log('__CONTEXTMENU__ annotate-context-menu Annotate');
    await sleep(4000);
  });

  test('the comment UI: reply from the thread\'s box, edit and delete a reply from its title bar', async () => {
    const { editor, sidecar } = await copyOfSeed('annotate-thread.ar.txt');
    const uri = editor.document.uri.toString();
    const all = await run('acceptAllFindings', { uri });
    const claim = all.added.find((a) => a.kind === 'claim') as Annotation;
    await run('editNote', { uri, id: claim.id, note: 'Is the figure right?' });
    const api = await activeApi();
    const thread = await waitFor('the thread', () => api.notes.thread(editor.document.uri, claim.id));
    // The reply box hands the command a CommentReply.
    await vscode.commands.executeCommand('newsAnnotator.replyNote', { thread, text: 'The agency gives another figure.' });
    const replies = (): readonly { id: string; body: string }[] => byId(onDisk(sidecar)).get(claim.id)?.replies ?? [];
    assert.deepEqual(replies().map((r) => r.body), ['The agency gives another figure.']);
    // The pencil on a reply opens its editor; Save writes what was typed.
    const reply = await waitFor('the reply comment', () => thread.comments.find((c) => c.contextValue === 'reply'));
    await vscode.commands.executeCommand('newsAnnotator.editReply', reply);
    assert.equal(reply.mode, vscode.CommentMode.Editing);
    reply.body = 'The agency gives 1,300.';
    await vscode.commands.executeCommand('newsAnnotator.saveReply', reply);
    assert.deepEqual(replies().map((r) => r.body), ['The agency gives 1,300.']);
    const edited = await waitFor('the edited reply', () => thread.comments.find((c) => c.contextValue === 'reply' && c.mode === vscode.CommentMode.Preview && c.label !== undefined));
    await vscode.commands.executeCommand('newsAnnotator.deleteReply', edited);
    assert.deepEqual(replies(), []);
    assert.equal(byId(onDisk(sidecar)).get(claim.id)?.note, 'Is the figure right?', 'the note stays');
  });

  test('bad arguments: a clear error, no file touched', async () => {
    const { editor, sidecar } = await copyOfSeed('annotate-bad.ar.txt');
    const uri = editor.document.uri.toString();
    await run('acceptAllFindings', { uri });
    const bytes = fs.readFileSync(sidecar, 'utf8');
    const first = onDisk(sidecar).annotations[0] as Annotation;
    const cases: [string, unknown, RegExp][] = [
      ['setStatus', { uri, id: first.id, status: 'maybe' }, /status must be one of/],
      ['setStatus', { uri, id: 'qt-nope', status: 'verified' }, /no annotation has the id qt-nope/],
      ['annotateClaim', { uri, range: { start: 10, end: 5 } }, /range is not usable/],
      ['annotateSource', { uri, range: { start: 0, end: 4 }, role: 'a role' }, /identity is missing/],
      ['annotateQuote', { uri, range: { start: 0, end: 4 }, speeker: 'x' }, /unknown argument speeker/],
      ['linkSource', { uri, id: first.id, speaker: 'src-none' }, /.+/],
      ['deleteAnnotation', { uri: 'file:///nowhere/x.ar.txt', id: first.id }, /.+/],
    ];
    for (const [command, args, message] of cases) {
      await assert.rejects(Promise.resolve(run(command, args)), message, `${command} ${JSON.stringify(args)}`);
      assert.equal(fs.readFileSync(sidecar, 'utf8'), bytes, `${command}: the sidecar is untouched`);
    }
  });

  test('annotating unsaved text, then saving: the sidecar matches the saved article', async () => {
    const { editor, state, sidecar } = await copyOfSeed('annotate-unsaved.ar.txt');
    const uri = editor.document.uri.toString();
    const text = editor.document.getText();
    const old = text.indexOf('بيسكوف');
    await run('annotateClaim', { uri, range: { start: old, end: old + 'بيسكوف'.length }, source: null });
    const added = 'خبر عاجل: وصل الوفد إلى موسكو.\n';
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(0, 0), added)));
    const fresh = await run('annotateClaim', { uri, range: { start: 10, end: 29 }, source: null });
    assert.equal(fresh.annotation?.target.exact, added.slice(10, 29), 'the unsaved words are annotated');
    await editor.document.save();
    await waitFor('the sidecar to follow the save', () => {
      const saved = fs.readFileSync(editor.document.uri.fsPath, 'utf8');
      const s = onDisk(sidecar);
      return s.annotations.every((a) => saved.slice(a.target.start, a.target.end) === a.target.exact) ? true : undefined;
    });
    await checkOnDisk(editor.document.uri.fsPath, sidecar);
    const moved = state.annotations.find((t) => t.annotation.target.exact === 'بيسكوف');
    assert.equal(moved?.start, old + added.length);
  });

  test('closing without saving: re-anchored against the text on disk, or orphaned, never lost', async () => {
    const { editor, sidecar } = await copyOfSeed('annotate-close.ar.txt');
    const uri = editor.document.uri.toString();
    const text = editor.document.getText();
    const old = text.indexOf('بيسكوف');
    const kept = await run('annotateSource', { uri, range: { start: old, end: old + 6 }, identity: 'named' });
    const added = 'فقرة لم تحفظ أبدا.\n';
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(0, 0), added)));
    const lost = await run('addNote', { uri, range: { start: 0, end: 4 }, note: 'on words never saved' });
    // Written against the unsaved text: the kept one moved by the insertion.
    assert.equal(byId(onDisk(sidecar)).get((kept.annotation as Annotation).id)?.target.start, old + added.length);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    const { state } = await reopen(editor.document.uri);
    assert.equal(state.document.getText(), text, 'the article is as on disk');
    const k = state.annotation((kept.annotation as Annotation).id);
    assert.deepEqual([k?.start, k?.end], [old, old + 6], 're-anchored on its words');
    const l = state.annotation((lost.annotation as Annotation).id);
    assert.ok(l, 'the annotation on unsaved words is still in the sidecar');
    if (text.includes(l.annotation.target.exact)) assert.equal(text.slice(l.start ?? 0, l.end ?? 0), l.annotation.target.exact, 'found on the same words');
    else assert.deepEqual([l.start, l.end, l.anchor], [null, null, 'orphaned'], 'its words never reached the disk: orphaned');
  });

  test('undo and redo in the article: the annotation stays on its words, on disk too', async () => {
    const { editor, state, sidecar } = await copyOfSeed('annotate-undo.ar.txt');
    const uri = editor.document.uri.toString();
    const text = editor.document.getText();
    const at = text.indexOf('بيسكوف');
    const made = await run('annotateSource', { uri, range: { start: at, end: at + 6 }, identity: 'named' });
    const id = (made.annotation as Annotation).id;
    const where = (): [number | null, number | null] => { const t = state.annotation(id); return [t?.start ?? null, t?.end ?? null]; };
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'أ ب ')));
    assert.deepEqual(where(), [at + 4, at + 10]);
    await vscode.commands.executeCommand('undo');
    await waitFor('undo', () => (editor.document.getText() === text ? true : undefined));
    assert.deepEqual(where(), [at, at + 6]);
    await vscode.commands.executeCommand('redo');
    await waitFor('redo', () => (editor.document.getText() !== text ? true : undefined));
    assert.deepEqual(where(), [at + 4, at + 10]);
    await vscode.commands.executeCommand('undo');
    await waitFor('undo', () => (editor.document.getText() === text ? true : undefined));
    await run('setStatus', { uri, id, status: 'verified' });
    const stored = byId(onDisk(sidecar)).get(id) as Annotation;
    assert.deepEqual([stored.target.start, stored.target.end, stored.status], [at, at + 6, 'verified']);
    const { state: reopened } = await reopen(editor.document.uri);
    assert.deepEqual([reopened.annotation(id)?.start, reopened.annotation(id)?.end], [at, at + 6]);
  });

  test('the sidecar changed on disk between two commands: both changes kept', async () => {
    const { editor, sidecar } = await copyOfSeed('annotate-external.ar.txt');
    const uri = editor.document.uri.toString();
    const all = await run('acceptAllFindings', { uri });
    const [a, b] = all.added.filter((x) => x.kind === 'claim') as [Annotation, Annotation];
    // Another editor adds a note to one annotation (no wait for the watcher).
    const doc = parseSidecar(fs.readFileSync(sidecar, 'utf8'), sidecar);
    doc.updateAnnotation(a.id, { note: 'added in another editor' });
    fs.writeFileSync(sidecar, doc.toString());
    await run('setStatus', { uri, id: b.id, status: 'false' });
    const saved = byId(onDisk(sidecar));
    assert.equal(saved.get(a.id)?.note, 'added in another editor');
    assert.equal(saved.get(b.id)?.status, 'false');
  });

  test('a hand-written comment in the sidecar survives ten commands; Undo Last Annotation Change reverts the last write', async function () {
    this.timeout(60_000);
    const { editor, state, sidecar } = await copyOfSeed('annotate-comment.ar.txt');
    const uri = editor.document.uri.toString();
    const all = await run('acceptAllFindings', { uri });
    const raw = fs.readFileSync(sidecar, 'utf8');
    const withComment = raw.replace(/\nannotations:\n/, '\n# Hand-written: checked against the France24 original on 1 December.\nannotations:\n');
    assert.notEqual(withComment, raw);
    fs.writeFileSync(sidecar, withComment);
    await state.reload();
    const claims = all.added.filter((x) => x.kind === 'claim');
    const quotes = all.added.filter((x) => x.kind === 'quote');
    const replyIds: string[] = [];
    const commands: [string, () => unknown][] = [
      ['setStatus', () => ({ uri, id: claims[0]?.id, status: 'verified' })],
      ['editNote', () => ({ uri, id: claims[1]?.id, note: 'two lines\nof note' })],
      ['editTags', () => ({ uri, id: claims[1]?.id, tags: ['wagner', 'ليبيا'] })],
      ['replyNote', () => ({ uri, id: claims[1]?.id, body: 'first reply' })],
      ['replyNote', () => ({ uri, id: claims[1]?.id, body: 'second reply' })],
      ['editReply', () => ({ uri, id: claims[1]?.id, reply: replyIds[0], body: 'first reply, edited' })],
      ['deleteReply', () => ({ uri, id: claims[1]?.id, reply: replyIds[1] })],
      ['setStatus', () => ({ uri, id: quotes[0]?.id, status: 'misleading' })],
      ['deleteAnnotation', () => ({ uri, id: claims[2]?.id })],
      ['annotateClaim', () => ({ uri, range: { start: 0, end: 5 }, source: null })],
    ];
    for (const [command, args] of commands) {
      const result = await run(command, args());
      if (command === 'replyNote') replyIds.push((result.reply as { id: string }).id);
      assert.ok(fs.readFileSync(sidecar, 'utf8').includes('# Hand-written: checked against the France24 original on 1 December.'), `comment kept after ${command}`);
    }
    const s = byId(onDisk(sidecar));
    const c1 = s.get(claims[1]?.id as string);
    assert.deepEqual(c1?.replies?.map((r) => [r.id, r.body]), [[replyIds[0], 'first reply, edited']]);
    assert.ok(c1?.replies?.[0]?.modified, 'an edited reply has its time');
    assert.deepEqual(c1?.tags, ['wagner', 'ليبيا']);

    // Undo the last change (the new claim), then the one before (the delete).
    const lastClaim = onDisk(sidecar).annotations.find((x) => x.target.start === 0 && x.kind === 'claim');
    assert.ok(lastClaim);
    await run('undoLastAnnotationChange');
    assert.equal(byId(onDisk(sidecar)).has(lastClaim.id), false, 'the last annotation is gone again');
    await run('undoLastAnnotationChange');
    assert.ok(byId(onDisk(sidecar)).has(claims[2]?.id as string), 'the deleted annotation is back');
    assert.ok(fs.readFileSync(sidecar, 'utf8').includes('# Hand-written'), 'the comment is still there');
  });

  test('an orphan reattached to the selection; a quick fix marks a source anonymous; Set Identity on a quote sets its source\'s', async () => {
    const { editor, state, sidecar } = await copyOfSeed('annotate-orphan.ar.txt');
    const uri = editor.document.uri.toString();
    const text = editor.document.getText();
    const at = text.indexOf('بيسكوف');
    const made = await run('annotateSource', { uri, range: { start: at, end: at + 6 }, identity: 'named', role: 'المتحدث' });
    const id = (made.annotation as Annotation).id;
    // The words go: the annotation is an orphan (kept, not drawn).
    assert.ok(await editor.edit((b) => b.delete(new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + 6)))));
    assert.equal(state.annotation(id)?.start, null);
    const other = editor.document.getText().indexOf('الكرملين');
    const back = await run('reattachOrphan', { uri, id, range: { start: other, end: other + 8 } });
    assert.equal(back.annotation?.target.exact, 'الكرملين');
    assert.deepEqual([state.annotation(id)?.start, state.annotation(id)?.end], [other, other + 8]);

    // The quick fix on the source annotation: Mark as an anonymous source.
    const where = new vscode.Range(editor.document.positionAt(other + 1), editor.document.positionAt(other + 1));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, where, vscode.CodeActionKind.QuickFix.value);
    const mark = actions.find((a) => a.command?.command === 'newsAnnotator.setIdentity');
    assert.ok(mark?.command, 'a Mark as anonymous quick fix');
    assert.equal(mark.kind?.value, vscode.CodeActionKind.QuickFix.value);
    await vscode.commands.executeCommand(mark.command.command, ...(mark.command.arguments ?? []));
    assert.equal(byId(onDisk(sidecar)).get(id)?.identity, 'anonymous');

    // Set Identity on a quote changes its speaker's identity.
    const q = text.indexOf('الوضع');
    const quote = await run('annotateQuote', { uri, range: { start: q, end: q + 5 }, speaker: id });
    await run('setIdentity', { uri, id: (quote.annotation as Annotation).id, identity: 'vague', reason: '' });
    const source = byId(onDisk(sidecar)).get(id);
    assert.deepEqual([source?.identity, source?.role], ['vague', 'المتحدث']);
  });

  test('navigation: next and previous annotation', async () => {
    const { editor } = await copyOfSeed('annotate-navigate.ar.txt');
    const uri = editor.document.uri.toString();
    await run('acceptAllFindings', { uri });
    const first = await run('nextAnnotation', { uri, offset: 0 });
    const second = await run('nextAnnotation', { uri });
    assert.ok((second.annotation as Annotation).target.start > (first.annotation as Annotation).target.start);
    const back = await run('previousAnnotation', { uri });
    assert.equal((back.annotation as Annotation).target.start, (first.annotation as Annotation).target.start);
    assert.equal(editor.document.offsetAt(editor.selection.start), (first.annotation as Annotation).target.start);
  });
});

/**
 * The words the reading view's webview shows (it has no `vscode.l10n` of its own), translated
 * here and sent with the article. `{0}`-style placeholders are filled in by the webview.
 */
import * as vscode from 'vscode';
import type { ViewStrings } from './reading-view-messages';

/** The webview's strings in the UI language. */
export function readingViewStrings(): ViewStrings {
  const t = vscode.l10n.t;
  return {
    'look.claim': t('Check-worthy claim'),
    'look.source-named': t('Named source'),
    'look.source-vague': t('Vague source'),
    'look.source-anonymous': t('Anonymous source'),
    'look.quote-direct': t('Direct quote'),
    'look.quote-indirect': t('Indirect quote'),
    'look.quote-anonymous': t('Quote from an anonymous source'),
    'look.note': t('Note'),
    'kind.claim': t('Claim'),
    'kind.source': t('Source'),
    'kind.quote': t('Quote'),
    'kind.note': t('Note'),
    'layer.annotation': t('Annotation'),
    'layer.finding': t('Automatic finding'),
    'identity.named': t('named'),
    'identity.vague': t('vague'),
    'identity.anonymous': t('anonymous'),
    'status.unverified': t('unverified'),
    'status.verified': t('verified'),
    'status.disputed': t('disputed'),
    'status.false': t('false'),
    'status.misleading': t('misleading'),
    'field.speaker': t('Speaker'),
    'field.source': t('Attributed to'),
    'field.identity': t('Identity'),
    'field.role': t('Role'),
    'field.reason': t('Reason for anonymity'),
    'field.status': t('Status'),
    'field.note': t('Note'),
    'field.tags': t('Tags'),
    'field.author': t('Author'),
    'noSpeaker': t('no speaker given'),
    'ownVoice': t('in the article’s own voice'),
    // A mark's aria-label: {0} its look ("Quote from an anonymous source"), {1} its speaker, {2} the speaker's identity.
    'aria.withSpeaker': t('{0}, speaker: {1} ({2})'),
    // The same for a mark whose speaker's identity is not known.
    'aria.speakerOnly': t('{0}, speaker: {1}'),
    'orphans': t('Orphaned annotations (their words are no longer in the article): {0}'),
    'help': t('j / k or Alt+↓ / Alt+↑: next / previous mark. Select words to annotate them (right-click for the commands).'),
    'empty': t('This article is empty.'),
  };
}

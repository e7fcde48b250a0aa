// @ts-check
// The reading view's webview script: builds the article from the extension's data messages
// (textContent only: no article or note string is ever parsed as HTML), maps DOM selections
// to document offsets (a text leaf's `data-o` + the offset inside its text node, both in
// UTF-16 code units), shows the editor's selection, a card per mark, and keyboard navigation.
// Loaded once per panel under a nonce; see src/vscode/reading-view/ for the extension side.
(function () {
  'use strict';
  /** @type {{ postMessage(m: unknown): void, getState(): any, setState(s: unknown): void }} */
  // @ts-expect-error acquireVsCodeApi is defined by VS Code in webviews
  const vscode = acquireVsCodeApi();
  const root = /** @type {HTMLElement} */ (document.getElementById('article'));
  const card = /** @type {HTMLElement} */ (document.getElementById('card'));

  /** The last article message. */
  let current = /** @type {any} */ (null);
  /** @type {Record<string, string>} */
  let strings = {};
  /** Text leaves in document order: start offset, end offset, element. */
  let leaves = /** @type {{ start: number, end: number, el: HTMLElement }[]} */ ([]);
  /** Head fragments (focusable) in document order, and every fragment by mark index. */
  let heads = /** @type {HTMLElement[]} */ ([]);
  let fragments = /** @type {Map<number, HTMLElement[]>} */ (new Map());
  let currentMarks = /** @type {HTMLElement[]} */ ([]);
  let lastSent = '';
  let selectionTimer = 0;
  let scrollTimer = 0;
  let pointerDown = false;
  const saved = vscode.getState() || {};

  const post = (/** @type {unknown} */ m) => vscode.postMessage(m);
  window.addEventListener('error', (e) => post({ type: 'error', message: `${e.message} at ${e.filename}:${e.lineno}` }));

  /** A translated string with {0}, {1}, ... filled in. */
  function t(/** @type {string} */ key, /** @type {string[]} */ ...args) {
    const s = strings[key] ?? key;
    return s.replace(/\{(\d+)\}/g, (_, i) => args[Number(i)] ?? '');
  }

  function el(/** @type {string} */ tag, /** @type {string} */ className, /** @type {string | undefined} */ text = undefined) {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  // ---- building the article ----------------------------------------------------------------

  /** An analyst's text (a note, a speaker's words) may be Arabic or English whatever the page: its own direction. */
  function autoDir(/** @type {HTMLElement} */ e) {
    e.dir = 'auto';
    return e;
  }

  function markLabel(/** @type {any} */ m) {
    const look = t(`look.${m.look}`);
    if (m.speaker === undefined) return look;
    return m.identity === undefined ? t('aria.speakerOnly', look, m.speaker) : t('aria.withSpeaker', look, m.speaker, t(`identity.${m.identity}`));
  }

  function appendNodes(/** @type {HTMLElement} */ parent, /** @type {any[]} */ nodes, /** @type {any[]} */ marks) {
    for (const n of nodes) {
      if (n.type === 'text') {
        const s = el('span', 't', n.text);
        s.dataset.o = String(n.start);
        parent.append(s);
        leaves.push({ start: n.start, end: n.start + n.text.length, el: s });
        continue;
      }
      const m = marks[n.mark];
      const e = el('mark', `m ${m.layer} ${m.look}${m.status ? ` status-${m.status}` : ''}`);
      e.dataset.mark = String(n.mark);
      if (n.head) {
        e.classList.add('head');
        e.tabIndex = 0;
        e.setAttribute('role', 'button');
        e.setAttribute('aria-label', markLabel(m));
        heads.push(e);
      }
      const list = fragments.get(n.mark) ?? [];
      list.push(e);
      fragments.set(n.mark, list);
      appendNodes(e, n.children, marks);
      parent.append(e);
    }
  }

  function marginEntry(/** @type {any} */ m, /** @type {number} */ index) {
    const entry = el('div', `note ${m.look} status-${m.status}`);
    entry.dataset.mark = String(index);
    const head = el('div', 'note-head');
    head.append(el('span', 'note-kind', t(`kind.${m.kind}`)), el('span', `chip status-${m.status}`, t(`status.${m.status}`)));
    entry.append(head);
    if (m.note !== undefined) entry.append(autoDir(el('div', 'note-text', m.note)));
    return entry;
  }

  function build(/** @type {any} */ article) {
    leaves = [];
    heads = [];
    fragments = new Map();
    currentMarks = [];
    const out = document.createDocumentFragment();
    // In the UI's direction (the html element's), not the article's.
    const help = el('p', 'help', t('help'));
    help.dir = document.documentElement.dir || 'ltr';
    out.append(help);
    if (article.orphans.length > 0) {
      const box = el('section', 'orphans');
      box.append(el('h2', 'orphans-title', t('orphans', String(article.orphans.length))));
      const list = el('ul', '');
      for (const o of article.orphans) {
        const item = el('li', `orphan status-${o.status}`);
        item.append(el('span', 'note-kind', t(`kind.${o.kind}`)), autoDir(el('q', 'orphan-words', o.exact)));
        if (o.note !== undefined) item.append(autoDir(el('span', 'note-text', o.note)));
        list.append(item);
      }
      box.append(list);
      out.append(box);
    }
    if (article.paragraphs.length === 0) out.append(el('p', 'empty', t('empty')));
    for (const p of article.paragraphs) {
      const row = el('div', 'row');
      row.dir = p.dir;
      const para = el('p', 'para');
      para.dir = p.dir;
      if (p.lang) para.lang = p.lang;
      para.dataset.start = String(p.start);
      para.dataset.end = String(p.end);
      appendNodes(para, p.nodes, article.marks);
      const margin = el('aside', 'margin');
      margin.setAttribute('aria-label', t('field.note'));
      for (const i of p.margin) margin.append(marginEntry(article.marks[i], i));
      if (p.margin.length === 0) margin.classList.add('empty');
      row.append(margin, para);
      out.append(row);
    }
    root.dir = article.dir;
    if (article.lang) root.lang = article.lang;
    root.replaceChildren(out);
    root.setAttribute('aria-busy', 'false');
  }

  // ---- offsets <-> DOM ----------------------------------------------------------------------

  /** Index of the last leaf whose start is <= offset (-1 when none). */
  function leafIndexAt(/** @type {number} */ offset) {
    let lo = 0;
    let hi = leaves.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (leaves[mid].start <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** A DOM position for a document offset (offsets between paragraphs go to the next leaf). */
  function domPoint(/** @type {number} */ offset) {
    let i = leafIndexAt(offset);
    if (i < 0) i = 0;
    const leaf = leaves[i];
    if (!leaf) return null;
    const text = leaf.el.firstChild;
    if (!text) return null;
    if (offset > leaf.end) {
      const next = leaves[i + 1];
      if (next && next.el.firstChild) return { node: next.el.firstChild, offset: 0 };
      return { node: text, offset: leaf.end - leaf.start };
    }
    return { node: text, offset: Math.max(0, offset - leaf.start) };
  }

  function domRange(/** @type {number} */ start, /** @type {number} */ end) {
    const a = domPoint(start);
    const b = domPoint(end);
    if (!a || !b) return null;
    const r = document.createRange();
    r.setStart(a.node, a.offset);
    r.setEnd(b.node, b.offset);
    return r;
  }

  /**
   * The document offset of a DOM boundary point. Inside a leaf's text node: the leaf's start +
   * the offset (UTF-16 code units, as the DOM counts). Elsewhere (a triple-click ends at the next
   * block): `start` takes the first leaf at or after the point, `end` the last leaf before it.
   */
  function offsetOfPoint(/** @type {Node} */ node, /** @type {number} */ offset, /** @type {'start'|'end'} */ side) {
    if (node.nodeType === Node.TEXT_NODE) {
      const leaf = node.parentElement;
      if (leaf && leaf.classList.contains('t') && root.contains(leaf)) return Number(leaf.dataset.o) + offset;
    }
    if (leaves.length === 0) return null;
    const probe = document.createRange();
    probe.setStart(node, offset);
    // First leaf whose start is at or after the point.
    let lo = 0;
    let hi = leaves.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const text = leaves[mid].el.firstChild ?? leaves[mid].el;
      if (probe.comparePoint(text, 0) >= 0) hi = mid;
      else lo = mid + 1;
    }
    if (side === 'start') return lo < leaves.length ? leaves[lo].start : leaves[leaves.length - 1].end;
    return lo > 0 ? leaves[lo - 1].end : leaves[0].start;
  }

  /** The DOM selection as document offsets, or null when it is not in the article. */
  function selectionOffsets() {
    const sel = document.getSelection();
    if (!sel || sel.rangeCount === 0) return null;
    const r = sel.getRangeAt(0);
    if (!root.contains(r.commonAncestorContainer)) return null;
    const start = offsetOfPoint(r.startContainer, r.startOffset, 'start');
    const end = r.collapsed ? start : offsetOfPoint(r.endContainer, r.endOffset, 'end');
    if (start === null || end === null) return null;
    return { start, end: Math.max(start, end) };
  }

  function sendSelection() {
    const off = selectionOffsets();
    if (!off) return;
    const key = `${off.start}:${off.end}`;
    if (key === lastSent) return;
    lastSent = key;
    post({ type: 'select', start: off.start, end: off.end });
  }

  document.addEventListener('selectionchange', () => {
    window.clearTimeout(selectionTimer);
    selectionTimer = window.setTimeout(sendSelection, 120);
  });

  // ---- the editor's selection ---------------------------------------------------------------

  function isVisible(/** @type {Element} */ e) {
    const r = e.getBoundingClientRect();
    return r.bottom > 0 && r.top < window.innerHeight;
  }

  /** The word around a caret (letters, combining marks, digits), as offsets. */
  function wordAround(/** @type {number} */ offset) {
    const leaf = leaves[leafIndexAt(offset)];
    if (!leaf || offset > leaf.end) return null;
    const text = leaf.el.textContent ?? '';
    const inWord = (/** @type {string} */ c) => /[\p{L}\p{M}\p{N}]/u.test(c);
    let s = offset - leaf.start;
    let e = s;
    while (s > 0 && inWord(text[s - 1])) s--;
    while (e < text.length && inWord(text[e])) e++;
    return s < e ? { start: leaf.start + s, end: leaf.start + e } : null;
  }

  /** The editor's last selection, drawn again after each rebuild. */
  let editorSelection = /** @type {{ start: number, end: number } | null} */ (null);

  function showEditorSelection(/** @type {number} */ start, /** @type {number} */ end, /** @type {boolean} */ scroll) {
    editorSelection = { start, end };
    if (!current) return;
    for (const e of currentMarks) e.classList.remove('is-current');
    currentMarks = [];
    const marks = current.article.marks;
    marks.forEach((/** @type {any} */ m, /** @type {number} */ i) => {
      const hit = start === end ? m.start <= start && start <= m.end : m.start < end && m.end > start;
      if (!hit) return;
      for (const e of fragments.get(i) ?? []) {
        e.classList.add('is-current');
        currentMarks.push(e);
      }
    });
    const words = start === end ? wordAround(start) : { start, end };
    const range = words ? domRange(words.start, words.end) : null;
    // The CSS Custom Highlight API: draws the range without touching the DOM (Chromium 105+).
    const highlights = typeof CSS !== 'undefined' ? CSS.highlights : undefined;
    if (highlights) {
      if (range) highlights.set('na-editor-selection', new Highlight(range));
      else highlights.delete('na-editor-selection');
    }
    const target = range ? range.startContainer.parentElement : currentMarks[0];
    if (scroll && target && !isVisible(target)) target.scrollIntoView({ block: 'center' });
  }

  // ---- card -----------------------------------------------------------------------------------

  function showCard(/** @type {HTMLElement} */ markEl) {
    if (!current) return;
    const m = current.article.marks[Number(markEl.dataset.mark)];
    if (!m) return;
    const rows = /** @type {[string, string][]} */ ([]);
    if (m.kind === 'quote' || m.kind === 'claim') {
      const field = m.kind === 'quote' ? 'field.speaker' : 'field.source';
      rows.push([t(field), m.speaker === undefined ? t(m.kind === 'quote' ? 'noSpeaker' : 'ownVoice') : m.speaker]);
    }
    if (m.identity !== undefined) rows.push([t('field.identity'), t(`identity.${m.identity}`)]);
    if (m.role !== undefined) rows.push([t('field.role'), m.role]);
    if (m.reason !== undefined) rows.push([t('field.reason'), m.reason]);
    if (m.status !== undefined) rows.push([t('field.status'), t(`status.${m.status}`)]);
    if (m.note !== undefined) rows.push([t('field.note'), m.note]);
    if (m.tags !== undefined && m.tags.length > 0) rows.push([t('field.tags'), m.tags.join(', ')]);
    if (m.author !== undefined) rows.push([t('field.author'), m.author]);
    const title = el('div', `card-title ${m.look}`);
    title.append(el('span', 'card-look', t(`look.${m.look}`)), el('span', `card-layer ${m.layer}`, t(`layer.${m.layer}`)));
    const body = el('dl', 'card-rows');
    for (const [k, v] of rows) body.append(el('dt', '', k), autoDir(el('dd', '', v)));
    card.replaceChildren(title, body);
    card.dir = document.documentElement.dir || 'ltr';
    card.hidden = false;
    // Placed under the mark's first line box. Setting properties through the CSSOM is allowed
    // by the CSP (only `style` attributes and elements are blocked).
    const r = markEl.getClientRects()[0] ?? markEl.getBoundingClientRect();
    const width = card.offsetWidth;
    const rtl = getComputedStyle(markEl).direction === 'rtl';
    let left = rtl ? r.right - width : r.left;
    left = Math.max(4, Math.min(left, document.documentElement.clientWidth - width - 4));
    let top = r.bottom + 6;
    if (top + card.offsetHeight > window.innerHeight && r.top - card.offsetHeight - 6 > 0) top = r.top - card.offsetHeight - 6;
    card.style.setProperty('left', `${Math.round(left + window.scrollX)}px`);
    card.style.setProperty('top', `${Math.round(top + window.scrollY)}px`);
  }

  function hideCard() {
    card.hidden = true;
  }

  root.addEventListener('mouseover', (e) => {
    const m = /** @type {HTMLElement | null} */ (/** @type {Element} */ (e.target).closest?.('.m'));
    if (m) showCard(m);
  });
  root.addEventListener('mouseleave', () => {
    if (!(document.activeElement instanceof HTMLElement && document.activeElement.classList.contains('head'))) hideCard();
  });
  root.addEventListener('mouseout', (e) => {
    const to = /** @type {Element | null} */ (e.relatedTarget);
    if (!to || !to.closest?.('.m')) {
      const focused = document.activeElement;
      if (focused instanceof HTMLElement && focused.classList.contains('head')) showCard(focused);
      else hideCard();
    }
  });

  root.addEventListener('mousedown', () => {
    pointerDown = true;
  });
  document.addEventListener('mouseup', () => {
    pointerDown = false;
  });

  root.addEventListener('focusin', (e) => {
    const target = /** @type {HTMLElement} */ (e.target);
    if (!target.classList.contains('head')) return;
    showCard(target);
    // Focused from the keyboard: select its words in the editor, so the annotate commands apply.
    if (!pointerDown) selectMarkInEditor(target);
  });
  root.addEventListener('focusout', () => hideCard());

  function selectMarkInEditor(/** @type {HTMLElement} */ head) {
    const m = current?.article.marks[Number(head.dataset.mark)];
    if (!m) return;
    lastSent = `${m.start}:${m.end}`;
    post({ type: 'select', start: m.start, end: m.end });
  }

  // ---- keyboard -------------------------------------------------------------------------------

  /** Moves the focus to the next (+1) or previous (-1) mark from the focused one, else from the top of the view. */
  function moveFocus(/** @type {number} */ step) {
    if (heads.length === 0) return null;
    const focused = document.activeElement;
    let i = focused instanceof HTMLElement ? heads.indexOf(focused) : -1;
    if (i < 0) {
      const firstVisible = heads.findIndex((h) => h.getBoundingClientRect().bottom > 0);
      i = step > 0 ? (firstVisible < 0 ? 0 : firstVisible) - 1 : firstVisible < 0 ? heads.length : firstVisible;
    }
    const next = heads[Math.max(0, Math.min(heads.length - 1, i + step))];
    next.focus();
    next.scrollIntoView({ block: 'nearest' });
    return next;
  }

  function onKey(/** @type {KeyboardEvent} */ e) {
    if (e.ctrlKey || e.metaKey) return false;
    const next = (!e.altKey && (e.key === 'j' || e.key === 'J')) || (e.altKey && e.key === 'ArrowDown');
    const prev = (!e.altKey && (e.key === 'k' || e.key === 'K')) || (e.altKey && e.key === 'ArrowUp');
    if (next || prev) {
      moveFocus(next ? 1 : -1);
      return true;
    }
    const focused = document.activeElement;
    if ((e.key === 'Enter' || e.key === ' ') && focused instanceof HTMLElement && focused.classList.contains('head')) {
      selectMarkInEditor(focused);
      return true;
    }
    if (e.key === 'Escape') {
      hideCard();
      return false;
    }
    return false;
  }
  document.addEventListener('keydown', (e) => {
    if (onKey(e)) e.preventDefault();
  });

  // ---- context menu ---------------------------------------------------------------------------

  // Runs before VS Code's own listener (which reads data-vscode-context on the way up from the
  // target): the annotate commands get `{ uri, range: { start, end } }` of the selected words,
  // or of the mark under the pointer when nothing is selected.
  /**
   * The context a right-click on `target` gives the menu's commands. The section names what the
   * pointer is on: `selection` (words selected), `annotation` or `finding` (a mark, nothing
   * selected), `article` (neither); package.json's when clauses use it.
   */
  function menuContext(/** @type {Element | null} */ target) {
    if (!current) return null;
    const off = selectionOffsets();
    if (off && off.end > off.start) return { webviewSection: 'selection', uri: current.uri, range: off };
    const markEl = /** @type {HTMLElement | null} */ (target?.closest?.('.m') ?? null);
    const m = markEl ? current.article.marks[Number(markEl.dataset.mark)] : undefined;
    if (m) return { webviewSection: m.layer, uri: current.uri, range: { start: m.start, end: m.end } };
    return { webviewSection: 'article', uri: current.uri };
  }

  document.addEventListener(
    'contextmenu',
    (e) => {
      const context = menuContext(/** @type {Element} */ (e.target));
      if (context) root.dataset.vscodeContext = JSON.stringify(context);
    },
    true,
  );

  // ---- scroll position ------------------------------------------------------------------------

  /** The leaf at the top of the view and how far below the top it is. */
  function scrollAnchor() {
    for (const leaf of leaves) {
      const r = leaf.el.getBoundingClientRect();
      if (r.bottom > 0) return { offset: leaf.start, dy: r.top };
    }
    return null;
  }

  function restoreAnchor(/** @type {{ offset: number, dy: number } | null | undefined} */ anchor) {
    if (!anchor) return;
    const leaf = leaves[Math.max(0, leafIndexAt(anchor.offset))];
    if (!leaf) return;
    window.scrollBy(0, leaf.el.getBoundingClientRect().top - anchor.dy);
  }

  window.addEventListener('scroll', () => {
    window.clearTimeout(scrollTimer);
    scrollTimer = window.setTimeout(() => {
      if (current) vscode.setState({ uri: current.uri, anchor: scrollAnchor() });
    }, 200);
  });

  // ---- probes (the VS Code suite asks about the DOM) --------------------------------------------

  /** Selects the `occurrence`-th match of `text` found by walking the DOM's text nodes (not the leaves' offsets). */
  function selectText(/** @type {string} */ text, /** @type {number} */ occurrence) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    /** @type {{ node: Text, at: number }[]} */
    const nodes = [];
    let all = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!(/** @type {Element} */ (n.parentNode)).closest('.para')) continue;
      nodes.push({ node: /** @type {Text} */ (n), at: all.length });
      all += n.nodeValue ?? '';
    }
    let from = -1;
    for (let k = 0; k <= occurrence; k++) {
      from = all.indexOf(text, from + 1);
      if (from < 0) throw new Error(`${JSON.stringify(text)} occurs fewer than ${occurrence + 1} times in the view`);
    }
    const locate = (/** @type {number} */ pos, /** @type {boolean} */ isEnd) => {
      for (let i = nodes.length - 1; i >= 0; i--) {
        const n = nodes[i];
        if (isEnd ? n.at < pos : n.at <= pos) return { node: n.node, offset: pos - n.at };
      }
      return { node: nodes[0].node, offset: 0 };
    };
    const a = locate(from, false);
    const b = locate(from + text.length, true);
    const sel = /** @type {Selection} */ (document.getSelection());
    const r = document.createRange();
    r.setStart(a.node, a.offset);
    r.setEnd(b.node, b.offset);
    sel.removeAllRanges();
    sel.addRange(r);
    return { selected: r.toString() };
  }

  function selectMark(/** @type {string} */ markId) {
    if (!current) throw new Error('no article yet');
    const index = current.article.marks.findIndex((/** @type {any} */ m) => m.id === markId);
    const parts = fragments.get(index);
    if (!parts || parts.length === 0) throw new Error(`mark ${markId} is not drawn`);
    const r = document.createRange();
    r.setStartBefore(parts[0]);
    r.setEndAfter(parts[parts.length - 1]);
    const sel = /** @type {Selection} */ (document.getSelection());
    sel.removeAllRanges();
    sel.addRange(r);
    return { selected: r.toString() };
  }

  function answer(/** @type {any} */ probe) {
    switch (probe.kind) {
      case 'paragraphs':
        return [...root.querySelectorAll('p.para')].map((p) => ({
          dir: p.getAttribute('dir'), lang: p.getAttribute('lang'), direction: getComputedStyle(p).direction,
          start: Number((/** @type {HTMLElement} */ (p)).dataset.start), text: (p.textContent ?? '').slice(0, 40),
        }));
      case 'marks':
        return heads.map((h) => {
          const m = current.article.marks[Number(h.dataset.mark)];
          return {
            id: m.id, start: m.start, end: m.end, classes: h.className, ariaLabel: h.getAttribute('aria-label'),
            anonymous: h.classList.contains('quote-anonymous'), current: h.classList.contains('is-current'),
            outline: getComputedStyle(h).borderTopStyle,
          };
        });
      case 'selectMark':
        return selectMark(String(probe.markId));
      case 'selectText':
        return selectText(String(probe.text), Number(probe.occurrence ?? 0));
      case 'dom':
        return {
          images: document.querySelectorAll('img').length,
          // Scripts that mention the flag: an injected one would (the host's own scripts do not).
          scripts: [...document.querySelectorAll('script')].filter((s) => (s.textContent ?? '').includes(String(probe.flag))).length,
          flag: Object.prototype.hasOwnProperty.call(window, String(probe.flag)),
          text: document.body.innerText,
        };
      case 'theme':
        return { classes: document.body.className, background: getComputedStyle(document.body).backgroundColor };
      case 'scroll':
        return { y: window.scrollY, height: document.documentElement.scrollHeight };
      case 'scrollTo':
        window.scrollTo(0, Number(probe.y));
        return { y: window.scrollY };
      case 'key': {
        const target = document.activeElement instanceof HTMLElement ? document.activeElement : document.body;
        target.dispatchEvent(new KeyboardEvent('keydown', { key: String(probe.key), altKey: Boolean(probe.altKey), bubbles: true, cancelable: true }));
        const focused = document.activeElement;
        const m = focused instanceof HTMLElement && focused.classList.contains('head') ? current.article.marks[Number(focused.dataset.mark)] : null;
        return { focused: m ? m.id : null, focusRing: focused instanceof HTMLElement ? getComputedStyle(focused).outlineStyle : null };
      }
      case 'menuContext': {
        const target = probe.markId ? (fragments.get(current.article.marks.findIndex((/** @type {any} */ m) => m.id === probe.markId)) ?? [])[0] : null;
        if (probe.markId) document.getSelection()?.removeAllRanges();
        return menuContext(target ?? null);
      }
      case 'showCard': {
        const index = current.article.marks.findIndex((/** @type {any} */ m) => m.id === probe.markId);
        const head = (fragments.get(index) ?? [])[0];
        if (!head) throw new Error(`mark ${String(probe.markId)} is not drawn`);
        showCard(head);
        return { text: card.innerText };
      }
      case 'echo':
        post(probe.message);
        return { posted: true };
      default:
        throw new Error(`unknown probe ${String(probe.kind)}`);
    }
  }

  // ---- messages -------------------------------------------------------------------------------

  window.addEventListener('message', (event) => {
    const msg = event.data;
    if (!msg || typeof msg !== 'object') return;
    if (msg.type === 'article') {
      const first = current === null;
      const anchor = first ? saved.anchor : scrollAnchor();
      current = msg;
      strings = msg.strings || {};
      build(msg.article);
      restoreAnchor(anchor);
      if (editorSelection) showEditorSelection(editorSelection.start, editorSelection.end, false);
      vscode.setState({ uri: msg.uri, anchor: anchor ?? null });
      post({ type: 'rendered', seq: msg.seq });
    } else if (msg.type === 'editorSelection') {
      showEditorSelection(Number(msg.start), Number(msg.end), msg.reveal !== false);
    } else if (msg.type === 'probe') {
      try {
        post({ type: 'probeResult', id: msg.id, result: answer(msg.probe) });
      } catch (err) {
        post({ type: 'probeResult', id: msg.id, error: err instanceof Error ? err.message : String(err) });
      }
    }
  });

  post({ type: 'ready' });
})();

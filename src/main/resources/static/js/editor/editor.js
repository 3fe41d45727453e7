// The visual editor of a release's body. The body stays Markdown (CommonMark with GFM tables), the
// one stored format every way in shares: the textarea keeps it, this editor shows it as the page
// will look and writes every change back into the textarea, so the form, the server's checks and
// the sanitizer are those of before. Without JavaScript the textarea is the editor.
import {Schema} from 'prosemirror-model';
import {EditorState, NodeSelection, TextSelection} from 'prosemirror-state';
import {EditorView} from 'prosemirror-view';
import {keymap} from 'prosemirror-keymap';
import {history, undo, redo} from 'prosemirror-history';
import {baseKeymap, toggleMark, setBlockType, wrapIn, lift} from 'prosemirror-commands';
import {wrapInList, splitListItem, liftListItem, sinkListItem} from 'prosemirror-schema-list';
import {
  tableNodes, tableEditing, goToNextCell, addRowAfter, addColumnAfter, deleteRow, deleteColumn, isInTable
} from 'prosemirror-tables';
import {
  schema as markdownSchema, MarkdownParser, MarkdownSerializer, defaultMarkdownParser, defaultMarkdownSerializer
} from 'prosemirror-markdown';
import MarkdownIt from 'markdown-it';
import {dropCursor} from 'prosemirror-dropcursor';
import {gapCursor} from 'prosemirror-gapcursor';

const LINKABLE = /^(https?:\/\/|mailto:|tel:|\/)/i;
const MAX_PASTE = 2 * 1024 * 1024;
/** The most images one paste brings; the others are left out, with a message. */
const MAX_PASTED_IMAGES = 50;
/** An image pasted from another site waits under this prefix until the newsroom has fetched it. */
const REMOTE = 'remote:';

/** An image that is still to go through the media library: its data, or its address elsewhere. */
function isPending(src) {
  return src.startsWith('data:') || src.startsWith(REMOTE);
}

// Lists are tight (no blank line between items) unless written otherwise: that is how Word, Google
// Docs and web pages mean a pasted list
const markdownNodes = markdownSchema.spec.nodes;
const nodes = markdownNodes
  .update('bullet_list', {...markdownNodes.get('bullet_list'), attrs: {tight: {default: true}},
    parseDOM: [{tag: 'ul', getAttrs: () => ({tight: true})}]})
  .update('ordered_list', {...markdownNodes.get('ordered_list'), attrs: {order: {default: 1}, tight: {default: true}},
    parseDOM: [{tag: 'ol', getAttrs: dom => ({order: dom.hasAttribute('start') ? Number(dom.getAttribute('start')) : 1,
      tight: true})}]});

export const schema = new Schema({
  nodes: nodes.append(tableNodes({tableGroup: 'block', cellContent: 'inline*', cellAttributes: {}})),
  marks: markdownSchema.spec.marks
});

const parser = new MarkdownParser(schema, MarkdownIt('commonmark', {html: true}).enable('table'), {
  ...defaultMarkdownParser.tokens,
  table: {block: 'table'},
  thead: {ignore: true},
  tbody: {ignore: true},
  tr: {block: 'table_row'},
  th: {block: 'table_header'},
  td: {block: 'table_cell'}
});

/** A table cell's text as one line of Markdown; a pipe inside it is escaped. */
function cellMarkdown(cell) {
  const paragraph = schema.node('doc', null, [schema.node('paragraph', null, cell.content)]);
  // a line break has no Markdown inside a table cell: it becomes a space
  return serializer.serialize(paragraph).replace(/\\\n/g, ' ').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
}

const serializer = new MarkdownSerializer({
  ...defaultMarkdownSerializer.nodes,
  // a pasted image is in the text only while it uploads: its data or other site's address never
  // reaches the Markdown
  image(state, node, parent, index) {
    if (!isPending(node.attrs.src)) {
      defaultMarkdownSerializer.nodes.image(state, node, parent, index);
    }
  },
  table(state, node) {
    const rows = [];
    node.forEach(row => {
      const cells = [];
      row.forEach(cell => cells.push(cellMarkdown(cell)));
      rows.push(cells);
    });
    const width = Math.max(...rows.map(row => row.length));
    const line = cells => '| ' + Array.from({length: width}, (_, i) => cells[i] || ' ').join(' | ') + ' |';
    // Markdown tables always have a header row: the first row is it
    const lines = [line(rows[0]), '|' + Array(width).fill(' --- ').join('|') + '|', ...rows.slice(1).map(line)];
    lines.forEach((text, index) => {
      if (index > 0) {
        state.ensureNewLine();
      }
      state.write(text);
    });
    state.closeBlock(node);
  },
  table_row() {
  },
  table_header() {
  },
  table_cell() {
  }
}, defaultMarkdownSerializer.marks);

export function toMarkdown(doc) {
  return serializer.serialize(doc);
}

export function fromMarkdown(text) {
  return parser.parse(text);
}

/**
 * Keeps what is typed (title, summary, body) on the server a few seconds after the last change,
 * for this member of staff alone and apart from the release, gives it back when the page opens
 * again, and asks before leaving a page whose changes are neither saved nor kept.
 */
function keepWhileTyping(textarea, host, restore) {
  const form = textarea.closest('form');
  const url = host.dataset.autosave;
  const status = host.querySelector('.visual-editor__saved');
  const fields = () => ['title', 'summary'].map(name => form.querySelector('#' + name)).filter(Boolean).concat([textarea]);
  const time = iso => new Intl.DateTimeFormat(document.documentElement.lang || undefined,
    {hour: '2-digit', minute: '2-digit', timeZone: host.dataset.zone || undefined}).format(new Date(iso));
  let timer = null;
  let unsaved = false;
  let submitting = false;

  function body() {
    const data = new URLSearchParams();
    fields().forEach(field => data.append(field.name, field.value));
    const version = form.querySelector('input[name="version"]');
    if (version && version.value) {
      data.append('version', version.value);
    }
    const csrf = form.querySelector('input[name="_csrf"]');
    if (csrf) {
      data.append('_csrf', csrf.value);
    }
    return data;
  }

  function keep() {
    clearTimeout(timer);
    timer = null;
    const sent = body();
    return fetch(url, {method: 'POST', body: sent, credentials: 'same-origin', headers: {'Accept': 'application/json'}})
      .then(response => response.ok ? response.json() : Promise.reject(response.status))
      .then(kept => {
        unsaved = false;
        status.textContent = host.dataset.kept.replace('{0}', time(kept.savedAt));
      })
      .catch(() => {
        status.textContent = host.dataset.notKept;
      });
  }

  if (!url) {
    return;
  }
  fields().forEach(field => field.addEventListener('input', () => {
    unsaved = true;
    clearTimeout(timer);
    timer = setTimeout(keep, 3000);
  }));
  form.addEventListener('submit', () => {
    submitting = true;
  });
  // a closed tab or a crash loses no more than the last few seconds: what is pending goes now
  // (a tab that closes while hidden sends no visibilitychange: pagehide comes in any case)
  const keepNow = () => {
    if (unsaved && !submitting) {
      clearTimeout(timer);
      unsaved = !navigator.sendBeacon(url, body());
    }
  };
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') {
      keepNow();
    }
  });
  window.addEventListener('pagehide', keepNow);
  window.addEventListener('beforeunload', event => {
    if (unsaved && !submitting) {
      event.preventDefault();
      event.returnValue = '';
    }
  });
  // what was kept and not saved since comes back, with a way to drop it
  fetch(url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
    .then(response => response.status === 200 ? response.json() : null)
    .then(kept => {
      if (!kept) {
        return;
      }
      const title = form.querySelector('#title');
      const summary = form.querySelector('#summary');
      if (title) {
        title.value = kept.title;
      }
      if (summary) {
        summary.value = kept.summary;
      }
      textarea.value = kept.body;
      restore(kept.body);
      // written on that version: saving it after someone else's change is a conflict, shown side by side
      const version = form.querySelector('input[name="version"]');
      if (version && kept.version !== null && kept.version !== undefined) {
        version.value = kept.version;
      }
      const notice = host.querySelector('.visual-editor__restored');
      notice.querySelector('span').textContent = host.dataset.restored.replace('{0}', time(kept.savedAt));
      notice.hidden = false;
      notice.querySelector('button').addEventListener('click', () => {
        const data = new URLSearchParams();
        data.append('_csrf', form.querySelector('input[name="_csrf"]').value);
        fetch(url + '/discard', {method: 'POST', body: data, credentials: 'same-origin'})
          .then(() => window.location.reload());
      });
    });
}

function insertTable(state, dispatch) {
  const cell = type => type.createAndFill();
  const row = type => schema.nodes.table_row.create(null, [cell(type), cell(type), cell(type)]);
  const table = schema.nodes.table.create(null, [row(schema.nodes.table_header), row(schema.nodes.table_cell),
    row(schema.nodes.table_cell)]);
  if (dispatch) {
    const from = state.selection.from;
    const tr = state.tr.replaceSelectionWith(table);
    // the cursor goes into the first cell, ready for its heading
    let at = null;
    tr.doc.nodesBetween(Math.max(0, from - 2), tr.doc.content.size, (node, pos) => {
      if (at === null && node.type === schema.nodes.table) {
        at = pos;
      }
      return at === null;
    });
    if (at !== null) {
      tr.setSelection(TextSelection.near(tr.doc.resolve(at + 3)));
    }
    dispatch(tr.scrollIntoView());
  }
  return true;
}

function insertRule(state, dispatch) {
  if (dispatch) {
    dispatch(state.tr.replaceSelectionWith(schema.nodes.horizontal_rule.create()).scrollIntoView());
  }
  return true;
}

function markActive(state, type) {
  const {from, $from, to, empty} = state.selection;
  return empty ? !!type.isInSet(state.storedMarks || $from.marks()) : state.doc.rangeHasMark(from, to, type);
}

function blockActive(state, type, attrs) {
  const {$from} = state.selection;
  for (let depth = $from.depth; depth > 0; depth--) {
    const node = $from.node(depth);
    if (node.type === type && (!attrs || Object.keys(attrs).every(key => node.attrs[key] === attrs[key]))) {
      return true;
    }
  }
  return false;
}

function start(textarea) {
  const host = document.querySelector('[data-visual-editor="' + textarea.id + '"]');
  if (!host) {
    return;
  }
  const labels = host.dataset;
  const notice = host.querySelector('.visual-editor__notice');
  const say = text => {
    notice.textContent = text;
  };
  let doc;
  try {
    doc = fromMarkdown(textarea.value);
  } catch (unreadable) {
    // a body with raw HTML in it stays in the Markdown box, word for word
    host.hidden = false;
    host.querySelector('.visual-editor__bar').hidden = true;
    say(labels.unreadable);
    keepWhileTyping(textarea, host, () => {});
    return;
  }
  const linkDialog = host.querySelector('dialog');

  const heading = level => setBlockType(schema.nodes.heading, {level});
  const tools = [
    {name: 'paragraph', command: setBlockType(schema.nodes.paragraph),
      active: s => blockActive(s, schema.nodes.paragraph)},
    {name: 'heading2', command: heading(2), active: s => blockActive(s, schema.nodes.heading, {level: 2})},
    {name: 'heading3', command: heading(3), active: s => blockActive(s, schema.nodes.heading, {level: 3})},
    {name: 'bold', command: toggleMark(schema.marks.strong), active: s => markActive(s, schema.marks.strong), key: 'Mod-b'},
    {name: 'italic', command: toggleMark(schema.marks.em), active: s => markActive(s, schema.marks.em), key: 'Mod-i'},
    {name: 'link', command: (state, dispatch) => {
      if (markActive(state, schema.marks.link)) {
        return toggleMark(schema.marks.link)(state, dispatch);
      }
      if (dispatch) {
        askForLink();
      }
      return true;
    }, active: s => markActive(s, schema.marks.link), key: 'Mod-k'},
    {name: 'image', command: (state, dispatch) => {
      if (dispatch) {
        const selected = state.selection instanceof NodeSelection && state.selection.node.type === schema.nodes.image;
        askForImage(null, selected ? state.selection.from : null);
      }
      return true;
    }},
    {name: 'bulletList', command: wrapInList(schema.nodes.bullet_list), active: s => blockActive(s, schema.nodes.bullet_list)},
    {name: 'orderedList', command: wrapInList(schema.nodes.ordered_list), active: s => blockActive(s, schema.nodes.ordered_list)},
    {name: 'indent', command: sinkListItem(schema.nodes.list_item)},
    {name: 'outdent', command: liftListItem(schema.nodes.list_item)},
    {name: 'quote', command: (state, dispatch) => blockActive(state, schema.nodes.blockquote)
        ? lift(state, dispatch) : wrapIn(schema.nodes.blockquote)(state, dispatch),
      active: s => blockActive(s, schema.nodes.blockquote)},
    {name: 'rule', command: insertRule},
    {name: 'table', command: insertTable},
    {name: 'rowAfter', command: addRowAfter, table: true},
    {name: 'columnAfter', command: addColumnAfter, table: true},
    {name: 'deleteRow', command: deleteRow, table: true},
    {name: 'deleteColumn', command: deleteColumn, table: true},
    {name: 'undo', command: undo, key: 'Mod-z'},
    {name: 'redo', command: redo, key: 'Shift-Mod-z'}
  ];

  // one Tab stop for the whole toolbar; the arrow keys move inside it (WAI-ARIA toolbar pattern)
  const toolbar = host.querySelector('[role="toolbar"]');
  const buttons = tools.map((tool, index) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'visual-editor__tool visual-editor__tool--' + tool.name;
    button.textContent = labels[tool.name] || tool.name;
    button.tabIndex = index === 0 ? 0 : -1;
    button.addEventListener('mousedown', event => event.preventDefault());
    button.addEventListener('click', () => {
      if (button.getAttribute('aria-disabled') === 'true') {
        return;
      }
      tool.command(view.state, view.dispatch, view);
      if (tool.name !== 'link' && tool.name !== 'image') {
        view.focus();
      }
    });
    toolbar.appendChild(button);
    return button;
  });
  toolbar.addEventListener('keydown', event => {
    const current = buttons.indexOf(document.activeElement);
    if (current < 0) {
      return;
    }
    const move = {ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1}[event.key];
    let next = null;
    if (move) {
      next = (current + move + buttons.length) % buttons.length;
    } else if (event.key === 'Home') {
      next = 0;
    } else if (event.key === 'End') {
      next = buttons.length - 1;
    }
    if (next !== null) {
      event.preventDefault();
      buttons[current].tabIndex = -1;
      buttons[next].tabIndex = 0;
      buttons[next].focus();
    }
  });

  function updateToolbar(state) {
    tools.forEach((tool, index) => {
      const button = buttons[index];
      // aria-disabled, not disabled: the toolbar keeps its one Tab stop whatever can be done now
      const possible = tool.table ? isInTable(state) : tool.command(state, null, view);
      button.setAttribute('aria-disabled', possible ? 'false' : 'true');
      if (tool.active) {
        button.setAttribute('aria-pressed', tool.active(state) ? 'true' : 'false');
      }
    });
  }

  function askForLink() {
    const input = linkDialog.querySelector('input');
    const problem = linkDialog.querySelector('.visual-editor__problem');
    input.value = '';
    problem.textContent = '';
    linkDialog.showModal();
    input.focus();
  }

  // the dialog sits inside the release's form, so it has no form of its own: Enter and its button add the link
  linkDialog.querySelector('input').addEventListener('keydown', event => {
    if (event.key === 'Enter') {
      event.preventDefault();
      addLink();
    }
  });
  linkDialog.querySelector('[data-add]').addEventListener('click', addLink);

  function addLink() {
    const input = linkDialog.querySelector('input');
    const href = input.value.trim();
    if (!LINKABLE.test(href)) {
      linkDialog.querySelector('.visual-editor__problem').textContent = labels.linkInvalid;
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return;
    }
    input.removeAttribute('aria-invalid');
    linkDialog.close();
    const {state} = view;
    const mark = schema.marks.link.create({href});
    if (state.selection.empty) {
      const text = schema.text(href, [mark]);
      view.dispatch(state.tr.replaceSelectionWith(text, false).scrollIntoView());
    } else {
      view.dispatch(state.tr.addMark(state.selection.from, state.selection.to, mark));
    }
    backToText();
  }

  // the dialog gives focus back to the button that opened it as it closes; the text is where work goes on
  function backToText() {
    setTimeout(() => view.focus(), 0);
  }
  linkDialog.querySelector('[data-cancel]').addEventListener('click', () => {
    linkDialog.close();
    backToText();
  });

  // images: from the media library, or uploaded (chosen, dropped or pasted) through its checks;
  // the text alternative is asked at once and a caption offered
  const imageDialog = host.querySelector('.visual-editor__image-dialog');
  const imageProblem = imageDialog.querySelector('.visual-editor__problem');
  const fileInput = imageDialog.querySelector('#image-file');
  const pending = imageDialog.querySelector('.visual-editor__pending');
  let droppedFile = null;
  let chosen = null;
  let editing = null;

  /** Opens the image dialog: for a new image (from a file, or to choose), or for the image at {@code at}. */
  function askForImage(file, at) {
    droppedFile = file;
    chosen = null;
    editing = at === null || at === undefined ? null : at;
    const node = editing === null ? null : view.state.doc.nodeAt(editing);
    fileInput.value = '';
    imageDialog.querySelector('#image-alt').value = node ? node.attrs.alt || '' : '';
    imageDialog.querySelector('#image-caption').value = node ? node.attrs.title || '' : '';
    imageDialog.querySelectorAll('.visual-editor__image-source').forEach(part => {
      part.hidden = editing !== null;
    });
    imageProblem.textContent = '';
    pending.textContent = file ? labels.pending.replace('{0}', file.name || 'image') : '';
    const list = imageDialog.querySelector('.visual-editor__choices');
    list.textContent = '';
    fetch('/admin/media/choices', {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
      .then(response => response.ok ? response.json() : [])
      .then(images => images.forEach(image => {
        const item = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'visual-editor__choice';
        button.setAttribute('aria-pressed', 'false');
        const thumbnail = document.createElement('img');
        thumbnail.src = image.thumbnail;
        thumbnail.alt = '';
        const name = document.createElement('span');
        name.textContent = image.alt || image.name;
        button.append(thumbnail, name);
        button.addEventListener('click', () => {
          list.querySelectorAll('button').forEach(other => other.setAttribute('aria-pressed', 'false'));
          button.setAttribute('aria-pressed', 'true');
          chosen = image;
          droppedFile = null;
          fileInput.value = '';
          pending.textContent = '';
          const alt = imageDialog.querySelector('#image-alt');
          if (!alt.value && image.alt) {
            alt.value = image.alt;
          }
          const caption = imageDialog.querySelector('#image-caption');
          if (!caption.value && image.caption) {
            caption.value = image.caption;
          }
        });
        item.appendChild(button);
        list.appendChild(item);
      }));
    imageDialog.showModal();
    (file || editing !== null ? imageDialog.querySelector('#image-alt') : fileInput).focus();
  }

  fileInput.addEventListener('change', () => {
    droppedFile = null;
    chosen = null;
    pending.textContent = '';
  });
  imageDialog.querySelector('[data-cancel]').addEventListener('click', () => {
    imageDialog.close();
    backToText();
  });
  imageDialog.querySelector('[data-insert]').addEventListener('click', () => {
    const alt = imageDialog.querySelector('#image-alt').value.trim();
    const caption = imageDialog.querySelector('#image-caption').value.trim();
    const file = droppedFile || fileInput.files[0];
    if (editing !== null) {
      if (!alt) {
        imageProblem.textContent = labels.altMissing;
        imageDialog.querySelector('#image-alt').focus();
        return;
      }
      const node = view.state.doc.nodeAt(editing);
      imageDialog.close();
      if (node && node.type === schema.nodes.image) {
        view.dispatch(view.state.tr.setNodeMarkup(editing, null, {...node.attrs, alt, title: caption || null}));
      }
      backToText();
      askForMissingAlternatives();
      return;
    }
    if (!file && !chosen) {
      imageProblem.textContent = labels.pickOne;
      return;
    }
    if (!alt) {
      imageProblem.textContent = labels.altMissing;
      imageDialog.querySelector('#image-alt').focus();
      return;
    }
    const insert = src => {
      imageDialog.close();
      const image = schema.nodes.image.create({src, alt, title: caption || null});
      view.dispatch(view.state.tr.replaceSelectionWith(schema.nodes.paragraph.create(null, image)).scrollIntoView());
      backToText();
    };
    if (!file) {
      insert(chosen.src);
      return;
    }
    const data = new FormData();
    data.append('file', file, file.name || 'image');
    data.append('_csrf', textarea.form.querySelector('input[name="_csrf"]').value);
    fetch('/admin/media/body-image', {method: 'POST', body: data, credentials: 'same-origin',
      headers: {'Accept': 'application/json'}})
      .then(response => response.json().then(answer => ({ok: response.ok, answer})))
      .then(({ok, answer}) => {
        if (ok) {
          insert(answer.src);
        } else {
          imageProblem.textContent = answer.message;
        }
      })
      .catch(() => {
        imageProblem.textContent = labels.uploadFailed;
      });
  });

  const uploading = new Set();
  const toUpload = [];
  let leftOut = '';
  let uploadRunning = false;

  /**
   * Each pasted image (its data, or its address on another site) goes through the media library
   * one after the other, the stored one taking its place; the notice counts what is left.
   */
  function uploadPastedImages(doc) {
    doc.descendants(node => {
      const src = node.type === schema.nodes.image ? node.attrs.src : '';
      if (isPending(src) && !uploading.has(src)) {
        uploading.add(src);
        toUpload.push(src);
      }
    });
    nextUpload();
  }

  function nextUpload() {
    if (uploadRunning) {
      return;
    }
    const src = toUpload.shift();
    if (!src) {
      if (notice.dataset.counting) {
        // what the paste left out is said again once the count is over
        say(leftOut);
        delete notice.dataset.counting;
      }
      leftOut = '';
      askForMissingAlternatives();
      return;
    }
    uploadRunning = true;
    notice.dataset.counting = 'true';
    say(labels.imagesUploading.replace('{0}', String(toUpload.length + 1)));
    storePasted(src).then(stored => replacePasted(src, stored), reason => {
      replacePasted(src, null);
      delete notice.dataset.counting;
      say(typeof reason === 'string' ? reason : labels.uploadFailed);
    }).finally(() => {
      uploading.delete(src);
      uploadRunning = false;
      nextUpload();
    });
  }

  function storePasted(src) {
    const data = new FormData();
    data.append('_csrf', textarea.form.querySelector('input[name="_csrf"]').value);
    let address = '/admin/media/body-image';
    if (src.startsWith(REMOTE)) {
      address = '/admin/media/body-image/from-address';
      data.append('address', src.slice(REMOTE.length));
    } else {
      // decoded here: the CSP lets this page fetch from the newsroom only, not from data: addresses
      const comma = src.indexOf(',');
      const type = src.slice(5, src.indexOf(';'));
      const bytes = Uint8Array.from(atob(src.slice(comma + 1)), c => c.charCodeAt(0));
      data.append('file', new Blob([bytes], {type}), 'pasted.' + (type.split('/')[1] || 'png'));
    }
    return fetch(address, {method: 'POST', body: data, credentials: 'same-origin', headers: {'Accept': 'application/json'}})
      .then(response => response.json().then(answer => response.ok ? answer.src : Promise.reject(answer.message)));
  }

  function replacePasted(src, stored) {
    const tr = view.state.tr;
    view.state.doc.descendants((node, pos) => {
      if (node.type === schema.nodes.image && node.attrs.src === src) {
        const at = tr.mapping.map(pos);
        if (stored) {
          tr.setNodeMarkup(at, null, {...node.attrs, src: stored});
        } else {
          tr.delete(at, at + node.nodeSize);
        }
      }
    });
    view.dispatch(tr);
  }

  /** The first image without a text alternative is selected and its alternative asked for. */
  function askForMissingAlternatives() {
    if (imageDialog.open) {
      return;
    }
    let missing = null;
    view.state.doc.descendants((node, pos) => {
      if (missing === null && node.type === schema.nodes.image && !isPending(node.attrs.src)
          && !(node.attrs.alt || '').trim()) {
        missing = pos;
      }
    });
    if (missing !== null) {
      view.dispatch(view.state.tr.setSelection(NodeSelection.create(view.state.doc, missing)));
      askForImage(null, missing);
    }
  }

  function imageFileOf(transfer) {
    return transfer && Array.from(transfer.files || []).find(file => /^image\//.test(file.type));
  }

  const keys = {};
  tools.filter(tool => tool.key).forEach(tool => {
    keys[tool.key] = tool.command;
  });
  keys['Mod-y'] = redo;
  keys['Enter'] = splitListItem(schema.nodes.list_item);
  keys['Tab'] = (state, dispatch) => goToNextCell(1)(state, dispatch) || sinkListItem(schema.nodes.list_item)(state, dispatch);
  keys['Shift-Tab'] = (state, dispatch) => goToNextCell(-1)(state, dispatch) || liftListItem(schema.nodes.list_item)(state, dispatch);

  const surface = host.querySelector('.visual-editor__surface');
  let pastedRtf = '';
  const view = new EditorView(surface, {
    state: EditorState.create({
      doc,
      plugins: [history(), keymap(keys), keymap(baseKeymap), dropCursor(), gapCursor(), tableEditing()]
    }),
    attributes: {
      'class': 'visual-editor__content prose',
      'role': 'textbox',
      'aria-multiline': 'true',
      'aria-label': labels.body,
      'spellcheck': 'true'
    },
    handleDOMEvents: {
      // Word (desktop) gives its pictures only in the clipboard's RTF: it is read before the HTML
      paste(view, event) {
        pastedRtf = (event.clipboardData && event.clipboardData.getData('text/rtf')) || '';
        return false;
      }
    },
    transformPastedHTML(html) {
      const report = {};
      const cleaned = cleanPastedHtml(html, report, pastedRtf);
      pastedRtf = '';
      if (report.tooManyImages) {
        leftOut = labels.tooManyImages.replace(/\{0\}/g, String(MAX_PASTED_IMAGES));
      } else if (report.droppedImages) {
        leftOut = labels.imagesDropped;
      }
      say(leftOut);
      return cleaned;
    },
    handleDrop(view, event) {
      const file = imageFileOf(event.dataTransfer);
      if (!file) {
        return false;
      }
      event.preventDefault();
      const place = view.posAtCoords({left: event.clientX, top: event.clientY});
      if (place) {
        view.dispatch(view.state.tr.setSelection(TextSelection.near(view.state.doc.resolve(place.pos))));
      }
      askForImage(file);
      return true;
    },
    handlePaste(view, event) {
      const file = imageFileOf(event.clipboardData);
      if (file && !event.clipboardData.getData('text/html')) {
        askForImage(file);
        return true;
      }
      const html = event.clipboardData && event.clipboardData.getData('text/html');
      const text = event.clipboardData && event.clipboardData.getData('text/plain');
      if ((html && html.length > MAX_PASTE) || (text && text.length > MAX_PASTE)) {
        say(labels.pasteTooLarge);
        return true;
      }
      return false;
    },
    dispatchTransaction(transaction) {
      const state = view.state.apply(transaction);
      view.updateState(state);
      if (transaction.docChanged && transaction.getMeta('uiEvent') === 'paste') {
        uploadPastedImages(state.doc);
      }
      if (transaction.docChanged) {
        textarea.value = toMarkdown(state.doc);
        textarea.dispatchEvent(new Event('input', {bubbles: true}));
      }
      updateToolbar(state);
    }
  });

  // a pasted image still on its way to the library would be missing from what is saved: saving waits
  textarea.form.addEventListener('submit', event => {
    if (uploading.size > 0) {
      event.preventDefault();
      event.stopImmediatePropagation();
      say(labels.imagesWait);
    }
  }, true);

  // the Markdown box stays, for whoever prefers it; it is the form's field either way
  const sourceToggle = host.querySelector('.visual-editor__source');
  sourceToggle.addEventListener('click', () => {
    const showing = !textarea.hidden;
    if (showing) {
      try {
        const parsed = fromMarkdown(textarea.value);
        view.updateState(EditorState.create({doc: parsed, plugins: view.state.plugins}));
      } catch (unreadable) {
        return;
      }
    }
    textarea.hidden = showing;
    surface.hidden = !showing;
    toolbar.hidden = !showing;
    sourceToggle.setAttribute('aria-pressed', showing ? 'false' : 'true');
    (showing ? view.dom : textarea).focus();
  });

  textarea.hidden = true;
  host.hidden = false;
  keepWhileTyping(textarea, host, restored => {
    try {
      view.updateState(EditorState.create({doc: fromMarkdown(restored), plugins: view.state.plugins}));
    } catch (unreadable) {
      textarea.hidden = false;
      surface.hidden = true;
    }
  });
  updateToolbar(view.state);
  view.dom.setAttribute('data-ready', 'true');
  const initial = TextSelection.atStart(view.state.doc);
  view.dispatch(view.state.tr.setSelection(initial));
}

// Clean-up of HTML pasted from Word (desktop and web), Google Docs and web pages, before the
// editor reads it against its schema. The schema already drops what it has no place for (fonts,
// colours, sizes, classes, styles); this keeps what those sources only express in their own way:
// Word's list paragraphs (mso-list) and its heading styles, Google Docs' bold and italic spans
// and its wrapper, and it drops comments, Word's <o:p>, empty paragraphs and unsafe links. Images
// come along to go through the media library: Word's from its RTF, others' by their address.

const BULLETS = /^[\u00b7\u2022\u25aa\u25cf\u25e6o\u00a7\uf0b7\uf0a7\-\u2013*]$/;
const SAFE_LINK = /^(https?:|mailto:|tel:|\/|#|\.\.?\/)/i;

function cleanPastedHtml(html, report, rtf) {
  const withoutComments = html
    .replace(/<!--\[if[\s\S]*?<!\[endif\]-->/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '');
  const doc = new DOMParser().parseFromString(withoutComments, 'text/html');
  const body = doc.body;
  body.querySelectorAll('style, script, meta, link, title, xml, o\\:p, iframe, object, embed, svg, math, del, ins[cite]')
    .forEach(node => node.remove());
  // Word's tracked insertions keep their text; comments' anchors and references go
  body.querySelectorAll('ins').forEach(unwrap);
  body.querySelectorAll('[class*="MsoCommentReference"], .msocomtxt, [style*="mso-element:comment"]')
    .forEach(node => node.remove());
  // Google Docs wraps everything in <b style="font-weight:normal" id="docs-internal-guid-…">
  body.querySelectorAll('b[id^="docs-internal-guid"]').forEach(unwrap);
  body.querySelectorAll('span[style]').forEach(span => {
    const style = span.getAttribute('style').toLowerCase().replace(/\s+/g, '');
    let wrapped = span;
    if (/font-weight:(bold|[6-9]00)/.test(style)) {
      wrapped = wrap(wrapped, doc.createElement('strong'));
    }
    if (/font-style:italic/.test(style)) {
      wrap(wrapped, doc.createElement('em'));
    }
  });
  headingsFromWordStyles(body, doc);
  listsFromWordParagraphs(body, doc);
  body.querySelectorAll('h1').forEach(h => rename(h, 'h2', doc));
  body.querySelectorAll('h4, h5, h6').forEach(h => rename(h, 'h3', doc));
  body.querySelectorAll('a').forEach(a => {
    const href = (a.getAttribute('href') || '').trim();
    if (!href || !SAFE_LINK.test(href)) {
      unwrap(a);
    }
  });
  // an image's data (a data: URI) is uploaded once pasted, and one on another site fetched by the
  // newsroom; the library's own images stay. Word's file:/// copies cannot be read by a page: their
  // pictures come from the RTF beside the HTML, in the same order, or they are left out
  const wordPictures = picturesOfRtf(rtf || '');
  const fromWord = Array.from(body.querySelectorAll('img')).filter(img => /^file:/i.test(img.getAttribute('src') || ''));
  fromWord.forEach((img, index) => {
    if (wordPictures.length === fromWord.length) {
      img.setAttribute('src', wordPictures[index]);
    }
  });
  let kept = 0;
  body.querySelectorAll('img').forEach(img => {
    const src = (img.getAttribute('src') || '').trim();
    const own = src.startsWith('/media/') || src.startsWith(window.location.origin + '/media/');
    const data = /^data:image\/(png|jpeg|gif|webp);base64,/i.test(src);
    const remote = /^https?:\/\//i.test(src);
    if (!own && !data && !remote) {
      report.droppedImages = (report.droppedImages || 0) + 1;
      img.remove();
    } else if (!own && ++kept > MAX_PASTED_IMAGES) {
      report.tooManyImages = true;
      img.remove();
    } else if (remote) {
      img.setAttribute('src', REMOTE + src);
    }
  });
  // a table cell holds one line of text: Word's paragraphs in a cell become line breaks
  body.querySelectorAll('td, th').forEach(cell => {
    cell.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li').forEach((block, index) => {
      if (index > 0) {
        block.before(doc.createElement('br'));
      }
      unwrap(block);
    });
    cell.querySelectorAll('ul, ol').forEach(unwrap);
  });
  // Google Docs nests a list directly in a list: it belongs to the item before it
  body.querySelectorAll('ul > ul, ul > ol, ol > ul, ol > ol').forEach(list => {
    const item = list.previousElementSibling;
    if (item && item.tagName === 'LI') {
      item.appendChild(list);
    } else {
      const wrapper = doc.createElement('li');
      list.replaceWith(wrapper);
      wrapper.appendChild(list);
    }
  });
  body.querySelectorAll('p, h2, h3, li').forEach(block => {
    if (!block.textContent.replace(/[\s\u00a0]/g, '') && !block.querySelector('img, br')) {
      block.remove();
    }
  });
  return body.innerHTML;
}

/**
 * The PNG and JPEG pictures of an RTF text, in order, as data: addresses. Word puts each picture
 * of a copied selection there (\\pict groups with \\pngblip or \\jpegblip and the bytes in hex),
 * once for its own use and, in \\nonshppict, again as a fallback for older readers: that copy is
 * skipped.
 */
function picturesOfRtf(rtf) {
  const pictures = [];
  let at = rtf.indexOf('{\\pict');
  while (at !== -1) {
    const end = groupEnd(rtf, at);
    const before = rtf.lastIndexOf('{\\nonshppict', at);
    const fallback = before !== -1 && groupEnd(rtf, before) > at;
    const picture = fallback ? null : pictureOf(rtf.slice(at + 1, end));
    if (picture) {
      pictures.push(picture);
    }
    at = rtf.indexOf('{\\pict', end);
  }
  return pictures;
}

/** Where the group opened at {@code start} closes (the index of its brace). */
function groupEnd(rtf, start) {
  let depth = 0;
  for (let i = start; i < rtf.length; i++) {
    const c = rtf[i];
    if (c === '\\') {
      i++;
    } else if (c === '{') {
      depth++;
    } else if (c === '}' && --depth === 0) {
      return i;
    }
  }
  return rtf.length;
}

/** A \\pict group's picture: its control words say the type, its own text (not its inner groups) is the hex. */
function pictureOf(group) {
  let type = null;
  let hex = '';
  for (let i = 0; i < group.length; i++) {
    const c = group[i];
    if (c === '{') {
      i = groupEnd(group, i);
    } else if (c === '\\') {
      const word = /^\\([a-z]+)(-?\d+)? ?/.exec(group.slice(i, i + 40));
      if (word) {
        if (word[1] === 'pngblip') {
          type = 'image/png';
        } else if (word[1] === 'jpegblip') {
          type = 'image/jpeg';
        }
        i += word[0].length - 1;
      } else {
        i++;
      }
    } else if (/[0-9a-fA-F]/.test(c)) {
      hex += c;
    }
  }
  if (!type || hex.length < 16 || hex.length % 2) {
    return null;
  }
  let binary = '';
  for (let i = 0; i < hex.length; i += 2) {
    binary += String.fromCharCode(parseInt(hex.substr(i, 2), 16));
  }
  return 'data:' + type + ';base64,' + btoa(binary);
}

/** Word marks its heading styles with classes (MsoHeading1, MsoTitle) when it does not use <h1>. */
function headingsFromWordStyles(body, doc) {
  body.querySelectorAll('p[class]').forEach(p => {
    const cls = p.getAttribute('class');
    if (/MsoTitle|MsoHeading1|Heading1/i.test(cls)) {
      rename(p, 'h2', doc);
    } else if (/MsoHeading[2-6]|Heading[2-6]|MsoSubtitle/i.test(cls)) {
      rename(p, 'h3', doc);
    }
  });
}

/**
 * Word writes a list as paragraphs: each has "mso-list:l0 level2 lfo1" in its style and its marker
 * (a bullet or "1.") in a span marked "mso-list:Ignore". They become real, nested lists.
 */
function listsFromWordParagraphs(body, doc) {
  const paragraphs = Array.from(body.querySelectorAll('p')).filter(p =>
    /mso-list:\s*l\d+\s+level\d+/i.test(p.getAttribute('style') || '') || /MsoListParagraph/i.test(p.getAttribute('class') || ''));
  let stack = [];
  let previous = null;
  for (const p of paragraphs) {
    const style = p.getAttribute('style') || '';
    const level = Number((style.match(/level(\d+)/i) || [0, 1])[1]);
    const marker = p.querySelector('span[style*="mso-list:Ignore"], span[style*="mso-list: Ignore"]');
    const markerText = marker ? marker.textContent.replace(/[\s\u00a0]/g, '') : '';
    if (marker) {
      marker.remove();
    }
    const ordered = markerText !== '' && !BULLETS.test(markerText);
    if (previous === null || p.previousElementSibling !== previous) {
      stack = [];
    }
    while (stack.length > level) {
      stack.pop();
    }
    while (stack.length < level) {
      const list = doc.createElement(ordered ? 'ol' : 'ul');
      if (stack.length === 0) {
        p.before(list);
      } else {
        const parent = stack[stack.length - 1];
        const lastItem = parent.lastElementChild || parent.appendChild(doc.createElement('li'));
        lastItem.appendChild(list);
      }
      stack.push(list);
    }
    const item = doc.createElement('li');
    while (p.firstChild) {
      item.appendChild(p.firstChild);
    }
    stack[stack.length - 1].appendChild(item);
    previous = p;
    // the paragraph stays in place, empty, until the next one is read: it marks where the list runs
    p.setAttribute('data-word-list', '');
  }
  body.querySelectorAll('p[data-word-list]').forEach(p => p.remove());
}

function unwrap(node) {
  node.replaceWith(...node.childNodes);
}

function wrap(node, wrapper) {
  node.replaceWith(wrapper);
  wrapper.appendChild(node);
  return wrapper;
}

function rename(node, tag, doc) {
  const renamed = doc.createElement(tag);
  while (node.firstChild) {
    renamed.appendChild(node.firstChild);
  }
  node.replaceWith(renamed);
  return renamed;
}

document.querySelectorAll('textarea[data-markdown]').forEach(start);

// In-page helpers of the cross-engine end-to-end tests, the same in Chromium, Firefox and WebKit
// (whatever drives the browser: Playwright, puppeteer over WebDriver BiDi, or WebDriver classic).
// Evaluated as a plain script; defines window.__eqTest once per document.
(() => {
  if (window.__eqTest) return;

  const errors = [];
  const warnings = [];
  const watched = new WeakSet();
  /** Collects errors and warnings of a window (the page, and each same-origin iframe). */
  function watch(win) {
    if (!win || watched.has(win)) return;
    watched.add(win);
    win.addEventListener('error', (event) => {
      errors.push(String(event.error?.stack ?? event.message));
    });
    win.addEventListener('unhandledrejection', (event) => {
      errors.push(`unhandled rejection: ${String(event.reason?.stack ?? event.reason)}`);
    });
    const warn = win.console.warn.bind(win.console);
    win.console.warn = (...args) => {
      warnings.push(args.map(String).join(' '));
      warn(...args);
    };
  }
  watch(window);

  const ROLES = {
    button: 'button, [role=button], input[type=button], input[type=submit]',
    textbox:
      'input:not([type]), input[type=text], input[type=search], input[type=email], ' +
      'input[type=tel], input[type=url], textarea, [role=textbox]',
    radio: 'input[type=radio], [role=radio]',
    checkbox: 'input[type=checkbox], [role=checkbox]',
    combobox: 'select, [role=combobox]',
    heading: 'h1, h2, h3, h4, h5, h6, [role=heading]',
    dialog: 'dialog[open], [role=dialog]',
    link: 'a[href]',
    option: '[role=option]',
    tab: '[role=tab]',
  };
  const INTERACTIVE =
    'button, input:not([type=hidden]), select, textarea, a[href], [role=button], [role=tab], ' +
    '[role=option], [role=radio], [role=checkbox], summary';

  /** Every element of the document, its shadow roots and its same-origin iframes, in order. */
  function* walk(root) {
    for (const el of root.querySelectorAll('*')) {
      yield el;
      if (el.shadowRoot) yield* walk(el.shadowRoot);
      if (el.localName === 'iframe') {
        let doc = null;
        try {
          doc = el.contentDocument;
        } catch {
          doc = null;
        }
        if (doc) {
          watch(el.contentWindow);
          yield* walk(doc);
        }
      }
    }
  }

  const text = (value) => (value ?? '').replace(/\s+/g, ' ').trim();

  function visible(el) {
    if (!el.isConnected) return false;
    if (typeof el.checkVisibility === 'function') {
      if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: false })) return false;
    }
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  }

  /** Text a screen reader would read: skips hidden and aria-hidden parts. */
  function readText(node) {
    if (node.nodeType === 3) return node.data;
    if (node.nodeType !== 1 && node.nodeType !== 11) return '';
    if (node.nodeType === 1) {
      if (node.hidden || node.getAttribute('aria-hidden') === 'true') return '';
      if (node.localName === 'style' || node.localName === 'script') return '';
      if (getComputedStyle(node).display === 'none') return '';
    }
    let out = '';
    for (const child of node.childNodes) out += readText(child);
    return out;
  }

  /** A simplified accessible name: aria-labelledby, aria-label, labels, value, text. */
  function nameOf(el) {
    const root = el.getRootNode();
    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy) {
      const parts = labelledBy
        .split(/\s+/)
        .map((id) => root.getElementById?.(id)?.textContent ?? '');
      if (parts.some(Boolean)) return text(parts.join(' '));
    }
    const label = el.getAttribute('aria-label');
    if (label) return text(label);
    if (el.labels?.length) return text([...el.labels].map((l) => readText(l)).join(' '));
    if (el.localName === 'input' && (el.type === 'submit' || el.type === 'button')) {
      return text(el.value);
    }
    return text(readText(el));
  }

  function matches(el, spec) {
    if (spec.css && !el.matches(spec.css)) return false;
    if (spec.role && !el.matches(ROLES[spec.role])) return false;
    if (spec.name !== undefined || spec.nameRe !== undefined) {
      const name = nameOf(el);
      if (spec.name !== undefined && name !== spec.name) return false;
      if (spec.nameRe !== undefined && !new RegExp(spec.nameRe).test(name)) return false;
    }
    if (spec.text !== undefined && !text(el.textContent).includes(spec.text)) return false;
    return spec.hidden ? true : visible(el);
  }

  const refs = [];
  const ref = (el) => {
    const index = refs.indexOf(el);
    if (index >= 0) return index;
    refs.push(el);
    return refs.length - 1;
  };
  const el = (id) => {
    const found = refs[id];
    if (!found) throw new Error(`no element #${id}`);
    return found;
  };

  /** Offset of a (possibly iframed) element's viewport in the top page. */
  function frameOffset(node) {
    let x = 0;
    let y = 0;
    let win = node.ownerDocument.defaultView;
    while (win && win !== window && win.frameElement) {
      const frame = win.frameElement;
      const box = frame.getBoundingClientRect();
      x += box.left + frame.clientLeft;
      y += box.top + frame.clientTop;
      win = frame.ownerDocument.defaultView;
    }
    return { x, y };
  }

  function rect(node) {
    return offsetBox(node, node.getBoundingClientRect());
  }

  function offsetBox(node, box) {
    const offset = frameOffset(node);
    return {
      left: box.left + offset.x,
      top: box.top + offset.y,
      right: box.right + offset.x,
      bottom: box.bottom + offset.y,
      width: box.width,
      height: box.height,
    };
  }

  /** The element drawn at a point of the top page, through shadow roots and iframes. */
  function deepElementFromPoint(x, y) {
    let doc = document;
    let px = x;
    let py = y;
    let hit = doc.elementFromPoint(px, py);
    for (let depth = 0; hit && depth < 50; depth++) {
      if (hit.shadowRoot) {
        const inner = hit.shadowRoot.elementFromPoint(px, py);
        if (inner && inner !== hit) {
          hit = inner;
          continue;
        }
      }
      if (hit.localName === 'iframe') {
        let inner = null;
        try {
          inner = hit.contentDocument;
        } catch {
          inner = null;
        }
        if (inner) {
          const box = hit.getBoundingClientRect();
          px -= box.left + hit.clientLeft;
          py -= box.top + hit.clientTop;
          doc = inner;
          const next = doc.elementFromPoint(px, py);
          if (next) {
            hit = next;
            continue;
          }
        }
      }
      break;
    }
    return hit;
  }

  /** Whether `inner` is `outer` or inside it, across shadow boundaries (composed tree). */
  function composedContains(outer, inner) {
    for (let node = inner; node;) {
      if (node === outer) return true;
      node = node.assignedSlot ?? node.parentNode ?? node.host ?? null;
      if (node?.nodeType === 11 && node.host) node = node.host;
    }
    return false;
  }

  /** Whether a click at the centre of `node` reaches it (or its label, for form controls). */
  function centreHits(node) {
    // A link wrapped over several lines is pressed on its first line, not in the gap between.
    const lines = node.getClientRects();
    const box = lines.length > 1 ? offsetBox(node, lines[0]) : rect(node);
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    const hit = deepElementFromPoint(x, y);
    if (!hit) return { ok: false, x, y, hit: 'nothing' };
    const labels = node.labels ? [...node.labels] : [];
    const ok =
      composedContains(node, hit) ||
      labels.some((label) => composedContains(label, hit)) ||
      (hit.localName === 'label' && hit.control === node);
    return { ok, x, y, hit: describe(hit) };
  }

  function describe(node) {
    const id = node.id ? `#${node.id}` : '';
    const cls = node.classList?.length ? `.${[...node.classList].join('.')}` : '';
    const name = text(node.getAttribute?.('aria-label') ?? node.textContent).slice(0, 40);
    return `${node.localName}${id}${cls}${name ? ` "${name}"` : ''}`;
  }

  /** The deepest focused element, across shadow roots and iframes. */
  function deepActive() {
    let active = document.activeElement;
    for (let depth = 0; active && depth < 50; depth++) {
      if (active.shadowRoot?.activeElement) {
        active = active.shadowRoot.activeElement;
      } else if (active.localName === 'iframe' && active.contentDocument?.activeElement) {
        active = active.contentDocument.activeElement;
      } else break;
    }
    return active;
  }

  /**
   * Layout of the open dialog, as numbers: it fits the viewport; it is as tall as its content or
   * at its height cap (then its body scrolls); nothing is wider than the dialog; the centre of
   * every control drawn in it hits that control.
   */
  function checkDialog() {
    const problems = [];
    const dialogs = [...walk(document)].filter((n) => n.localName === 'dialog' && n.open);
    const dialog = dialogs.at(-1);
    if (!dialog) return { problems: ['no open dialog'] };
    // The dialog's own window: the page, or the iframe the page is embedded in.
    const win = dialog.ownerDocument.defaultView;
    const view = { width: win.innerWidth, height: win.innerHeight };
    const local = dialog.getBoundingClientRect();
    if (
      local.left < -1 ||
      local.top < -1 ||
      local.right > view.width + 1 ||
      local.bottom > view.height + 1
    ) {
      problems.push(
        `dialog ${JSON.stringify(local)} leaves the ${view.width}×${view.height} viewport`,
      );
    }
    const box = rect(dialog);
    const style = getComputedStyle(dialog);
    const cap = Math.min(
      style.maxHeight === 'none' ? Infinity : parseFloat(style.maxHeight),
      view.height,
    );
    const borders = parseFloat(style.borderTopWidth) + parseFloat(style.borderBottomWidth);
    let natural = borders;
    for (const child of dialog.children) {
      if (getComputedStyle(child).position === 'absolute' || !visible(child)) continue;
      natural += Math.max(child.scrollHeight, child.getBoundingClientRect().height);
    }
    const needed = Math.min(natural, cap);
    if (box.height + 1 < needed) {
      problems.push(
        `dialog is ${Math.round(box.height)} px tall; its content needs ${Math.round(natural)} px ` +
          `(cap ${Math.round(cap)} px)`,
      );
    }
    // Each scrolling part is as tall as it can be before it scrolls.
    for (const child of dialog.children) {
      if (child.scrollHeight > child.clientHeight + 1 && box.height + 2 < cap) {
        problems.push(
          `${describe(child)} scrolls (${child.scrollHeight} in ${child.clientHeight} px) while ` +
            `the dialog (${Math.round(box.height)} px) is under its cap (${Math.round(cap)} px)`,
        );
      }
      if (child.scrollWidth > child.clientWidth + 1) {
        problems.push(
          `${describe(child)} is wider than the dialog (${child.scrollWidth} > ${child.clientWidth} px)`,
        );
      }
    }
    const controls = [...walk(dialog.shadowRoot ?? dialog)]
      .concat([...dialog.querySelectorAll('*')])
      .filter((n, i, all) => all.indexOf(n) === i && n.matches?.(INTERACTIVE) && visible(n));
    const inner = rect(dialog);
    let checked = 0;
    for (const control of controls) {
      if (control.closest('[inert]') || control.getAttribute('aria-hidden') === 'true') continue;
      const cs = getComputedStyle(control);
      if (cs.opacity === '0' || cs.pointerEvents === 'none') continue;
      const before = rect(control);
      if (before.width < 2 || before.height < 2) continue;
      control.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const box2 = rect(control);
      if (box2.left < inner.left - 1 || box2.right > inner.right + 1) {
        problems.push(
          `${describe(control)} is cut off at the side (${Math.round(box2.left)}–${Math.round(box2.right)} in ${Math.round(inner.left)}–${Math.round(inner.right)})`,
        );
        continue;
      }
      const hit = centreHits(control);
      checked++;
      if (!hit.ok) {
        problems.push(
          `centre of ${describe(control)} (${Math.round(hit.x)}, ${Math.round(hit.y)}) hits ${hit.hit}`,
        );
      }
    }
    return {
      problems,
      dialog: { width: Math.round(box.width), height: Math.round(box.height) },
      natural: Math.round(natural),
      cap: Math.round(cap),
      controls: checked,
    };
  }

  window.__eqTest = {
    errors,
    warnings,
    /** Finds the first match ({ role, name, nameRe, css, text, within }); returns a ref or -1. */
    find(spec) {
      const root = spec.within !== undefined ? el(spec.within) : document;
      const start = root.shadowRoot ?? root;
      for (const node of walk(start)) if (matches(node, spec)) return ref(node);
      if (root !== document && root.shadowRoot) {
        for (const node of root.querySelectorAll('*')) if (matches(node, spec)) return ref(node);
      }
      return -1;
    },
    count(spec) {
      let n = 0;
      for (const node of walk(document)) if (matches(node, spec)) n++;
      return n;
    },
    /** Scrolls the element into view and returns where a pointer should press it. */
    point(id) {
      const node = el(id);
      node.scrollIntoView({ block: 'center', inline: 'nearest' });
      const hit = centreHits(node);
      return { x: Math.round(hit.x), y: Math.round(hit.y), ok: hit.ok, hit: hit.hit };
    },
    text: (id) => text(el(id).textContent),
    value: (id) => el(id).value,
    options: (id) => el(id).options?.length ?? 0,
    attr: (id, name) => el(id).getAttribute(name),
    checked: (id) => el(id).checked === true,
    rect: (id) => rect(el(id)),
    focus: (id) => el(id).focus(),
    isFocused: (id) => deepActive() === el(id),
    active: () => {
      const node = deepActive();
      return node ? describe(node) : 'nothing';
    },
    /** Picks an option the way a person's choice would leave it (native pickers are OS UI). */
    selectIndex(id, index) {
      const select = el(id);
      select.selectedIndex = index;
      select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      select.dispatchEvent(new Event('change', { bubbles: true }));
      return select.value;
    },
    /** Puts a file in a file input as the file chooser would. */
    attachFile(id, name, content, type) {
      const input = el(id);
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], name, { type }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    checkDialog,
    pageOverflow: () => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }),
    viewport: () => ({ width: window.innerWidth, height: window.innerHeight }),
    /** The element's box in its own window, and that window's size (a page or an iframe). */
    placement(id) {
      const node = el(id);
      const box = node.getBoundingClientRect();
      const win = node.ownerDocument.defaultView;
      return {
        left: box.left,
        top: box.top,
        right: box.right,
        bottom: box.bottom,
        width: win.innerWidth,
        height: win.innerHeight,
      };
    },
  };
})();

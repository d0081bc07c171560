/**
 * How the Firefox driver finds elements: the part of Playwright's locator semantics the suites use, run inside the
 * page. CSS pierces open shadow roots (as Playwright's does), getByRole / getByLabel / getByText / getByTestId match
 * like Playwright's defaults (case-insensitive substring unless `exact`, regular expressions as given), and
 * getByRole skips hidden elements.
 *
 * `resolveInPage` is sent to the page as source text: it must not use anything from this module's scope.
 */

export type TextMatch = { kind: 'string'; value: string; exact: boolean } | { kind: 'regex'; source: string; flags: string };

export type Step =
  | { css: string }
  | { role: string; name?: TextMatch; checked?: boolean; includeHidden?: boolean }
  | { label: TextMatch }
  | { text: TextMatch }
  | { testId: string }
  | { nth: number }
  | { visible: true }
  | { hasText: TextMatch };

export function textMatch(value: string | RegExp, exact = false): TextMatch {
  return typeof value === 'string' ? { kind: 'string', value, exact } : { kind: 'regex', source: value.source, flags: value.flags };
}

export function describeSteps(steps: Step[]): string {
  return steps
    .map((step) => {
      if ('css' in step) return `locator(${JSON.stringify(step.css)})`;
      if ('role' in step) return `getByRole(${JSON.stringify(step.role)}${step.name ? `, ${JSON.stringify(step.name)}` : ''})`;
      if ('label' in step) return `getByLabel(${JSON.stringify(step.label)})`;
      if ('text' in step) return `getByText(${JSON.stringify(step.text)})`;
      if ('testId' in step) return `getByTestId(${JSON.stringify(step.testId)})`;
      if ('hasText' in step) return `filter(${JSON.stringify(step.hasText)})`;
      if ('visible' in step) return ':visible';
      return `nth(${step.nth})`;
    })
    .join('.');
}

/** Playwright's selector chain `a >> b` and the `:visible` suffix, as steps. */
export function cssSteps(selector: string): Step[] {
  return selector.split(/\s*>>\s*/).flatMap((part): Step[] => {
    const visible = /:visible$/.test(part);
    const css = part.replace(/:visible$/, '').replace(/^css=/, '');
    return visible ? [{ css }, { visible: true }] : [{ css }];
  });
}

/** Runs in the page: the elements the steps select, in document order. */
export function resolveInPage(steps: Step[]): Element[] {
  const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
  const matches = (match: TextMatch, text: string): boolean => {
    const value = normalise(text);
    if (match.kind === 'regex') return new RegExp(match.source, match.flags).test(value);
    return match.exact ? value === normalise(match.value) : value.toLowerCase().includes(normalise(match.value).toLowerCase());
  };
  /** Every element under root, descending into open shadow roots. */
  const allUnder = (root: ParentNode, out: Element[] = []): Element[] => {
    for (const el of Array.from(root.querySelectorAll('*'))) {
      out.push(el);
      if (el.shadowRoot) allUnder(el.shadowRoot, out);
    }
    return out;
  };
  /** The element itself (for its shadow root) and its subtree. */
  const scopeElements = (scope: Element | Document): Element[] => {
    const out: Element[] = [];
    if (scope instanceof Element && scope.shadowRoot) allUnder(scope.shadowRoot, out);
    allUnder(scope, out);
    return out;
  };
  const cssUnder = (scope: Element | Document, selector: string): Element[] => {
    const roots: ParentNode[] = [scope];
    for (const el of scopeElements(scope)) if (el.shadowRoot) roots.push(el.shadowRoot);
    if (scope instanceof Element && scope.shadowRoot && !roots.includes(scope.shadowRoot)) roots.push(scope.shadowRoot);
    const found = new Set<Element>();
    for (const root of roots) for (const el of Array.from(root.querySelectorAll(selector))) found.add(el);
    return [...found];
  };
  const hidden = (el: Element): boolean => {
    if (!el.isConnected) return true;
    if (typeof el.checkVisibility === 'function' && !el.checkVisibility({ visibilityProperty: true })) return true;
    for (let node: Node | null = el; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
      if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return true;
    }
    return false;
  };
  const byId = (el: Element, id: string): Element | null => (el.getRootNode() as Document | ShadowRoot).getElementById?.(id) ?? null;
  const implicitRole = (el: Element): string => {
    const explicit = el.getAttribute('role')?.trim().split(/\s+/)[0];
    if (explicit) return explicit;
    const tag = el.localName;
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    switch (tag) {
      case 'button':
        return 'button';
      case 'a':
      case 'area':
        return el.hasAttribute('href') ? 'link' : '';
      case 'input':
        if (['button', 'submit', 'reset', 'image'].includes(type)) return 'button';
        if (type === 'checkbox') return 'checkbox';
        if (type === 'radio') return 'radio';
        if (type === 'range') return 'slider';
        if (type === 'number') return 'spinbutton';
        if (type === 'search') return el.hasAttribute('list') ? 'combobox' : 'searchbox';
        if (type === 'hidden' || type === 'file' || type === 'color' || type === 'date' || type === 'time') return '';
        return el.hasAttribute('list') ? 'combobox' : 'textbox';
      case 'textarea':
        return 'textbox';
      case 'select':
        return (el as HTMLSelectElement).multiple || (el as HTMLSelectElement).size > 1 ? 'listbox' : 'combobox';
      case 'option':
        return 'option';
      case 'ul':
      case 'ol':
      case 'menu':
        return 'list';
      case 'li':
        return 'listitem';
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
        return 'heading';
      case 'form':
        return 'form';
      case 'fieldset':
      case 'details':
        return 'group';
      case 'dialog':
        return 'dialog';
      case 'nav':
        return 'navigation';
      case 'main':
        return 'main';
      case 'section':
        return el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby') ? 'region' : '';
      case 'img':
        return el.getAttribute('alt') === '' ? 'presentation' : 'img';
      case 'table':
        return 'table';
      case 'progress':
        return 'progressbar';
      case 'output':
        return 'status';
      case 'hr':
        return 'separator';
      case 'summary':
        return 'button';
      default:
        return '';
    }
  };
  const NAME_FROM_CONTENT = new Set(['button', 'link', 'heading', 'checkbox', 'radio', 'switch', 'tab', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'option', 'listitem', 'cell', 'columnheader', 'rowheader', 'treeitem', 'tooltip']);
  const contentText = (el: Element): string => {
    let text = '';
    const walk = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE) text += node.textContent ?? '';
      else if (node instanceof Element) {
        if (node.getAttribute('aria-hidden') === 'true' || ['script', 'style', 'template'].includes(node.localName)) return;
        if (node.localName === 'img') text += node.getAttribute('alt') ?? '';
        const children = node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
        for (const child of Array.from(children)) walk(child);
        if (getComputedStyle(node).display === 'block') text += ' ';
      }
    };
    for (const child of Array.from(el.shadowRoot ? el.shadowRoot.childNodes : el.childNodes)) walk(child);
    return normalise(text);
  };
  const labelsOf = (el: Element): string[] => {
    const out: string[] = [];
    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy) out.push(labelledBy.split(/\s+/).map((id) => (byId(el, id) ? contentText(byId(el, id)!) : '')).join(' '));
    const ariaLabel = el.getAttribute('aria-label');
    if (ariaLabel) out.push(ariaLabel);
    const labels = (el as HTMLInputElement).labels;
    if (labels) for (const label of Array.from(labels)) out.push(contentText(label));
    return out.map(normalise).filter(Boolean);
  };
  const accessibleName = (el: Element, role: string): string => {
    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy) return normalise(labelledBy.split(/\s+/).map((id) => (byId(el, id) ? contentText(byId(el, id)!) : '')).join(' '));
    const ariaLabel = el.getAttribute('aria-label');
    if (ariaLabel && normalise(ariaLabel)) return normalise(ariaLabel);
    const tag = el.localName;
    if (tag === 'input' && ['button', 'submit', 'reset'].includes((el as HTMLInputElement).type)) return normalise((el as HTMLInputElement).value);
    if (tag === 'input' || tag === 'select' || tag === 'textarea' || tag === 'meter' || tag === 'progress' || tag === 'output') {
      const labels = (el as HTMLInputElement).labels;
      if (labels && labels.length > 0) return normalise(Array.from(labels).map(contentText).join(' '));
    }
    if (tag === 'fieldset') {
      const legend = el.querySelector(':scope > legend');
      if (legend) return contentText(legend);
    }
    if (tag === 'img') return normalise(el.getAttribute('alt') ?? '');
    if (NAME_FROM_CONTENT.has(role)) {
      const text = contentText(el);
      if (text) return text;
    }
    return normalise(el.getAttribute('title') ?? (el as HTMLInputElement).placeholder ?? '');
  };
  const isChecked = (el: Element): boolean | undefined => {
    if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) return el.checked;
    const aria = el.getAttribute('aria-checked');
    return aria === null ? undefined : aria === 'true';
  };

  let current: Array<Element | Document> = [document];
  for (const step of steps) {
    if ('nth' in step) {
      const list = current as Element[];
      const picked = step.nth < 0 ? list[list.length + step.nth] : list[step.nth];
      current = picked ? [picked] : [];
      continue;
    }
    if ('visible' in step) {
      current = (current as Element[]).filter((el) => !hidden(el) && el.getClientRects().length > 0);
      continue;
    }
    if ('hasText' in step) {
      current = (current as Element[]).filter((el) => matches({ ...step.hasText, ...(step.hasText.kind === 'string' ? { exact: false } : {}) } as TextMatch, contentText(el)));
      continue;
    }
    const next = new Set<Element>();
    for (const scope of current) {
      let found: Element[];
      if ('css' in step) found = cssUnder(scope, step.css);
      else if ('testId' in step) found = cssUnder(scope, `[data-testid=${JSON.stringify(step.testId)}]`);
      else if ('role' in step) {
        found = scopeElements(scope).filter((el) => {
          const role = implicitRole(el);
          if (role !== step.role) return false;
          if (!step.includeHidden && hidden(el)) return false;
          if (step.checked !== undefined && isChecked(el) !== step.checked) return false;
          return !step.name || matches(step.name, accessibleName(el, role));
        });
      } else if ('label' in step) {
        found = scopeElements(scope).filter((el) => labelsOf(el).some((text) => matches(step.label, text)));
      } else {
        const text = step.text;
        const candidates = scopeElements(scope).filter((el) => !['script', 'style', 'template', 'head', 'html', 'body', 'title'].includes(el.localName) && matches(text, contentText(el)));
        // The innermost elements holding the text, as Playwright picks them.
        found = candidates.filter((el) => !candidates.some((other) => other !== el && el.contains(other)));
      }
      for (const el of found) next.add(el);
    }
    current = [...next];
  }
  const result = current.filter((el): el is Element => el instanceof Element);
  // Document order (shadow content after its host), so first()/nth() agree with Playwright.
  const order = scopeElements(document);
  const index = new Map(order.map((el, i) => [el, i]));
  return result.sort((a, b) => (index.get(a) ?? 0) - (index.get(b) ?? 0));
}

/**
 * Ways to damage a page, for the DOM fuzz tests: each is what a redesign, a half-finished render, a browser
 * extension of someone else's or a hostile author can do to the markup the readers see.
 */
export type Random = () => number;

/** Text an author controls (titles, names, comments, branch names) that must only ever be read as text. */
export const HOSTILE_TEXTS: readonly string[] = [
  '<img src=x onerror=alert(1)>',
  '</script><script>alert(2)</script>',
  '"><svg onload=alert(3)>',
  "javascript:alert('x')",
  '{{constructor.constructor("alert(4)")()}}',
  '\u202eevil\u202c',
  '\u0000',
  '\ud800',
  '9'.repeat(400),
  '-1',
  'NaN',
  'Lines changed: 99999999999999999999 additions & -5 deletions',
  'Awaiting requested review from lin-ops',
  'First-time contributor',
  ' by mallory · Pull Request #1 · evil/repo',
  'x'.repeat(20_000),
  '🙂'.repeat(300),
  '',
  '   ',
];

export interface Vocabulary {
  tags: string[];
  attributes: [string, string][];
  texts: string[];
}

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** Tags, attribute pairs and text snippets the fixtures use, so random trees speak the pages' language. */
export function vocabularyOf(docs: Document[]): Vocabulary {
  const tags = new Set<string>();
  const attributes = new Map<string, [string, string]>();
  const texts = new Set<string>();
  for (const doc of docs) {
    for (const element of doc.body?.querySelectorAll('*') ?? []) {
      const tag = element.tagName.toLowerCase();
      if (tag === 'script' || tag === 'style') continue;
      tags.add(tag);
      for (const { name, value } of element.attributes) {
        if (name.startsWith('on')) continue;
        attributes.set(`${name}=${value}`, [name, value.slice(0, 300)]);
      }
      const own = [...element.childNodes].filter((node) => node.nodeType === 3).map((node) => node.textContent?.trim() ?? '');
      for (const text of own) if (text) texts.add(text.slice(0, 200));
    }
  }
  return { tags: [...tags].sort(), attributes: [...attributes.values()], texts: [...texts] };
}

const allElements = (doc: Document): Element[] => Array.from(doc.body?.querySelectorAll('*') ?? []);

function someElement(doc: Document, random: Random): Element | undefined {
  const all = allElements(doc);
  return all.length === 0 ? undefined : pick(random, all);
}

type Mutation = (doc: Document, random: Random, vocabulary: Vocabulary) => boolean;

export const MUTATIONS: Record<string, Mutation> = {
  remove(doc, random) {
    const victim = someElement(doc, random);
    victim?.remove();
    return victim !== undefined;
  },
  duplicate(doc, random) {
    const original = someElement(doc, random);
    if (!original?.parentNode) return false;
    original.after(original.cloneNode(true));
    return true;
  },
  move(doc, random) {
    const node = someElement(doc, random);
    const target = someElement(doc, random);
    if (!node || !target || node.contains(target)) return false;
    target.append(node);
    return true;
  },
  /** The same content under another tag: what a markup change from <span> to <div> does. */
  rewrap(doc, random, vocabulary) {
    const element = someElement(doc, random);
    if (!element?.parentNode) return false;
    const replacement = doc.createElement(pick(random, vocabulary.tags));
    for (const { name, value } of element.attributes) replacement.setAttribute(name, value);
    replacement.append(...element.childNodes);
    element.replaceWith(replacement);
    return true;
  },
  swapAttributes(doc, random) {
    const a = someElement(doc, random);
    const b = someElement(doc, random);
    if (!a || !b || a === b) return false;
    const fromA = [...a.attributes].map(({ name, value }) => [name, value] as const);
    const fromB = [...b.attributes].map(({ name, value }) => [name, value] as const);
    for (const [name] of fromA) a.removeAttribute(name);
    for (const [name] of fromB) b.removeAttribute(name);
    for (const [name, value] of fromB) a.setAttribute(name, value);
    for (const [name, value] of fromA) b.setAttribute(name, value);
    return true;
  },
  borrowAttribute(doc, random, vocabulary) {
    const element = someElement(doc, random);
    if (!element || vocabulary.attributes.length === 0) return false;
    const [name, value] = pick(random, vocabulary.attributes);
    try {
      element.setAttribute(name, value);
    } catch {
      return false;
    }
    return true;
  },
  hostileText(doc, random) {
    const element = someElement(doc, random);
    if (!element) return false;
    element.textContent = pick(random, HOSTILE_TEXTS);
    return true;
  },
  hostileAttribute(doc, random) {
    const element = someElement(doc, random);
    const attribute = element ? pick(random, [...element.attributes, undefined]) : undefined;
    if (!element || !attribute) return false;
    element.setAttribute(attribute.name, pick(random, HOSTILE_TEXTS));
    return true;
  },
  hostileTitle(doc, random) {
    doc.title = random() < 0.5 ? pick(random, HOSTILE_TEXTS) : `${doc.title}${pick(random, HOSTILE_TEXTS)}`;
    return true;
  },
  emptyMeta(doc, random) {
    const meta = pick(random, [...doc.querySelectorAll('meta'), undefined]);
    if (!meta) return false;
    meta.setAttribute('content', pick(random, HOSTILE_TEXTS));
    return true;
  },
};

const NAMES = Object.keys(MUTATIONS);

/** Applies `count` random mutations; returns their names (for a failure message). */
export function mutate(doc: Document, random: Random, vocabulary: Vocabulary, count: number): string[] {
  const applied: string[] = [];
  for (let i = 0; i < count; i++) {
    const name = pick(random, NAMES);
    if (MUTATIONS[name]!(doc, random, vocabulary)) applied.push(name);
  }
  return applied;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

/** A random HTML document: the fixtures' tags, attributes and text, nested at random, with hostile text mixed in. */
export function randomTree(random: Random, vocabulary: Vocabulary, budget = 60 + Math.floor(random() * 200)): string {
  let left = budget;
  const node = (depth: number): string => {
    left--;
    if (depth > 12 || left <= 0 || random() < 0.15) {
      const text = random() < 0.2 ? pick(random, HOSTILE_TEXTS) : pick(random, vocabulary.texts);
      return escapeText(text);
    }
    const tag = pick(random, vocabulary.tags);
    const attributes = Array.from({ length: Math.floor(random() * 4) }, () => {
      const [name, value] = pick(random, vocabulary.attributes);
      return ` ${name}="${escapeAttribute(random() < 0.1 ? pick(random, HOSTILE_TEXTS) : value)}"`;
    }).join('');
    const children = Array.from({ length: Math.floor(random() * 5) }, () => node(depth + 1)).join('');
    return `<${tag}${attributes}>${children}</${tag}>`;
  };
  const meta = random() < 0.7 ? `<meta name="user-login" content="${escapeAttribute(pick(random, ['lin-ops', '', 'theo-qa', '<b>']))}">` : '';
  const title = escapeText(random() < 0.5 ? pick(random, vocabulary.texts) : 'Fix it by mona-dev · Pull Request #42 · acme/widget');
  let body = '';
  while (left > 0) body += node(0);
  return `<!DOCTYPE html><html><head><title>${title}</title>${meta}</head><body>${body}</body></html>`;
}

import { fill } from '../messages/fill';
/** The slice of Pagefind's browser API this box uses. */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  debouncedSearch(
    q: string,
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const MAX_RESULTS = 8;
let pagefind: Promise<Pagefind> | undefined;

/** Fetches Pagefind only on first use; a path kept opaque so Vite does not try to bundle it. */
function loadPagefind(): Promise<Pagefind> {
  // Under the site's base (BP_BASE, inlined by Vite), and so are the results' URLs.
  const base = import.meta.env.BASE_URL.replace(/\/*$/, '/');
  const url = `${base}pagefind/pagefind.js`;
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => {
    await pf.options({ excerptLength: 18, baseUrl: base });
    return pf;
  });
  return pagefind;
}

function resultItem(data: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = data.url;
  const title = document.createElement('span');
  title.className = 'result-title';
  title.textContent = data.meta.title ?? data.url;
  const excerpt = document.createElement('span');
  excerpt.className = 'result-excerpt';
  // Pagefind's excerpt is escaped page text with <mark> around the matches.
  excerpt.innerHTML = data.excerpt;
  a.append(title, excerpt);
  li.append(a);
  return li;
}

function wire(box: HTMLElement): void {
  const input = box.querySelector('input')!;
  const panel = box.querySelector<HTMLElement>('.search-panel')!;
  const status = box.querySelector<HTMLElement>('.search-status')!;
  const list = box.querySelector<HTMLElement>('.search-list')!;
  // The words come from the catalogue, rendered into data-msg-* at build time.
  const words = {
    unavailable: box.dataset['msgUnavailable'] ?? '',
    none: box.dataset['msgNone'] ?? '',
    one: box.dataset['msgOne'] ?? '',
    many: box.dataset['msgMany'] ?? '',
  };
  const close = (): void => {
    panel.hidden = true;
  };
  const links = (): HTMLAnchorElement[] => [...list.querySelectorAll('a')];

  async function run(query: string): Promise<void> {
    if (!query.trim()) {
      list.replaceChildren();
      status.textContent = '';
      close();
      return;
    }
    panel.hidden = false;
    try {
      const pf = await loadPagefind();
      const found = await pf.debouncedSearch(query);
      if (found === null) return; // superseded by a newer keystroke
      const data = await Promise.all(found.results.slice(0, MAX_RESULTS).map((r) => r.data()));
      if (input.value !== query) return;
      list.replaceChildren(...data.map(resultItem));
      const n = found.results.length;
      const template = n === 0 ? words.none : n === 1 ? words.one : words.many;
      status.textContent = fill(template, { query, count: String(n) });
    } catch {
      status.textContent = words.unavailable;
    }
  }

  input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
  input.addEventListener('input', () => void run(input.value));
  box.querySelector('form')!.addEventListener('submit', (e) => {
    e.preventDefault();
    links()[0]?.focus();
  });
  box.addEventListener('keydown', (e) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === 'Escape') {
      input.focus(); // first: focusing the box reopens the panel when it has results
      close();
    } else if (e.key === 'ArrowDown' && all.length) {
      e.preventDefault();
      panel.hidden = false;
      all[Math.min(at + 1, all.length - 1)]!.focus();
    } else if (e.key === 'ArrowUp' && at >= 0) {
      e.preventDefault();
      (at === 0 ? input : all[at - 1]!).focus();
    }
  });
  box.addEventListener('focusout', (e) => {
    if (!box.contains(e.relatedTarget as Node | null)) close();
  });
  input.addEventListener('focus', () => {
    if (list.childElementCount || status.textContent) panel.hidden = false;
  });
}

for (const box of document.querySelectorAll<HTMLElement>('[data-search]')) wire(box);

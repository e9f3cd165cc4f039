/**
 * Carries the reader's place across the language switch (src/components/chrome/LanguageSwitch.astro):
 * both editions share their heading, cell and exercise ids, so the other edition's page opens at
 * the same spot. A hash the reader has (a section, or a cell's state) goes as it is; without one,
 * the section heading last scrolled past. Only on click: nothing is stored.
 */
function sectionInView(): string {
  let id = '';
  for (const h of document.querySelectorAll<HTMLElement>('main h2[id], main h3[id]')) {
    if (h.getBoundingClientRect().top > 80) break;
    id = h.id;
  }
  return id ? `#${id}` : '';
}

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>(
    'a[data-language-switch]',
  );
  if (!link) return;
  const place = location.hash || sectionInView();
  if (place) link.href = link.href.replace(/#.*$/, '') + place;
});

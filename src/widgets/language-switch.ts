/**
 * Carries the reader's place across the language switch (src/components/chrome/LanguageSwitch.astro):
 * both editions share their heading, cell and exercise ids, so the hash the reader has (a section
 * reached from the contents, a cell's or an exercise's state) opens the other edition's page at the
 * same spot. Only on click: nothing is stored.
 */
document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>(
    'a[data-language-switch]',
  );
  if (link && location.hash) link.hash = location.hash;
});

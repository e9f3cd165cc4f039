/** The chapter list folds behind a disclosure button on narrow screens (Sidebar.astro). */
// Narrow screens: the chapter list folds behind a "Chapters" disclosure button.
for (const root of document.querySelectorAll<HTMLElement>('[data-sidebar]')) {
  const button = root.querySelector('button')!;
  const set = (open: boolean): void => {
    button.setAttribute('aria-expanded', String(open));
    root.classList.toggle('open', open);
  };
  button.addEventListener('click', () => set(button.getAttribute('aria-expanded') !== 'true'));
  root.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && root.classList.contains('open')) {
      set(false);
      button.focus();
    }
  });
}

export {}; // a module: its names stay its own

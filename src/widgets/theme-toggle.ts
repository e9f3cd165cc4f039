/**
 * The light/dark toggle (components/chrome/ThemeToggle.astro): aria-pressed follows the theme,
 * a click stores the choice, and with no choice stored the theme follows the system, live.
 */
const KEY = 'bp-theme';
const root = document.documentElement;
const system = matchMedia('(prefers-color-scheme: dark)');
const stored = (): string | null => {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
};
const apply = (theme: string): void => {
  root.dataset['theme'] = theme;
  for (const b of document.querySelectorAll('[data-theme-toggle]')) {
    b.setAttribute('aria-pressed', String(theme === 'dark'));
  }
};
apply(root.dataset['theme'] === 'dark' ? 'dark' : 'light');
for (const b of document.querySelectorAll('[data-theme-toggle]')) {
  b.addEventListener('click', () => {
    const next = root.dataset['theme'] === 'dark' ? 'light' : 'dark';
    try {
      localStorage.setItem(KEY, next);
    } catch {
      /* private mode: the choice lasts for this page only */
    }
    apply(next);
  });
}
system.addEventListener('change', (e) => {
  if (!stored()) apply(e.matches ? 'dark' : 'light');
});
addEventListener('storage', (e) => {
  if (e.key === KEY && e.newValue) apply(e.newValue);
});

export {}; // a module: its names stay its own

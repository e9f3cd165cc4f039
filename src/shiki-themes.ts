/**
 * The Shiki themes used everywhere code is highlighted (Markdown fences and `<Code>`).
 * The `-default` GitHub themes are the ones that pass WCAG AA contrast; one `as const`
 * object keeps `astro check` happy in both places.
 */
export const shikiThemes = {
  light: 'github-light-default',
  dark: 'github-dark-default',
} as const;

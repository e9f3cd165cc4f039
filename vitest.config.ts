/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    // The words a reader sees: the English catalogue, as the build selects it for every page.
    setupFiles: ['tests/setup/catalogue.ts'],
    include: [
      'tests/unit/**/*.test.ts',
      'tests/property/**/*.test.ts',
      'tests/snapshots/**/*.test.ts',
    ],
  },
});

import { describe, expect, it } from 'vitest';
import { dedupeStyles } from '../../../src/lib/dedupe-styles';

describe('dedupeStyles', () => {
  it('keeps the first of each repeated stylesheet link or style block, in order', () => {
    const page =
      '<head><link rel="stylesheet" href="/a.css"><style>.x{}</style>' +
      '<link rel="stylesheet" href="/b.css"><link rel="stylesheet" href="/a.css">' +
      '<style>.x{}</style><style>.y{}</style></head>';
    expect(dedupeStyles(page)).toBe(
      '<head><link rel="stylesheet" href="/a.css"><style>.x{}</style>' +
        '<link rel="stylesheet" href="/b.css"><style>.y{}</style></head>',
    );
  });
});

import { describe, expect, it } from 'vitest';
import {
  indexAndOneHotDx,
  indexLabelsTable,
  INDEX_LABELS_EXAMPLE,
} from '../../../../src/render/classifier/index-labels-table';

describe('index labels against one-hot rows', () => {
  it('gives the same dx, entry for entry, for the chapter’s batch', () => {
    const { byIndex, byOneHot } = indexAndOneHotDx(
      INDEX_LABELS_EXAMPLE.logits,
      INDEX_LABELS_EXAMPLE.labels,
    );
    expect(byIndex).toEqual(byOneHot);
    // Row 0, class 2 is the true class: (0.7366 − 1) / 2.
    expect(byIndex[2]).toBeCloseTo(-0.1317, 4);
  });

  it('renders six entries, each with a difference of 0', () => {
    const html = indexLabelsTable();
    expect(html.match(/<tr><th scope="row">/g)).toHaveLength(6);
    expect(html).toContain('<th scope="row">0, 2</th>');
    const diffs = [...html.matchAll(/<td>(?:(?!<td>).)*?<\/td><\/tr>/g)].map((m) => m[0]);
    expect(diffs).toHaveLength(6);
    for (const d of diffs) expect(d).toMatch(/value="0"/);
  });
});

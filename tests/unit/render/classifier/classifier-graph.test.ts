import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import {
  CLASSIFIER_EDGES,
  classifierGraphSvg,
  classifierGraphTable,
} from '../../../../src/render/classifier/classifier-graph';

const doc = (html: string): Document =>
  parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as unknown as Document;

describe('classifier graph', () => {
  const d = doc(classifierGraphSvg('c1', 'The classifier'));

  it('labels each wire with its shape: forward above, gradient below, same shape', () => {
    const edges = [...d.querySelectorAll('.bp-edge')];
    expect(edges).toHaveLength(3);
    edges.forEach((g, i) => {
      const fwd = g.querySelector('.bp-fwd-label')!;
      const bwd = g.querySelector('.bp-bwd-label')!;
      expect(fwd.textContent).toBe(CLASSIFIER_EDGES[i]!.forward);
      expect(bwd.textContent).toBe(CLASSIFIER_EDGES[i]!.backward);
      // SVG y grows downward: "above" means a smaller y.
      expect(Number(fwd.getAttribute('y'))).toBeLessThan(Number(bwd.getAttribute('y')));
    });
    expect(edges.map((g) => g.querySelector('.bp-fwd-label')!.textContent)).toEqual([
      'X: N × D',
      'Y: N × M',
      'L: 1 × 1',
    ]);
  });

  it('draws forward lines pointing right and gradient lines pointing left', () => {
    for (const g of d.querySelectorAll('.bp-edge')) {
      const f = g.querySelector('line.bp-fwd')!;
      const b = g.querySelector('line.bp-bwd')!;
      expect(Number(f.getAttribute('x2'))).toBeGreaterThan(Number(f.getAttribute('x1')));
      expect(Number(b.getAttribute('x2'))).toBeLessThan(Number(b.getAttribute('x1')));
      expect(f.getAttribute('marker-end')).toBe('url(#c1-fwd)');
      expect(b.getAttribute('marker-end')).toBe('url(#c1-bwd)');
    }
  });

  it('names the layers and their parameters, and has an accessible title', () => {
    const text = d.querySelector('svg')!.textContent!;
    expect(text).toContain('Affine');
    expect(text).toContain('W: D × M, b: 1 × M');
    expect(text).toContain('Softmax-with-Loss');
    expect(d.querySelector('svg')!.getAttribute('aria-labelledby')).toBe('c1-graph-title');
    expect(d.getElementById('c1-graph-title')!.textContent).toBe('The classifier');
  });

  it('has a table alternative with one row per wire', () => {
    const t = doc(classifierGraphTable('Wires'));
    expect(t.querySelectorAll('tbody tr')).toHaveLength(3);
    expect(t.querySelector('tbody tr td:nth-child(4)')!.textContent).toBe('dX: N × D');
  });
});

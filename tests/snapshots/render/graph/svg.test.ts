/** Golden SVGs of the graph renderer (see ../../golden.ts). */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  evaluate,
  shoppingGraph,
  SHOPPING_LEAVES,
  sigmoidGraph,
} from '../../../../src/core/graph/index';
import { graphSvg } from '../../../../src/render/graph/svg';
import { graphView } from '../../../../src/render/graph/to-view';
import mulNode from '../../../../src/render/cells/mul-node';
import { expectGolden } from '../../golden';

const dir = fileURLToPath(new URL('./goldens/', import.meta.url));

/** The drawing, one tag a line so a difference reads well. */
const golden = (name: string, svg: string): void =>
  expectGolden(`${dir}${name}.svg`, svg.replace(/></g, '>\n<') + '\n');

describe('graph SVG goldens', () => {
  it('shopping', () => {
    const g = shoppingGraph();
    golden(
      'shopping',
      graphSvg(graphView(g, evaluate(g, SHOPPING_LEAVES)), 'shopping', 'Shopping'),
    );
  });

  it('sigmoid at x = 0.5', () => {
    const g = sigmoidGraph();
    golden('sigmoid', graphSvg(graphView(g, evaluate(g, { x: 0.5 })), 'sig', 'Sigmoid'));
  });

  it('multiply node with dout 1.3', () => {
    const r = mulNode.compute({ x: 2, y: 3, dout: 1.3 });
    golden('mul-node', graphSvg(mulNode.graph!(r), 'mul', 'Multiply node'));
  });

  it('puts every forward label above its edge and every gradient below it', () => {
    const g = shoppingGraph();
    const svg = graphSvg(graphView(g, evaluate(g, SHOPPING_LEAVES)), 's', 'S');
    const edges = svg.match(/<g class="bp-edge"[^]*?<\/g>/g)!;
    expect(edges).toHaveLength(9);
    for (const e of edges) {
      const y = (cls: string) =>
        Number(e.match(new RegExp(`class="${cls}" x="[^"]+" y="([^"]+)"`))![1]);
      expect(y('bp-fwd-label')).toBeLessThan(y('bp-bwd-label'));
      expect(e).toContain('marker-end="url(#s-fwd)"');
      expect(e).toContain('marker-end="url(#s-bwd)"');
    }
    // Coordinates are rounded to 0.1 px, so goldens don't churn on float noise.
    expect(svg).not.toMatch(/\b(?:x|y|x1|y1|x2|y2|cx|cy)="[^"]*\.\d{2,}"/);
  });
});

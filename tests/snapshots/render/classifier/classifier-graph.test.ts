import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';
import { classifierGraphSvg } from '../../../../src/render/classifier/classifier-graph';
import { expectGolden } from '../../golden';

const golden = fileURLToPath(new URL('./goldens/classifier-graph.svg', import.meta.url));

describe('classifier graph figure', () => {
  it('matches its golden SVG (on a difference, writes classifier-graph-changed.svg to review)', () => {
    const svg = `${classifierGraphSvg('classifier', 'X through Affine and Softmax-with-Loss to L')}\n`;
    expectGolden(golden, svg);
  });
});

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classifierGraphSvg } from '../../src/render/classifier/classifier-graph';

const golden = fileURLToPath(new URL('./goldens/classifier-graph.svg', import.meta.url));
const changed = golden.replace(/\.svg$/, '-changed.svg');

describe('classifier graph figure', () => {
  it('matches its golden SVG (on a difference, writes classifier-graph-changed.svg to review)', () => {
    const svg = `${classifierGraphSvg('classifier', 'X through Affine and Softmax-with-Loss to L')}\n`;
    if (!existsSync(golden)) writeFileSync(golden, svg);
    const want = readFileSync(golden, 'utf8');
    if (svg !== want) writeFileSync(changed, svg);
    expect(svg).toBe(want);
  });
});

import { test } from 'vitest';
import { seededDraw } from '../../../src/core/exercises/seeded-draw';
import { LAYER_BUGS } from '../../../src/core/net/planted-bugs';
import { blamesOnlyTheBug } from '../../../src/core/exercises/layer-bug';
import { Matrix } from '../../../src/core/matrix';
test('x', () => {
  // count acceptance per bug
  for (const bug of LAYER_BUGS) {
    let ok = 0; let first = -1;
    for (let s = 0; s < 300; s++) {
      const draw = seededDraw(s);
      const n = draw.int(2, 3);
      const p: any = bug.startsWith('affine') ? { bug, layer: 'affine', X: Matrix.from(draw.grid(n, 2, -3, 3)), W: Matrix.from(draw.grid(2, 2, -3, 3)), b: Matrix.from(draw.grid(1, 2, -3, 3)), dY: Matrix.from(draw.grid(n, 2, -3, 3)) }
       : { bug, layer: 'softmax', x: Matrix.build(n, 3, () => draw.tenth(-2, 2)), labels: Array.from({ length: n }, () => draw.int(0, 2)) };
      if (blamesOnlyTheBug(p)) { ok++; if (first < 0) first = s; }
    }
    console.log(bug, ok, first);
  }
});

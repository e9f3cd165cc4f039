import { it } from 'vitest';
import relu from '../../src/render/cells/relu';
import sig from '../../src/render/cells/sigmoid';
it('s', () => {
const r = relu.compute({x:[[1,-0.5],[-2,3]], dout:[[1e200,2],[3,4]]});
console.log(r.wholeError, r.maxError, r.agree, r.error);
const s = sig.compute({x:1, dout:1e200});
console.log(s.error, s.agree, s.numeric, s.dx);
});

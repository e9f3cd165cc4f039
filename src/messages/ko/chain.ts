/** The chain rule cells (chapters 3 and 5) and the kit's matrix test bench. */
import type { AreaWords } from '../catalogue';

export const chain: AreaWords<'chain'> = {
  /** A field named by its symbol alone. */
  'chain.x': 'x',
  'chain.upstreamDout': '상류에서 전해진 미분 dout',

  /** L = (x² + 1)³ as three nodes. */
  'chain.enterX': 'x에 숫자를 입력해야 한다.',
  'chain.tooLarge': '이 x로는 (x² + 1)³이 너무 커서 계산할 수 없다. |x|를 1e50보다 작게 해 보자.',
  'chain.checkFormula': '확인: 3(x² + 1)² · 2x',
  'chain.checkNumerical': '확인: 중심 차분',
  'chain.node.x': '입력 x',
  'chain.node.square': '제곱 노드, 결과 t',
  'chain.node.plusOne': '1을 더하는 노드, 결과 u',
  'chain.node.cube': '세제곱 노드, 결과 L',
  'chain.node.L': '출력 L',
  /** One backward step: the gradient sent to `input` is upstream × local. */
  'chain.step.product': ({ input, upstream, local, result }) =>
    `${input} 쪽으로 ${upstream} × ${local} = ${result}`,

  /** The kit's matrix test bench. */
  'chain.matrix.weights': '가중치 W',
  'chain.matrix.inputs': '입력 X',
  'chain.matrix.reduce': '곱을 합치는 방법',
  'chain.matrix.sum': '합',
  'chain.matrix.mean': '평균',
  'chain.matrix.mismatch': ({ x, w }) =>
    `X의 형상은 ${x}, W의 형상은 ${w}이다. 둘의 형상이 같아야 한다.`,
};

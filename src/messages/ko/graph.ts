/** Computational graphs: node names and descriptions, edge titles, the edge table, step texts. */
import type { AreaWords } from '../catalogue';

const LARGEST = '컴퓨터가 나타낼 수 있는 가장 큰 수(약 1.8e308)';

export const graph: AreaWords<'graph'> = {
  /** Reader names of graph nodes, by node id (see src/render/graph/node-names.ts). */
  'graph.node.applePrice': '사과 가격',
  'graph.node.appleCount': '사과 개수',
  'graph.node.orangePrice': '귤 가격',
  'graph.node.orangeCount': '귤 개수',
  'graph.node.tax': '소비세',
  'graph.node.appleCost': '사과 금액',
  'graph.node.orangeCost': '귤 금액',
  'graph.node.subtotal': '소계',
  'graph.node.payment': '지불 금액',

  /** Operation names, as a screen reader hears a node: "multiply node ①, gives …". */
  'graph.op.add': '덧셈',
  'graph.op.mul': '곱셈',
  'graph.op.neg': '−1을 곱하는',
  'graph.op.exp': '지수 함수(exp)',
  'graph.op.add1': '1을 더하는',
  'graph.op.recip': '역수',
  'graph.op.sum': '합',
  'graph.op.div': '나눗셈',
  'graph.op.log': '자연로그',

  'graph.inputNode': ({ name }) => `입력 ${name}`,
  'graph.outputNode': ({ name }) => `출력 ${name}`,
  /** `tag` is the figure's node number ("①") or empty. */
  'graph.opNode': ({ op, tag, gives }) => `${op} 노드${tag ? ` ${tag}` : ''}, 결과 ${gives}`,
  'graph.stepTo': (p) => `${p.input} 쪽으로 ${p.dout} × ${p.local} = ${p.product}`,

  // Numbers a graph can't show (issue 12, extremes): words in place of ∞ and NaN.
  'graph.overflow': '오버플로',
  'graph.noValue': '값 없음',
  'graph.stepToOverflow': ({ input }) =>
    `${input} 쪽으로는 값 없음(곱하는 인수 하나가 오버플로해서 ${LARGEST}를 넘었다)`,
  'graph.localOverflow': ({ op }) => `${op} 노드의 국소적 미분이 오버플로해서 ${LARGEST}를 넘었다`,
  'graph.edgeForward': ({ value }) => `순전파 ${value}`,
  'graph.edgeForwardExact': ({ value }) => `순전파 정확한 값: ${value}`,
  'graph.edgeGradient': ({ value }) => `기울기 ${value}`,
  'graph.edgeGradientExact': ({ value }) => `기울기 정확한 값: ${value}`,

  'graph.table.from': '출발 노드',
  'graph.table.to': '도착 노드',
  'graph.table.value': '순전파 값',
  'graph.table.gradient': '역전파 기울기',

  /** The one-node cells of chapter 3 (src/render/graph-cell/binary-node.ts). */
  'graph.field.x': 'x',
  'graph.field.y': 'y',
  'graph.field.dout': '상류에서 전해진 미분 dout',
};

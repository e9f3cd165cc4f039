/**
 * The exercises of chapter 3, the chain rule: prompts, working steps and hints. Part of the
 * `exercises2` area (../exercises2.ts).
 */
import type { AreaWords } from '../../catalogue';
import type { chain as english } from '../../en/exercises2/chain';

export const chain: Pick<AreaWords<'exercises2'>, keyof typeof english> = {
  // ---- Chapter 3: the add node.
  'ex.chain.addNode.prompt': ({ x, y, dout }) =>
    `덧셈 노드가 z = x + y를 계산했다. 이때 x = ${x}, y = ${y}이다. 오른쪽(상류)에서 전해진 미분은 dout = ${dout}이다. 이 노드가 x 쪽으로 돌려보내는 기울기 dx는 얼마일까?`,
  'ex.chain.addNode.work.local':
    '덧셈 노드의 국소적 미분은 두 입력 모두 1이다. 곧 ∂z/∂x = ∂z/∂y = 1이다.',
  'ex.chain.addNode.work.product': ({ dout, dx }) =>
    `따라서 dx = dout × 1 = ${dout} × 1 = ${dx}이다. x와 y의 값은 아무 역할도 하지 않는다.`,
  'ex.chain.addNode.hint.forward':
    '입력한 값은 순전파의 값 z = x + y이다. 역전파에서 노드는 상류에서 전해진 미분에 국소적 미분을 곱해 보낸다.',
  'ex.chain.addNode.hint.multiply':
    '입력한 값은 곱셈 노드의 규칙인 dout × y이다. 덧셈 노드의 국소적 미분은 1이므로 dout을 그대로 흘려보낸다.',
  'ex.chain.addNode.hint.local':
    '1은 국소적 미분일 뿐이다. 여기에 상류에서 전해진 미분 dout을 곱하자.',

  // ---- Chapter 3: the multiply node.
  'ex.chain.mulNode.prompt': ({ x, y, dout }) =>
    `곱셈 노드가 z = x · y를 계산했다. 이때 x = ${x}, y = ${y}이고, 상류에서 전해진 미분은 dout = ${dout}이다. 이 노드가 x 쪽으로 돌려보내는 기울기 dx는 얼마일까?`,
  'ex.chain.mulNode.work.local': ({ y }) =>
    `z = x · y를 x로 미분한 국소적 미분은 다른 쪽 입력이다. 곧 ∂z/∂x = y = ${y}이다.`,
  'ex.chain.mulNode.work.product': ({ dout, y, dx }) =>
    `따라서 dx = dout · y = ${dout} × ${y} = ${dx}이다.`,
  'ex.chain.mulNode.hint.unswapped':
    '입력한 값은 dout · x이다. 곱셈 노드는 입력을 서로 바꿔 곱한다. x가 받는 값은 dout에 다른 쪽 입력 y를 곱한 것이다.',
  'ex.chain.mulNode.hint.noUpstream':
    '입력한 값은 국소적 미분 y뿐이다. 여기에 상류에서 전해진 미분 dout을 곱하자.',
  'ex.chain.mulNode.hint.forward':
    '입력한 값은 순전파의 값 z = x · y이다. 문제는 x 쪽으로 돌려보내는 기울기를 묻는다.',
  'ex.chain.mulNode.hint.addRule':
    '입력한 값은 덧셈 노드처럼 dout을 그대로 흘려보낸 것이다. 곱셈 노드는 dout에 다른 쪽 입력을 곱한다.',

  // ---- Chapter 3: the chain rule on L = (x + y)².
  'ex.chain.squareOfSum.prompt': ({ x, y }) =>
    `L = (x + y)²을 두 노드로 계산한다. 먼저 t = x + y를 구하고, 다음에 L = t²을 구한다. x = ${x}, y = ${y}일 때 ∂L/∂x는 얼마일까?`,
  'ex.chain.squareOfSum.work.forward': ({ t, L }) => `순전파: t = x + y = ${t}, L = t² = ${L}.`,
  'ex.chain.squareOfSum.work.square': ({ dt }) =>
    `제곱 노드의 국소적 미분은 2t = ${dt}이다. ∂L/∂L = 1에서 시작하므로, 이 노드가 돌려보내는 값은 ∂L/∂t = 1 × ${dt} = ${dt}이다.`,
  'ex.chain.squareOfSum.work.add': ({ dt, dx }) =>
    `덧셈 노드의 국소적 미분은 1이므로 ∂L/∂x = ${dt} × 1 = ${dx}이다.`,
  'ex.chain.squareOfSum.hint.value':
    '입력한 값은 순전파의 값 L 자체다. 문제는 x가 변할 때 L이 얼마나 빠르게 변하는지를 묻는다.',
  'ex.chain.squareOfSum.hint.noTwo':
    '입력한 값은 t = x + y이다. 제곱 노드의 국소적 미분은 t가 아니라 2t이다.',
  'ex.chain.squareOfSum.hint.onlyX':
    '입력한 값은 x²만 미분한 2x이다. 제곱 노드의 입력은 t = x + y이므로 국소적 미분은 2t이다.',
  'ex.chain.squareOfSum.hint.noT':
    '입력한 값은 2t에서 t를 빼먹은 2이다. t = x + y를 넣어 2t를 계산하자.',

  // ---- Chapter 3: a value used twice.
  'ex.chain.branchSum.prompt': ({ x, y, z }) =>
    `L = y · x + x · z에서 입력 x는 곱셈 노드 두 개로 들어간다. x = ${x}, y = ${y}, z = ${z}일 때 ∂L/∂x는 얼마일까?`,
  'ex.chain.branchSum.work.path1': ({ path1 }) =>
    `경로 ①(y · x)은 상류에서 전해진 미분 1에 다른 쪽 입력 y를 곱해 x로 보낸다. 그 값은 ${path1}이다.`,
  'ex.chain.branchSum.work.path2': ({ path2 }) =>
    `경로 ②(x · z)는 상류에서 전해진 미분 1에 z를 곱해 x로 보낸다. 그 값은 ${path2}이다.`,
  'ex.chain.branchSum.work.sum': ({ path1, path2, dx }) =>
    `두 경로가 x에서 만나므로 기울기를 더한다. ∂L/∂x = ${path1} + ${path2} = ${dx}이다.`,
  'ex.chain.branchSum.hint.onePath':
    '입력한 값은 한 경로가 보내는 값이다. x는 두 번 쓰였으므로 두 경로가 돌려보내는 값을 더해야 한다.',
  'ex.chain.branchSum.hint.product':
    '입력한 값은 두 경로의 기울기를 곱한 것이다. 거꾸로 가는 길에 경로가 만나면 기울기를 더한다.',
  'ex.chain.branchSum.hint.value':
    '입력한 값은 순전파의 값 L이다. 문제는 x에 대한 L의 기울기를 묻는다.',
};

/**
 * The exercises of chapter 5, activation layers, and the find-the-bug gradient check table. Part
 * of the `exercises2` area (../exercises2.ts).
 */
import type { AreaWords } from '../../catalogue';
import type { activation as english } from '../../en/exercises2/activation';

export const activation: Pick<AreaWords<'exercises2'>, keyof typeof english> = {
  // ---- Chapter 5: ReLU backward.
  'ex.activation.relu.prompt': ({ x, dout, k }) =>
    `ReLU 계층이 x = ${x}에 대해 순전파를 마쳤다. 상류에서 전해진 미분은 dout = ${dout}이다. dx의 ${k}번째 원소(1부터 센다)는 얼마일까?`,
  'ex.activation.relu.work.mask': ({ mask }) =>
    `forward는 x ≤ 0인 자리를 1로 표시한 마스크를 저장해 두었다. 마스크는 ${mask}이다.`,
  'ex.activation.relu.work.open': ({ k, x, dout }) =>
    `${k}번째 원소는 x = ${x} > 0이므로 기울기가 그대로 통과한다. dx = dout = ${dout}이다.`,
  'ex.activation.relu.work.shut': ({ k, x }) =>
    `${k}번째 원소는 x = ${x} ≤ 0이므로 마스크가 막는다. dx = 0이다.`,
  'ex.activation.relu.work.row': ({ dx }) => `행 전체는 dx = ${dx}이다.`,
  'ex.activation.relu.hint.blockedOpen':
    '그 원소에서는 x가 양수라서 문이 열려 있고, dout이 그대로 통과한다.',
  'ex.activation.relu.hint.ignoredMask':
    '그 원소에서는 x ≤ 0이라서 마스크가 막고, 거꾸로 흐르는 것이 없다.',
  'ex.activation.relu.hint.timesX':
    'ReLU의 국소적 미분은 1 아니면 0이고, x가 되는 일은 없다. dout은 그대로 통과하거나 아예 통과하지 못한다.',
  'ex.activation.relu.hint.kinkHalf':
    'dout의 절반은 꺾인 점에서 중심 차분이 내놓는 값이다. 이 계층의 마스크는 x = 0을 닫힌 것으로 보고 0을 보낸다.',

  // ---- Chapter 5: sigmoid backward.
  'ex.activation.sigmoid.prompt': ({ x, y, dout }) =>
    `시그모이드 계층의 순전파에서 입력은 x = ${x}, 출력은 y = ${y}이다. 상류에서 전해진 미분은 dout = ${dout}이다. dx는 얼마일까?`,
  'ex.activation.sigmoid.work.local': ({ y, oneMinusY, local }) =>
    `국소적 미분은 출력만으로 구할 수 있다. y(1 − y) = ${y} × ${oneMinusY} = ${local}이다.`,
  'ex.activation.sigmoid.work.product': ({ dout, local, dx }) =>
    `따라서 dx = dout · y(1 − y) = ${dout} × ${local} = ${dx}이다.`,
  'ex.activation.sigmoid.hint.usedX':
    '입력한 값은 y 자리에 x를 넣어 계산한 것이다. 공식은 계층의 출력 y를 쓰는 dout · y(1 − y)이다.',
  'ex.activation.sigmoid.hint.noUpstream': '입력한 값은 y(1 − y)뿐이다. 여기에 dout을 곱하자.',
  'ex.activation.sigmoid.hint.forgotOneMinusY': '입력한 값은 dout · y이다. 인수 (1 − y)가 빠졌다.',
  'ex.activation.sigmoid.hint.forgotY': '입력한 값은 dout · (1 − y)이다. 인수 y가 빠졌다.',

  // ---- Chapter 5: predict ReLU where x < 0.
  'ex.activation.negative.prompt': ({ x, dout }) =>
    `ReLU 계층이 x = ${x}에 대해 순전파를 마쳤다. 상류에서 전해진 미분은 dout = ${dout}이다. 실행하기 전에 예측해 보자. x < 0인 원소에는 backward가 무엇을 돌려보낼까?`,
  'ex.activation.negative.option.unchanged': '그 원소에는 dout이 그대로 전달된다',
  'ex.activation.negative.option.zero': '그 원소에는 0이 전달된다',
  'ex.activation.negative.option.flipped': '그 원소에는 부호를 뒤집은 dout이 전달된다',
  'ex.activation.negative.option.scaled': '그 원소에는 dout에 x를 곱한 값이 전달된다',
  'ex.activation.negative.reveal': ({ dx }) =>
    `실행해 보면 backward가 반환한 값은 dx = ${dx}이다. x < 0인 원소는 모두 0이다.`,
  'ex.activation.negative.work':
    'x ≤ 0인 곳에서는 x가 움직여도 ReLU의 출력이 움직이지 않는다. 국소적 미분이 0이므로 그곳에서는 dx = dout · 0 = 0이다. forward에서 만든 마스크가 그 원소들을 기억해 둔다.',
  'ex.activation.negative.hint.unchanged': '그렇게 되는 곳은 문이 열려 있는 곳, 곧 x > 0인 원소다.',
  'ex.activation.negative.hint.flipped':
    '0의 왼쪽에서 ReLU의 기울기는 −1이 아니라 0이다. 출력이 전혀 움직이지 않는다.',
  'ex.activation.negative.hint.scaled': 'ReLU의 국소적 미분은 1 아니면 0이고, x가 되는 일은 없다.',

  // ---- Chapter 5: find the bug in a Sigmoid.
  'ex.activation.sigmoidBug.prompt': ({ x, dout }) =>
    `이 Sigmoid 계층에는 잘못된 줄이 하나 있다. x = ${x}, dout = ${dout}에서 기울기 확인을 실행한 뒤 잘못된 줄을 고르자.`,
  'ex.activation.sigmoidBug.work.check': ({ error }) =>
    `확인 결과가 어긋난다. backward와 중심 차분의 값이 서로 다르고, 상대 오차는 ${error}이다.`,
  'ex.activation.sigmoidBug.work.usesX':
    '기울기는 dout · y(1 − y)이고, y는 계층의 출력이다. 잘못된 줄은 저장해 둔 입력 this.input을 읽으므로 backward가 dout · x(1 − x)를 계산한다. this.out을 읽어야 한다.',
  'ex.activation.sigmoidBug.work.forgotY':
    '기울기는 dout · y(1 − y)이다. 잘못된 줄은 d * (1 - v)를 계산해 인수 y를 빠뜨린다. d * v * (1 - v)여야 한다.',
  'ex.activation.sigmoidBug.hint.storeInput':
    'x를 저장하면 메모리는 더 들지만 계산되는 숫자는 달라지지 않는다. 기울기 확인은 숫자를 비교하므로, 틀린 숫자를 계산하는 줄을 찾아보자.',
  'ex.activation.sigmoidBug.hint.forwardLine':
    'forward는 맞다. y = σ(x)를 계산해 저장하고 반환한다.',
  'ex.activation.sigmoidBug.hint.readSaved':
    '그 줄은 저장해 둔 출력 this.out을 읽는다. backward에 필요한 값이 바로 그것이다.',
  'ex.activation.sigmoidBug.hint.product':
    '그 줄은 y에 담긴 값으로 올바른 공식 d · v(1 − v)를 계산한다. 그렇다면 y는 어디서 왔을까?',

  // ---- The gradient check table of the find-the-bug exercises.
  'ex.check.caption': '기울기 확인',
  'ex.check.entry': '입력',
  'ex.check.backward': 'backward',
  'ex.check.numerical': '중심 차분',
  'ex.check.verdict': '판정',
  'ex.check.agrees': '일치',
  'ex.check.disagrees': '불일치',
};

/** Chapters 1 and 2's exercises (issue 16, part E1): prompts, workings and hints, whole sentences. */
import type { AreaWords } from '../catalogue';

export const exercises1: AreaWords<'exercises1'> = {
  // Chapter 1, central difference (src/render/exercises/central-difference.ts).
  'ex1.cd.prompt': ({ a, w, h }) =>
    `f(w) = ${a}·w³이라 하자. 폭 h = ${h}인 중심 차분 (f(w + h) − f(w − h)) / 2h로 w = ${w}에서의 기울기를 추정하라.`,
  'ex1.cd.stepUp': ({ a, wh, up }) => `f(${wh}) = ${a} · (${wh})³ = ${up}.`,
  'ex1.cd.stepDown': ({ a, wh, down }) => `f(${wh}) = ${a} · (${wh})³ = ${down}.`,
  'ex1.cd.stepDivide': ({ up, down, twoH, estimate }) =>
    `(${up} − (${down})) / ${twoH} = ${estimate}.`,
  'ex1.cd.stepCompare': ({ exact, gap }) =>
    `정확한 도함수 3·a·w²의 값은 ${exact}이다. 폭이 이렇게 크면 추정값이 a·h² = ${gap}만큼 어긋난다. 책의 기울기 확인에서 h = 0.00001을 쓰는 이유가 여기에 있다.`,
  'ex1.cd.hintExact': ({ exact }) =>
    `입력한 값은 정확한 도함수 값(${exact})이다. 문제가 묻는 것은 이 폭으로 계산한 중심 차분이고, 그 값은 도함수와 다르다. f(w + h)와 f(w − h)를 계산해 보자.`,
  'ex1.cd.hintForward':
    '입력한 값은 한쪽으로만 나아간 전방 차분 (f(w + h) − f(w)) / h이다. 중심 차분은 양쪽으로 한 걸음씩 나아가 f(w + h) − f(w − h)를 계산한다.',
  'ex1.cd.hintNoTwo': '두 점은 2h만큼 떨어져 있다. 차이를 h가 아니라 2h로 나누자.',

  // Chapter 1, forward passes for one numerical gradient (forward-passes.ts).
  'ex1.fp.prompt': ({ inputs, hidden, classes }) =>
    `입력 ${inputs}개, 은닉 유닛 ${hidden}개, 클래스 ${classes}개인 신경망이 있다. Affine 계층 두 개로 이루어져 있고, 각 계층에는 가중치와 편향이 있다. 중심 차분으로 기울기를 한 번 구하려면 순전파를 몇 번 해야 할까?`,
  'ex1.fp.stepCount': ({ inputs, hidden, classes, w1, b1, w2, b2, parameters }) =>
    `매개변수를 세어 보면 W1은 ${inputs} × ${hidden} = ${w1}개, b1은 ${b1}개, W2는 ${hidden} × ${classes} = ${w2}개, b2는 ${b2}개로, 모두 ${parameters}개다.`,
  'ex1.fp.stepPasses': ({ parameters, passes }) =>
    `매개변수마다 값을 조금 올려서 한 번, 조금 내려서 한 번 순전파를 한다. 따라서 순전파는 2 × ${parameters} = ${passes}번이다.`,
  'ex1.fp.hintOne': ({ parameters }) =>
    `입력한 값은 매개변수의 수(${parameters}개)이다. 매개변수 하나마다 순전파가 두 번 필요하다. 값을 조금 올려서 한 번, 조금 내려서 한 번이다.`,
  'ex1.fp.hintBiases':
    '편향도 세야 한다. 은닉 유닛과 클래스마다 편향이 하나씩 있고, 편향 하나하나가 매개변수이므로 저마다 순전파가 두 번씩 필요하다.',

  // Chapter 1, predict: how backprop's cost grows (backprop-growth.ts).
  'ex1.bg.prompt': ({ small, large }) =>
    `신경망의 매개변수가 ${small}개에서 ${large}개로 늘었다. 더 읽기 전에 예측해 보자. 역전파로 기울기를 한 번 구하는 데 필요한 계산 횟수는 어떻게 달라질까?`,
  'ex1.bg.same': '그대로다. 크기와 상관없이 순전파 한 번과 역방향 계산 한 번이면 된다.',
  'ex1.bg.linear': '매개변수 수에 비례해서 늘어난다.',
  'ex1.bg.square': '매개변수 수의 제곱에 비례해서 늘어난다.',
  'ex1.bg.reveal': ({ small, large, numSmall, numLarge, bpSmall, bpLarge }) =>
    `비용 모델로 세어 보면, 매개변수가 ${small}개일 때 중심 차분은 순전파가 ${numSmall}번 필요하고 역전파는 ${bpSmall}번(순전파 한 번, 역방향 계산 한 번)이면 된다. 매개변수가 ${large}개일 때는 ${numLarge}번 대 ${bpLarge}번이다.`,
  'ex1.bg.stepNumerical': ({ factor }) =>
    `중심 차분은 매개변수 하나당 순전파가 2번 필요하다. 그래서 매개변수가 ${factor}배로 늘면 계산 횟수도 ${factor}배가 된다.`,
  'ex1.bg.stepBackprop':
    '역전파는 매개변수가 몇 개든 순전파 한 번과 역방향 계산 한 번이면 된다. 신경망이 커지면 계산 한 번 한 번은 길어지지만, 그 횟수는 변하지 않는다.',
  'ex1.bg.hintLinear':
    '그렇게 늘어나는 것은 중심 차분이다. 매개변수 하나당 순전파가 두 번씩 필요하기 때문이다. 역전파는 역방향으로 한 번 훑어서 모든 편미분을 얻는다.',
  'ex1.bg.hintSquare':
    '중심 차분의 계산량은 대략 P²에 비례해서 늘어난다. 2P번의 순전파 하나하나도 함께 길어지기 때문이다. 이번에는 역전파의 계산 횟수를 세어 보자.',

  // Chapter 1, cost ratio (cost-ratio.ts).
  'ex1.cr.prompt': ({ parameters, k }) =>
    `매개변수가 ${parameters}개인 신경망이 있고, 역방향 계산 한 번의 비용은 순전파 ${k}번과 같다. 순전파 횟수로 따지면, 중심 차분으로 기울기를 한 번 구하는 비용은 역전파로 구하는 비용의 몇 배일까?`,
  'ex1.cr.stepNumerical': ({ parameters, numerical }) =>
    `중심 차분: 순전파 2 × ${parameters} = ${numerical}번.`,
  'ex1.cr.stepBackprop': ({ k, backprop }) =>
    `역전파: 순전파 한 번에 순전파 ${k}번 몫의 역방향 계산 한 번을 더해 1 + ${k} = ${backprop}번.`,
  'ex1.cr.stepRatio': ({ numerical, backprop, ratio }) =>
    `${numerical} / ${backprop} = ${ratio}배.`,
  'ex1.cr.hintOnePass':
    '입력한 값은 역전파를 계산 한 번으로 센 것이다. 역전파에는 순전파와 역방향 계산이 모두 필요하고, 이 문제에서는 역방향 계산 한 번이 순전파 한 번보다 비싸다.',
  'ex1.cr.hintNoTwo':
    '중심 차분은 매개변수 하나당 순전파가 두 번 필요하다. 값을 조금 올려서 한 번, 조금 내려서 한 번이다.',
  'ex1.cr.hintNoForward':
    '역전파는 거꾸로 계산하기 전에 먼저 신경망을 순방향으로 한 번 계산한다. 그 순전파도 세어야 한다.',

  // Chapter 2, the shopping trip with fresh numbers (shopping-*.ts).
  'ex2.trip': ({ appleCount, applePrice, orangeCount, orangePrice, tax }) =>
    `한 개에 ${applePrice}인 사과를 ${appleCount}개, 한 개에 ${orangePrice}인 귤을 ${orangeCount}개 산다. 소비세가 붙으면 합계가 ${tax}배가 된다.`,
  'ex2.payment.question': '지불 금액은 얼마일까?',
  'ex2.payment.stepNodes': ({
    appleCount,
    applePrice,
    apples,
    orangeCount,
    orangePrice,
    oranges,
  }) =>
    `노드 ①과 ②: ${applePrice} × ${appleCount} = ${apples}, ${orangePrice} × ${orangeCount} = ${oranges}.`,
  'ex2.payment.stepAdd': ({ apples, oranges, subtotal }) =>
    `노드 ③: ${apples} + ${oranges} = ${subtotal}.`,
  'ex2.payment.stepTax': ({ subtotal, tax, payment }) =>
    `노드 ④: ${subtotal} × ${tax} = ${payment}.`,
  'ex2.payment.hintNoTax':
    '입력한 값은 소비세를 붙이기 전의 합계, 곧 노드 ③의 출력이다. 노드 ④에서 여기에 소비세를 곱해야 지불 금액이 된다.',
  'ex2.payment.hintTaxOnly':
    '입력한 값은 세금만 따로 계산한 것이다. 노드 ④는 합계 전체에 소비세 배율을 곱하므로, 지불 금액에는 합계 자체도 들어 있다.',

  'ex2.dApple.question':
    '사과 가격이 1 오르면 지불 금액은 얼마나 오를까? 즉 ∂L/∂(사과 가격)은 얼마일까?',
  'ex2.dApple.stepTax': ({ tax }) =>
    `사과 가격을 1 올리면 노드 ①의 출력은 사과 개수만큼 오른다. 그리고 노드 ④를 지나면서 합계에 더해진 몫은 모두 ${tax}배가 된다.`,
  'ex2.dApple.stepResult': ({ appleCount, tax, dApple }) =>
    `따라서 ∂L/∂(사과 가격) = ${appleCount} × ${tax} = ${dApple}이다.`,
  'ex2.dApple.hintNoTax': ({ tax }) =>
    `입력한 값은 사과 개수뿐이다. 합계에 더해진 몫에는 지불 금액에 이르는 동안 모두 소비세 배율(${tax})이 곱해진다.`,
  'ex2.dApple.hintNoCount': ({ tax }) =>
    `합계가 1 늘 때 지불 금액이 늘어나는 양이 ${tax}이다. 사과 가격이 1 오르면 합계는 사과 한 개마다 1씩 늘어난다.`,
  'ex2.dApple.hintPrice':
    '입력한 값은 사과가 한 개 늘 때(개수가 바뀔 때) 지불 금액이 바뀌는 양이다. 문제는 사과 가격이 1 오를 때를 묻는다.',

  'ex2.dTax.question':
    '소비세 배율이 1 오르면 지불 금액은 얼마나 오를까? 즉 ∂L/∂(소비세)는 얼마일까?',
  'ex2.dTax.stepSubtotal': ({ subtotal }) =>
    `노드 ④는 합계 ${subtotal}에 소비세를 곱한다. 그래서 소비세가 1 오르면 합계만큼이 한 번 더 더해진다.`,
  'ex2.dTax.stepResult': ({ subtotal }) =>
    `따라서 ∂L/∂(소비세) = ${subtotal}, 곧 소비세를 붙이기 전의 합계이다.`,
  'ex2.dTax.hintPayment':
    '입력한 값은 지불 금액 자체다. 노드 ④는 합계 × 소비세를 계산하고, 이를 소비세로 미분하면 다른 쪽 입력인 합계가 남는다.',
  'ex2.dTax.hintTax':
    '입력한 값은 소비세다. 합계 × 소비세 같은 곱에서 한 입력에 대한 미분은 다른 쪽 입력이다.',

  'ex2.td.question':
    '예측해 보자. 소비세 배율이 두 배가 되면 다섯 기울기(사과 가격, 사과 개수, 귤 가격, 귤 개수, 소비세) 가운데 어느 것이 바뀔까?',
  'ex2.td.tax-only': '소비세의 기울기만 바뀐다.',
  'ex2.td.all-but-tax': '가격과 개수의 기울기 네 개가 바뀌고, 소비세의 기울기는 그대로다.',
  'ex2.td.all': '다섯 개 모두 바뀐다.',
  'ex2.td.none': '하나도 바뀌지 않는다. 기울기는 소비세와 상관이 없다.',
  'ex2.td.reveal': ({
    tax,
    tax2,
    dApple,
    dApple2,
    dAppleNum,
    dAppleNum2,
    dOrange,
    dOrange2,
    dOrangeNum,
    dOrangeNum2,
    dTax,
    dTax2,
  }) =>
    `소비세가 ${tax}일 때와 ${tax2}일 때 계층을 실행해 보면 기울기는 이렇게 바뀐다. 사과 가격 ${dApple} → ${dApple2}, 사과 개수 ${dAppleNum} → ${dAppleNum2}, 귤 가격 ${dOrange} → ${dOrange2}, 귤 개수 ${dOrangeNum} → ${dOrangeNum2}, 소비세 ${dTax} → ${dTax2}.`,
  'ex2.td.stepInputs':
    '가격이나 개수에서 지불 금액으로 가는 경로는 모두 소비세를 곱하는 노드 ④를 지난다. 그래서 이 네 기울기에는 소비세가 인수로 들어 있고, 소비세가 두 배가 되면 함께 두 배가 된다.',
  'ex2.td.stepTax':
    '소비세의 기울기는 소비세를 붙이기 전의 합계이고, 합계는 소비세가 바뀌어도 그대로다.',
  'ex2.td.hintTaxOnly':
    '소비세 자신의 기울기는 소비세를 붙이기 전의 합계라서, 소비세가 두 배가 되어도 그대로다. 노드 ④가 다른 기울기들에 무엇을 곱하는지 살펴보자.',
  'ex2.td.hintAll':
    '네 개는 두 배가 된다. 하지만 소비세의 기울기는 소비세를 붙이기 전의 합계이고, 소비세는 합계를 바꾸지 않는다.',
  'ex2.td.hintNone':
    '노드 ④는 기울기를 거꾸로 전할 때마다 소비세를 곱해서 보낸다. 그래서 노드 ④보다 입력 쪽에 있는 기울기는 소비세를 따라 바뀐다.',
};

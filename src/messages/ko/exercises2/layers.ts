/**
 * The exercises of chapter 4, layers in code: prompts, working steps, options, hints and reveals.
 * Part of the `exercises2` area (../exercises2.ts).
 */
import type { AreaWords } from '../../catalogue';
import type { layers as english } from '../../en/exercises2/layers';

export const layers: Pick<AreaWords<'exercises2'>, keyof typeof english> = {
  // ---- Chapter 4: MulLayer in code.
  'ex.layers.mulBackward.prompt':
    '아래 코드는 MulLayer의 forward를 실행한 다음 backward를 실행한다. 마지막에 dy에 담긴 값은 얼마일까?',
  'ex.layers.mulBackward.work.forward': ({ x, y, z }) =>
    `forward는 입력(x = ${x}, y = ${y})을 저장하고 출력(z = ${z})을 반환한다.`,
  'ex.layers.mulBackward.work.backward': ({ dout, x, dx, dy }) =>
    `backward는 [dout · y, dout · x]를 반환한다. 곧 dx = ${dx}이고, dy = ${dout} × ${x} = ${dy}이다.`,
  'ex.layers.mulBackward.hint.firstOfPair':
    '입력한 값은 쌍의 첫 번째인 dx이다. 두 번째인 dy는 dout에 다른 쪽 입력 x를 곱한 값이다.',
  'ex.layers.mulBackward.hint.noUpstream': '입력한 값은 x뿐이다. backward는 여기에 dout을 곱한다.',
  'ex.layers.mulBackward.hint.forward': '입력한 값은 forward가 반환한 z로, 기울기가 아니다.',

  // ---- Chapter 4: the shopping code with new numbers.
  'ex.layers.orangeCount.prompt': ({ applePrice, appleCount, orangePrice, orangeCount, tax }) =>
    `buyAppleOrange를 실행하자. 입력은 사과 가격 ${applePrice}, 사과 ${appleCount}개, 귤 가격 ${orangePrice}, 귤 ${orangeCount}개, 소비세 ${tax}이다. 귤 개수에 대한 기울기로 반환되는 dOrange_num은 얼마일까?`,
  'ex.layers.orangeCount.work.forward': ({ subtotal, tax, price }) =>
    `순전파 ①~④: 소계는 ${subtotal}이고, 지불 금액은 ${subtotal} × ${tax} = ${price}이다.`,
  'ex.layers.orangeCount.work.tax': ({ tax }) =>
    `역전파는 dprice = 1에서 시작한다. 소비세 노드 ④가 소계 쪽으로 보내는 값은 1 × 소비세 = ${tax}이다.`,
  'ex.layers.orangeCount.work.add': ({ tax }) =>
    `덧셈 노드 ③은 받은 값(${tax})을 그대로 귤 소계 쪽으로 넘긴다.`,
  'ex.layers.orangeCount.work.orange': ({ tax, orangePrice, answer }) =>
    `귤 노드 ②는 상류에서 전해진 미분에 다른 쪽 입력인 가격을 곱해 개수 쪽으로 보낸다. 곧 dOrange_num = ${tax} × ${orangePrice} = ${answer}이다.`,
  'ex.layers.orangeCount.hint.noTax': ({ tax }) =>
    `입력한 값은 귤 가격뿐이다. 소비세 노드에서 내려온 기울기 ${tax}도 함께 곱해야 한다.`,
  'ex.layers.orangeCount.hint.swapped':
    '입력한 값은 귤 가격에 대한 기울기 dOrange, 곧 소비세 × 개수이다. 개수에 대한 기울기는 소비세 × 가격이다.',
  'ex.layers.orangeCount.hint.forward': '입력한 값은 소비세를 포함한 귤 값, 곧 순전파의 값이다.',

  // ---- Chapter 4: find the bug in a MulLayer.
  'ex.layers.mulBug.prompt': ({ x, y, dout }) =>
    `이 MulLayer에는 잘못된 줄이 하나 있다. x = ${x}, y = ${y}, dout = ${dout}에서 backward와 중심 차분을 비교하는 기울기 확인을 실행한 뒤, 잘못된 줄을 고르자.`,
  'ex.layers.mulBug.work.check': ({ input }) =>
    `확인 결과는 ${input}에 대해서만 어긋난다. backward가 돌려주는 그 기울기가 틀렸다.`,
  'ex.layers.mulBug.work.dx':
    'x의 기울기는 dout에 다른 쪽 입력을 곱한 dout * this.y여야 한다. 잘못된 줄은 x 자신의 값인 this.x를 쓴다.',
  'ex.layers.mulBug.work.dy':
    'y의 기울기는 dout에 다른 쪽 입력을 곱한 dout * this.x여야 한다. 잘못된 줄은 y 자신의 값인 this.y를 쓴다.',
  'ex.layers.mulBug.work.equal':
    'x와 y가 같았다면 둘을 바꿔 써도 달라지는 것이 없어서, 기울기 확인으로는 이 버그를 찾지 못했을 것이다. 기울기 확인에는 서로 다른 입력이 필요하다.',
  'ex.layers.mulBug.hint.forwardLine':
    'forward는 맞다. 두 입력을 저장하고 그 곱을 반환한다. 기울기 확인은 기울기를 비교하므로, 일치하지 않는 행을 살펴보자.',
  'ex.layers.mulBug.hint.rightGradient':
    '그 줄은 맞다. dout에 다른 쪽 입력을 곱한다. 기울기 확인에서 어느 입력의 행이 일치하지 않는지 보자.',
  'ex.layers.mulBug.hint.returnLine':
    '두 기울기는 호출하는 쪽이 기대하는 순서대로 [dx, dy]로 반환된다.',

  // ---- Chapter 4: backward before forward. Options are labels, without a closing full stop.
  'ex.layers.order.prompt': ({ layer, dout }) =>
    `새로 만든 ${layer} 객체는 아직 forward를 한 번도 실행하지 않았다. 이때 코드가 backward(${dout})를 호출하면 어떻게 될까?`,
  'ex.layers.order.option.zeros': '두 기울기 모두 0을 반환한다',
  'ex.layers.order.option.dout': ({ dout }) => `두 기울기 모두 dout(${dout})을 반환한다`,
  'ex.layers.order.option.nan': '두 기울기 모두 숫자가 아닌 값이 된다',
  'ex.layers.order.option.throws': '계층 이름을 밝히는 오류를 내며 멈춘다',
  'ex.layers.order.reveal': ({ call, message }) =>
    `실행해 보면 ${call} 호출이 “${message}” 오류를 내며 멈춘다.`,
  'ex.layers.order.work':
    'backward는 forward가 저장해 둔 값을 읽는다. forward 전에는 저장된 값이 없으므로, 보조 함수 saved는 빠진 값이 틀린 숫자로 둔갑하게 두지 않고 계층 이름을 밝히는 오류를 던진다.',
  'ex.layers.order.hint.zeros':
    '한 번도 실행되지 않은 계층에는 계산에 쓸 입력이 없다. 이 책의 계층은 0을 지어내는 대신 실행을 거부한다.',
  'ex.layers.order.hint.doutAdd':
    '덧셈 노드는 값이 필요 없지만, AddLayer는 forward가 실행됐다는 표시를 남겨 둔다. 그래서 순서를 어긴 호출도 분명한 오류로 실패한다.',
  'ex.layers.order.hint.doutMul':
    '곱셈 노드는 dout에 다른 쪽 입력을 곱해 보내는데, forward 전에는 곱할 입력이 없다.',
  'ex.layers.order.hint.nan':
    '저장된 적 없는 값은 비어 있고, 빈 값에 dout을 곱하면 숫자가 아닌 값이 된다. 보조 함수 saved는 먼저 이를 확인하고 대신 오류를 던진다.',
};

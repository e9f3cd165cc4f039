/** The shopping trip (chapters 2–4): its inputs, results and the run output of `buyAppleOrange`. */
import type { AreaWords } from '../catalogue';

export const shopping: AreaWords<'shopping'> = {
  'shopping.applePrice': '사과 가격',
  'shopping.appleCount': '사과 개수',
  'shopping.orangePrice': '귤 가격',
  'shopping.orangeCount': '귤 개수',
  'shopping.tax': '소비세',

  /** The inputs as the gradients name them, e.g. ∂payment/∂apple price. */
  'shopping.name.applePrice': '사과 가격',
  'shopping.name.apples': '사과 개수',
  'shopping.name.numberOfApples': '사과 개수',
  'shopping.name.orangePrice': '귤 가격',
  'shopping.name.oranges': '귤 개수',
  'shopping.name.numberOfOranges': '귤 개수',
  'shopping.name.tax': '소비세',
  'shopping.name.payment': '지불 금액',
  'shopping.gradient': ({ input }) => `∂지불 금액/∂${input}`,

  'shopping.payment': '지불 금액',
  'shopping.backward': '역전파: 입력 1단위당 지불 금액의 변화량',
  'shopping.announce': (p) =>
    `지불 금액 ${p.payment}. 기울기: 사과 가격 ${p.applePrice}, 사과 개수 ${p.apples}, ` +
    `귤 가격 ${p.orangePrice}, 귤 개수 ${p.oranges}, 소비세 ${p.tax}.`,

  /** `buyAppleOrange`'s run output; `fn` is the function's name, set as code. */
  'shopping.run.label': ({ fn }) => `${fn} 실행 결과`,
  'shopping.run.caption': ({ fn }) => `실행 결과: ${fn}의 반환값`,
  'shopping.run.name': '이름',
  'shopping.run.rounded': '반올림',
  'shopping.run.exact': '정확한 값',
  'shopping.run.truncated': '버림',
  'shopping.run.forward': '순전파',
  'shopping.run.backward': '역전파 (기울기)',
  'shopping.run.announce': (p) =>
    `지불 금액 ${p.price}; dApple ${p.dApple}, dApple_num ${p.dAppleNum}, dOrange ${p.dOrange}, ` +
    `dOrange_num ${p.dOrangeNum}, dTax ${p.dTax}`,
};

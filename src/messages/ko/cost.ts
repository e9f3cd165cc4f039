/** Chapter 1: what a gradient costs (the counting cell) and the timing panel beside it. */
import type { AreaWords } from '../catalogue';

export const cost: AreaWords<'cost'> = {
  'cost.parameters': '매개변수 개수',
  'cost.enterWhole': '매개변수 개수는 1 이상의 정수로 입력해야 한다.',
  'cost.tooMany': ({ max }) => `매개변수는 ${max}개까지만 입력할 수 있다.`,
  'cost.caption': '기울기 하나를 구할 때 신경망을 통과하는 횟수',
  'cost.numerical': '수치 미분 (중심 차분)',
  'cost.backprop': '역전파',
  'cost.numericalPasses': ({ count }) => `순전파 ${count}번`,
  'cost.backpropPasses': ({ forward, backward }) =>
    `순전파 ${forward}번 + 역방향 계산 ${backward}번`,
  'cost.announce': ({ parameters, passes }) =>
    `매개변수 ${parameters}개: 수치 기울기는 순전파 ${passes}번, ` +
    `역전파는 순전파 1번과 역방향 계산 1번`,

  'timing.intro': ({ max }) =>
    `시간 측정에는 이 책에서 직접 만든 계층으로 이루어진 작은 신경망(입력 4개, 클래스 3개, 배치 크기 8)를 쓴다. ` +
    `매개변수 개수는 위에서 고른 값과 같고(최대 ${max}개), 기울기를 두 방법으로 모두 계산한다.`,
  'timing.needsJs':
    '시간 측정은 브라우저에서 실행되므로 JavaScript가 필요하다. 위의 횟수는 JavaScript 없이도 계산된다.',
  'timing.button': '이 브라우저에서 두 방법의 시간 재기',
  // Slow work and stale marks (issue 12).
  'timing.capped': ({ max }) =>
    `위의 개수가 아니라 매개변수 ${max}개로 측정했다. 수치 기울기의 계산량은 크기의 제곱에 비례해 늘어나므로, 더 큰 신경망은 브라우저에서 몇 분씩 걸린다. 측정은 백그라운드에서 실행되므로 그동안에도 페이지는 멈추지 않는다.`,
  'timing.stale':
    '마지막으로 유효했던 개수로 잰 결과를 보여 준다. 다시 재려면 위의 매개변수 개수를 고치자.',
  'timing.running': '측정 중…',
  'timing.busy': '두 방법의 시간을 재고 있다. 조금 걸린다.',
  'timing.needParameters': '먼저 위에 매개변수 개수를 정수로 입력하자.',
  'timing.failed': '이 브라우저에서는 시간 측정을 실행하지 못했다.',
  'timing.ms': ({ ms }) => `${ms} ms`,
  'timing.caption': ({ inputs, hidden, classes, parameters, batch }) =>
    `이 브라우저에서 ${inputs} → ${hidden} → ${classes} 신경망으로 측정 ` +
    `(매개변수 ${parameters}개, 배치 크기 ${batch})`,
  'timing.numerical': ({ passes }) => `수치 기울기 (순전파 ${passes}번)`,
  'timing.backprop': '역전파 (순전파 1번 + 역방향 계산 1번)',
  'timing.fasterBy': '역전파가 더 빠른 정도',
  'timing.ratio': ({ ratio }) => `${ratio}배`,
  'timing.difference': '두 기울기의 차이',
  'timing.relative': ({ error }) => `${error} (상대 오차)`,
  'timing.announce': ({ numerical, backprop, ratio }) =>
    `수치 기울기 ${numerical}, 역전파 ${backprop}: 역전파가 약 ${ratio}배 빠르다.`,
};

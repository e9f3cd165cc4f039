/**
 * Part B of chapter 7 (the two-layer network): the whole-network gradient check, the training
 * figures (loss and accuracy curves, decision regions) and their accessible names.
 */
import type { AreaWords } from '../catalogue';

export const network: AreaWords<'network'> = {
  // The whole-network gradient check
  'network.checkCaption': ({ sizes, batch }) =>
    `수치 기울기와 역전파의 비교 (신경망 ${sizes}, 예제 ${batch}개짜리 배치)`,
  'network.param': '매개변수',
  'network.shape': '형상',
  'network.meanAbsDiff': '평균 |차이|',
  'network.relativeError': '상대 오차',
  'network.verdict': '판정',
  'network.agree': '일치',
  'network.disagree': '불일치',
  'network.timeCaption': '기울기 전체를 한 번 구하는 데 걸린 시간',
  'network.method': '방법',
  'network.time': '시간',
  'network.numerical': '수치 미분(중심 차분)',
  'network.backprop': '역전파',
  'network.ms': ({ ms }) => `${ms} ms`,
  'network.notTimedShape': '없음: 형상 오류에서 멈췄다',
  'network.timedAtBuild':
    '이 페이지를 빌드할 때 잰 시간이다. JavaScript를 켜면 브라우저에서 기울기 확인을 다시 실행한다.',
  'network.timedHere': '이 브라우저의 워커에서 잰 시간이다.',
  'network.breakIt': '고장 내기: 역전파에 버그 심기',
  'network.bugNone': '버그 없음: 코드에 실린 그대로의 신경망',
  'network.bug.affine-transpose': 'Affine 역전파: 잘못된 전치',
  'network.bug.relu-no-mask': 'ReLU 역전파: 마스크를 잊음',
  'network.bug.softmax-no-mean': 'Softmax-with-Loss 역전파: N으로 나누지 않음',
  'network.passed': '통과: 모든 매개변수가 일치한다. 상대 오차는 1e-4보다 훨씬 작다.',
  'network.caught': ({ worst, error }) =>
    `잡아냈다: ${worst}의 상대 오차는 ${error}이고, 1e-4보다 훨씬 크다.`,
  'network.caughtShape': ({ message }) => `숫자를 비교하기도 전에 형상에서 잡아냈다: ${message}`,
  'network.notCaught': ({ worst, error }) =>
    `잡아내지 못했다: 가장 큰 상대 오차는 ${worst}의 ${error}에 불과하다.`,
  'network.running': '확인하는 중…',
  'network.failed': '이 브라우저에서는 기울기 확인을 실행할 수 없었다.',
  'network.needsJs':
    'JavaScript를 켜면 버그를 심고, 기울기 확인이 그 버그를 잡아내는 모습을 볼 수 있다.',
  'network.shapeError': '형상 오류',
  'network.announce': ({ outcome, numerical, backprop }) =>
    `${outcome} 걸린 시간은 수치 기울기 ${numerical}, 역전파 ${backprop}이다.`,

  // Training figures
  'network.step': '단계',
  'network.loss': '손실',
  'network.accuracy': '정확도',
  'network.trainLoss': '미니배치 손실',
  'network.trainAccuracy': '훈련 정확도',
  'network.testAccuracy': '시험 정확도',
  'network.lossLabel': ({ steps, first, last }) =>
    `${steps}단계 동안의 손실 곡선. ${first}에서 시작해 ${last}에서 끝난다.`,
  'network.accuracyLabel': ({ steps, train, test }) =>
    `${steps}단계 동안의 정확도 곡선. 마지막 훈련 정확도는 ${train}, 시험 정확도는 ${test}이다.`,
  'network.seriesLabel': ({ steps, series }) => `${steps}단계 동안의 손실 곡선. ${series}.`,
  'network.seriesEnd': ({ name, first, last }) => `${name}: ${first}에서 ${last}까지`,
  'network.seriesDiverged': ({ name, step }) => `${name}: ${step}단계에서 발산`,
  'network.diverged': '발산',
  'network.percent': ({ value }) => `${value} %`,
  'network.regionsLabel': ({ classes, points }) =>
    `평면 위에 그린 신경망의 결정 영역(클래스 ${classes}개)과 그 위에 찍은 훈련 데이터 ${points}개. 클래스마다 음영과 점 모양이 다르다.`,
  'network.classLegend': ({ n }) => `클래스 ${n}`,
};

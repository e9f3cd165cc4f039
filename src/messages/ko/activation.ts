/** Chapter 5's activation cells (ReLU, sigmoid): labels, result captions, gradient-check verdicts. */
import type { AreaWords } from '../catalogue';

const KINK =
  '꺾인 점(0과의 거리가 h = 1e-5 이내인 x) 위에 있어서 둘이 어긋난다. 계층은 그 자리에서 0을 내놓지만, 추정값은 꺾인 점 양쪽에 걸쳐 계산된다.';

export const activation: AreaWords<'activation'> = {
  'activation.inputX': '입력 x',
  'activation.upstreamDout': '상류에서 전해진 미분 dout',
  'activation.check': '기울기 확인',
  'activation.centralDifference': '중심 차분',
  'activation.relativeError': '상대 오차',
  'activation.flagKink': '꺾인 점',
  'activation.flagDiffers': '불일치',
  'activation.agree': '계층의 값과 추정값이 일치한다.',
  'activation.disagree': '둘이 일치하지 않는다.',
  'activation.disagreeKinkOne': `원소 하나가 ${KINK}`,
  'activation.disagreeKinks': ({ n }) => `원소 ${n}개가 ${KINK}`,

  // The one check rule (issue 12, extremes): a check that can't tell never says agree.
  'activation.cantTell':
    '여기서는 확인 결과를 판단할 수 없다. 이 크기에서는 추정값이 대부분 반올림 오차이거나, 어떤 값이 오버플로했다. 0에 더 가까운 수로 해 보자.',
  'activation.reluAnnounceUnchecked': ({ dx }) =>
    `dx ${dx}; 이 크기에서는 기울기 확인으로 판단할 수 없다`,

  'activation.reluShapeMismatch': ({ dout, x }) =>
    `dout의 형상은 ${dout}인데 x의 형상은 ${x}이다. 상류에서 전해진 미분은 x의 원소마다 하나씩 있어야 한다.`,
  'activation.reluMask': '마스크: x ≤ 0인 곳이 1',
  'activation.reluDxNote': '마스크가 0인 곳은 dout, 1인 곳은 0이다.',
  'activation.reluWholeError': ({ error }) =>
    `추정값은 x의 원소를 하나씩 h = 1e-5만큼 움직여 구한다. dx 전체의 상대 오차: ${error}.`,
  'activation.reluAnnounceAgree': ({ dx }) => `dx ${dx}; 기울기 확인 결과 일치`,
  'activation.reluAnnounceDisagree': ({ dx }) => `dx ${dx}; 기울기 확인 결과 불일치`,

  'activation.sigmoidOverflow': '값 없음: exp(−x)가 오버플로했다',
  'activation.sigmoidOutput': '계층의 출력',
  'activation.sigmoidTwoRoutes': 'dx = ∂L/∂x를 구하는 두 경로',
  'activation.sigmoidThroughNodes': '네 노드를 거쳐서',
  'activation.sigmoidAgainstEstimate': 'dx와 추정값 비교',
  'activation.sigmoidCentralDifference': '중심 차분, h = 1e-5',
  'activation.sigmoidAnnounce': ({ y, dx, nodes }) =>
    `y ${y}; 공식으로 구한 dx ${dx}, 노드를 거쳐 구한 dx ${nodes}`,
  'activation.sigmoidAnnounceOverflow': ({ y, dx }) =>
    `y ${y}; 공식으로 구한 dx ${dx}, 노드를 거치면 오버플로`,

  'activation.reluTitle': 'ReLU 계층의 순전파와 역전파',
  'activation.reluCaption':
    'x와 상류에서 전해진 미분 dout을 바꿔 보자. 행을 붙여 넣거나 행과 열을 추가하면 형상이 바뀐다.',
  'activation.reluPlotsCaption':
    '[−4, 4] 구간의 ReLU와 그 도함수. 셀의 x 원소마다 점을 하나씩 찍었다. 가장자리의 속이 빈 점은 구간 밖에 있는 원소다.',
  'activation.sigmoidTitle': '기본 노드 네 개로 나타낸 시그모이드',
  'activation.sigmoidCaption':
    'x와 상류에서 전해진 미분 dout을 정해 보자. “한 단계 역전파”를 누르면 그래프를 y에서 x까지 거슬러 올라간다.',
  'activation.sigmoidPlotsCaption':
    '[−8, 8] 구간의 시그모이드와 그 도함수. 점은 셀의 x를 나타낸다(x가 구간 밖이면 가장자리에 속이 빈 점으로 찍힌다).',
};

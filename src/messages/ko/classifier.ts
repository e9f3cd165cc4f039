/** Chapter 6's classifier cells and figure: Affine, Softmax-with-Loss, the classifier graph. */
import type { AreaWords } from '../catalogue';

/** What a label must be, with `c` classes. */
const labelRange = (c: number): string =>
  `클래스가 ${c}개이면 레이블은 0부터 ${c - 1}까지의 정수다.`;

export const classifier: AreaWords<'classifier'> = {
  'classifier.forwardHead': '순전파 →',
  'classifier.backwardHead': '역전파 ←',

  'classifier.matrixEmpty': ({ name }) => `${name}: 비어 있다. 행을 하나 이상 입력하자.`,
  'classifier.matrixRagged': ({ name }) => `${name}: 모든 행의 원소 수가 같아야 한다.`,
  // Names the two sizes that differ, then both shapes (issue 12: “W is 2 × 3 but X is 2 × 3”).
  'classifier.wRows': (p) =>
    `X는 열이 ${p.d}개인데 W는 행이 ${p.rows}개다. X·W를 계산하려면 W의 행이 X의 열마다 하나씩 있어야 한다(X는 ${p.x}, W는 ${p.w}).`,
  'classifier.bShape': ({ b, w, m }) =>
    `b의 형상은 ${b}인데 W의 형상은 ${w}이다. b는 W의 열마다 원소가 하나씩 있는 행 하나, 곧 원소 ${m}개짜리 행이어야 한다.`,
  'classifier.dYShape': ({ dY, n, m }) =>
    `dY의 형상은 ${dY}인데 Y의 형상은 ${n} × ${m}이다. 상류에서 전해진 미분은 출력과 형상이 같아야 한다.`,

  'classifier.affineX': 'X (배치, 한 행에 예제 하나)',
  'classifier.affineW': 'W (가중치)',
  'classifier.affineB': 'b (편향 행)',
  'classifier.affineDY': 'dY (상류에서 전해진 미분)',
  'classifier.dbCaption': ({ shape }) => `db = dY의 열별 합 (${shape})`,
  'classifier.workedHead': '각 기울기의 원소 하나를 손으로 계산해 보면:',
  'classifier.workedDx': ({ sum, value }) =>
    `dX의 1행 1열 = (dY의 1행) · (W의 1행) = ${sum} = ${value}`,
  'classifier.workedDw': ({ sum, value }) =>
    `dW의 1행 1열 = (X의 1열) · (dY의 1열) = ${sum} = ${value}`,
  'classifier.workedDb': ({ sum, value }) => `db의 1열 = dY의 1열의 합 = ${sum} = ${value}`,
  'classifier.affineAnnounce': ({ shape, y, db, dx }) =>
    `Y의 형상은 ${shape}, 첫 행은 ${y}; db ${db}; dX의 첫 행 ${dx}.`,
  'classifier.affineTitle': '배치에 적용한 Affine 계층',
  'classifier.affineCaption':
    'X, W, b나 상류에서 전해진 미분 dY를 바꿔 보자. X나 W에 행이나 열을 추가하면 그에 딸린 행렬의 형상도 함께 바뀐다.',
  'classifier.fitAffine': 'W, b, dY를 X에 맞추기',
  'classifier.fitSoftmax': '정답 레이블을 로짓에 맞추기',
  'classifier.fitDone': '형상이 이미 맞는다.',

  'classifier.logitsBatch': '배치의 로짓',
  'classifier.logits': '로짓',
  'classifier.labelFormat': '정답 레이블 형식',
  'classifier.oneHotRows': '원-핫 행',
  'classifier.classIndices': '클래스 번호',
  'classifier.labelsOneHot': '정답 레이블 (원-핫)',
  'classifier.labelsIndices': '정답 레이블 (클래스 번호)',
  'classifier.softmaxAnnounce': ({ loss, dx }) => `손실 ${loss}; dx의 첫 행 ${dx}.`,
  'classifier.softmaxTitle': '배치에 적용한 Softmax-with-Loss',
  'classifier.softmaxCaption':
    '로짓은 행마다 예제 하나, 열마다 클래스 하나다. 정답 레이블을 적는 방식을 고른 뒤 로짓이나 레이블을 바꿔 보자. 로짓에 1000을 넣어 보자.',

  'classifier.oneHotEmpty': '원-핫 레이블이 비어 있다. 예제마다 행을 하나씩 주자.',
  'classifier.oneHotShape': ({ labels, logits }) =>
    `원-핫 레이블의 형상은 ${labels}인데 로짓의 형상은 ${logits}이다. 둘의 형상이 같아야 한다.`,
  'classifier.oneHotRow': ({ row }) =>
    `원-핫 레이블의 ${row}행에는 1이 정확히 하나 있고 나머지는 모두 0이어야 한다.`,
  'classifier.indicesEmpty': '클래스 번호가 비어 있다. 로짓의 행마다 하나씩 주자.',
  'classifier.indicesShape': ({ labels, n }) =>
    `클래스 번호의 형상은 ${labels}인데 로짓은 ${n}행이다. 행마다 번호를 하나씩 주자(${n} × 1).`,
  'classifier.indexRange': ({ k, row, c }) =>
    `${row}행의 레이블 ${k}: 범위를 벗어났다. ${labelRange(c)}`,
  // Label parsing (issue 12, labels): say what is wrong, never echo a rounded value.
  'classifier.indexNotWhole': ({ row, c }) => `${row}행의 레이블이 정수가 아니다. ${labelRange(c)}`,
  'classifier.indexHuge': ({ row, c }) => `${row}행의 레이블이 너무 크다. ${labelRange(c)}`,

  'classifier.classHead': ({ k }) => `클래스 ${k}`,
  'classifier.rowHead': ({ n }) => `${n}행`,
  'classifier.chartTitle': ({ row, k }) => `${row}행: 클래스별 확률, 정답 클래스 ${k}`,
  'classifier.chartCaption': ({ row, k }) => `${row}행, 정답 클래스 ${k}`,
  'classifier.naiveAgrees':
    '여기서는 단순한 공식도 안정적인 공식과 같은 값을 낸다. 로짓에 1000을 넣어 보자.',
  // The naive softmax's note says what happened, row by row (issue 12, extremes).
  'classifier.naiveOverflowOne': ({ row }) =>
    `${row}행에서 exp가 ∞로 오버플로했고, ∞ / ∞는 값이 없다(NaN).`,
  'classifier.naiveOverflowMany': ({ rows }) =>
    `${rows}행에서 exp가 ∞로 오버플로했고, ∞ / ∞는 값이 없다(NaN).`,
  'classifier.naiveUnderflowOne': ({ row }) =>
    `${row}행에서 exp가 모두 0으로 언더플로했고, 0 / 0은 값이 없다(NaN).`,
  'classifier.naiveUnderflowMany': ({ rows }) =>
    `${rows}행에서 exp가 모두 0으로 언더플로했고, 0 / 0은 값이 없다(NaN).`,
  'classifier.naiveStable':
    '위의 안정적인 소프트맥스는 먼저 각 행에서 그 행의 최댓값을 뺀다. 그러면 가장 큰 exp가 1이 되고 합은 1 이상이 되어, 값이 유한하게 유지된다.',
  'classifier.probabilities': ({ shape }) => `확률 y = softmax(로짓) (${shape})`,
  'classifier.loss': '손실',
  'classifier.lossRow': 'L, 교차 엔트로피 오차의 평균',
  'classifier.naiveCaption': '단순한 소프트맥스: 최댓값을 빼지 않은 경우 (비교용)',

  'classifier.layerAffine': 'Affine',
  'classifier.layerSoftmaxLoss': 'Softmax-with-Loss',
  'classifier.affineParams': 'W: D × M, b: 1 × M',
  'classifier.labelsParams': '정답 레이블 t: N × M',
  'classifier.graphTitle':
    '분류기의 끝부분: X가 Affine과 Softmax-with-Loss를 거쳐 손실 L이 되기까지',
  'classifier.graphTableCaption': '그림의 모든 엣지, 순전파와 역전파',
  'classifier.graphRegion': '분류기 그래프 (좁은 화면에서는 옆으로 스크롤)',
  'classifier.graphCaption':
    '모든 엣지에 형상을 적었다. 값은 실선을 따라 오른쪽으로 흐르고(표기는 선 위), 기울기는 점선을 따라 왼쪽으로 흐른다(표기는 선 아래). 예제 N개, 특징 D개, 클래스 M개.',
  'classifier.graphShowTable': '그림을 표로 보기',
  'classifier.graphFrom': '출발',
  'classifier.graphTo': '도착',
  'classifier.graphForward': '순전파 (값과 형상)',
  'classifier.graphBackward': '역전파 (기울기와 형상)',

  'classifier.checkHead': '기울기 확인',
  'classifier.checkGradient': '기울기',
  'classifier.checkError': '상대 오차',
  'classifier.checkVerdict': '판정',
  'classifier.checkAgree': '일치',
  'classifier.checkDisagree': '불일치',
  'classifier.checkUnchecked': '판단 불가',
  'classifier.checkSomeUnchecked': ({ names }) =>
    `이 크기에서는 ${names}의 중심 차분이 대부분 반올림 오차(또는 오버플로)라서 확인 결과를 판단할 수 없다. 더 작은 수로 해 보자.`,
  'classifier.checkAllAgree': '모든 기울기에서 역전파와 중심 차분이 일치한다.',
  'classifier.checkSomeDisagree': ({ names }) =>
    `${names}에서 역전파와 중심 차분이 일치하지 않는다.`,
  'classifier.affineCheckCaption': '역전파와 L = Σ dY ⊙ Y의 중심 차분 비교 (h = 1e-5)',
  'classifier.softmaxCheckCaption':
    '로짓을 하나씩 움직여 구한 평균 교차 엔트로피 오차 L의 중심 차분과 dx 비교 (h = 1e-5)',
};

/** Part C1 (issue 15): the live trainer of chapter 7 — controls, progress, the step inspector. */
import type { AreaWords } from '../catalogue';

export const trainer: AreaWords<'trainer'> = {
  'trainer.title': '브라우저에서 신경망 학습시키기',
  'trainer.needsJs':
    '학습은 브라우저에서 실행되므로 JavaScript가 필요하다. 아래 그림은 빌드할 때 기본 설정으로 학습한 결과다.',
  'trainer.builtNote': ({ steps }) =>
    `지금 보이는 것은 책을 빌드할 때 이 설정과 시드로 ${steps}단계까지 학습한 결과다. 직접 학습시키려면 “학습”이나 “한 단계”를 누르자.`,
  'trainer.empty': '“학습”을 누르면 시작한다. 신경망이 배워 가는 동안 곡선과 결정 영역이 나타난다.',
  'trainer.controls': '학습 설정',
  'trainer.dataset': '데이터셋',
  'trainer.dataset.spiral': '나선 (클래스 3개, 2차원)',
  'trainer.dataset.moons': '반달 두 개 (클래스 2개, 2차원)',
  'trainer.dataset.circles': '동심원 (클래스 2개, 2차원)',
  'trainer.dataset.xor': 'XOR (클래스 2개, 2차원)',
  'trainer.dataset.digits': '손글씨 숫자 (클래스 10개, 8 × 8 픽셀)',
  'trainer.hiddenSize': '은닉층 크기',
  'trainer.learningRate': '학습률',
  'trainer.batchSize': '배치 크기',
  'trainer.momentum': '모멘텀',
  'trainer.weightInitStd': '초깃값 표준편차',
  'trainer.seed': '시드',
  'trainer.settingsHint': '설정을 바꾸면 신경망이 0단계부터 다시 시작한다.',
  'trainer.actions': '학습 제어',
  'trainer.train': '학습',
  'trainer.pause': '일시 정지',
  'trainer.step': '한 단계',
  'trainer.reset': '처음부터',
  'trainer.stepLabel': '단계',
  'trainer.lossLabel': '손실',
  'trainer.trainAccuracyLabel': '훈련 정확도',
  'trainer.testAccuracyLabel': '시험 정확도',
  'trainer.none': '—',
  'trainer.percent': ({ value }) => `${value} %`,
  'trainer.whole': ({ min, max }) => `${min}부터 ${max}까지의 정수를 입력하자.`,
  'trainer.range': ({ min, max }) => `${min}보다 크고 ${max} 이하인 수를 입력하자.`,
  'trainer.rangeMomentum': '0 이상 1 미만인 수를 입력하자.',
  'trainer.batchTooLarge': ({ max }) =>
    `훈련 데이터가 ${max}개뿐이라 배치 크기는 그 이하여야 한다.`,
  'trainer.staleNote': '표시된 설정을 고치자. 그동안 신경망은 마지막으로 올바랐던 설정을 유지한다.',
  'trainer.loading': '데이터와 신경망을 불러오는 중…',
  'trainer.dataFailed': '데이터를 불러오지 못해서 여기서는 이 신경망을 학습시킬 수 없다.',
  'trainer.workerFailed': '이 브라우저에서는 학습을 시작할 수 없었다(Web Worker가 필요하다).',
  'trainer.diverged': ({ step }) =>
    `${step}단계에서 발산했다. 손실이 오버플로해 그 뒤로는 보여 줄 것이 없다. 학습률을 낮추고 “처음부터”를 누르자.`,
  'trainer.divergedShort': '발산',
  'trainer.diverging': ({ from, to, step }) =>
    `손실이 0단계의 ${from}에서 ${step}단계의 ${to}까지 커졌다. 학습률이 너무 높아서 단계마다 지나치게 멀리 가고, 결국 발산한다. 학습률을 낮추고 “처음부터”를 누르자.`,
  'trainer.announceRunning': ({ step, loss, train }) =>
    `학습 중: ${step}단계, 손실 ${loss}, 훈련 정확도 ${train}.`,
  'trainer.announcePaused': ({ step, loss, train, test }) =>
    `${step}단계에서 일시 정지했다. 손실 ${loss}, 훈련 정확도 ${train}, 시험 정확도 ${test}.`,
  'trainer.announceReset': ({ dataset }) =>
    `0단계: 데이터셋 “${dataset}”에서 새 신경망으로 다시 시작한다.`,
  'trainer.curvesTitle': '학습이 진행되는 동안의 손실과 정확도',
  'trainer.curvesLabel': ({ step, loss, train, test }) =>
    `${step}단계까지의 손실과 정확도 곡선. 손실 ${loss}, 훈련 정확도 ${train}, 시험 정확도 ${test}.`,
  'trainer.curvesEmpty': '아직 진행한 단계가 없다.',
  'trainer.lossAxis': '손실',
  'trainer.accuracyAxis': '정확도',
  'trainer.stepAxis': '단계',
  'trainer.legendLoss': '손실 (실선)',
  'trainer.legendTrain': '훈련 정확도 (파선)',
  'trainer.legendTest': '시험 정확도 (점선)',
  'trainer.regionsTitle': '결정 영역과 그 위에 찍은 훈련 데이터',
  'trainer.regionsLabel': ({ classes, step }) =>
    `${step}단계에서 신경망이 예측한 클래스(${classes}개)에 따라 평면을 칠한 그림. 훈련 데이터는 저마다 자기 클래스의 모양으로 찍혀 있다.`,
  'trainer.inspector': '한 단계 들여다보기',
  'trainer.inspectorHint':
    '“일시 정지”나 “한 단계”를 누르면 마지막 배치의 기울기와 각 매개변수가 움직인 거리를 볼 수 있다.',
  'trainer.inspectorCaption': ({ step, batch }) => `${step}단계, 예제 ${batch}개짜리 배치.`,
  'trainer.gradientOf': ({ name }) => `${name}의 기울기`,
  'trainer.movedOf': ({ name }) => `${name}의 이동량`,
  'trainer.heatmapLabel': ({ what, shape, largest, row, col }) =>
    `${what}, ${shape}: 절댓값이 가장 큰 원소는 ${row}행 ${col}열의 ${largest}이다.`,
  'trainer.heatmapZero': ({ what, shape }) => `${what}, ${shape}: 모든 원소가 0이다.`,
  'trainer.heatmapScale':
    '파란색은 음수, 주황색은 양수다. 색이 진할수록 그 원소가 자기 맵에서 가장 큰 절댓값(위 표에 있다)에 가깝다. 0인 칸은 비워 둔다.',
  'trainer.summaryCaption': '이 단계의 매개변수별 요약',
  'trainer.summaryParam': '매개변수',
  'trainer.summaryShape': '형상',
  'trainer.summaryGrad': '최대 |기울기|',
  'trainer.summaryMoved': '최대 |이동량|',
  'trainer.summaryNorm': '이동의 길이',
  'trainer.showTable': '숫자를 표로 보기',
  'trainer.hideTable': '히트맵으로 보기',
  'trainer.tableCaption': ({ what, shape }) => `${what}, ${shape}`,
  'trainer.row': ({ n }) => `${n}행`,
  'trainer.col': ({ n }) => `${n}열`,

  // fix-trainer (issue 15, the hostile review): whole-number hints without a decimal example.
  'trainer.notWhole': ({ text, min, max }) =>
    `“${text}”: 숫자가 아니다. ${min}부터 ${max}까지의 정수를 입력하자.`,
  'trainer.wholeComma': ({ text, min, max }) =>
    `“${text}”: 쉼표 없이 ${min}부터 ${max}까지의 정수로 쓰자.`,
};

// Part C2 (issue 15): the digits extras — confusion matrix, wrong test images, drawing pad.
/** Chapter 7's digits: the confusion matrix, the test images the network gets wrong, the pad. */
import type { AreaWords } from '../catalogue';

export const digits: AreaWords<'digits'> = {
  'digits.confusionCaption': ({ correct, total }) =>
    `시험 이미지 ${total}장의 혼동 행렬: ${correct}장을 맞혔다. 행은 정답 숫자, 열은 신경망이 예측한 숫자이고, 대각선은 맞힌 개수다.`,
  'digits.predictedHead': '예측 →',
  'digits.trueHead': '정답 ↓',
  'digits.trueRow': ({ digit }) => `정답 ${digit}`,
  'digits.predictedCol': ({ digit }) => `예측 ${digit}`,

  'digits.wrongHead': ({ count, total }) => `시험 이미지 ${total}장 중 틀린 ${count}장`,
  'digits.wrongNone': ({ total }) => `시험 이미지 ${total}장을 모두 맞힌다.`,
  'digits.wrongMore': ({ shown }) => `그중 처음 ${shown}장을 보여 준다.`,
  /** The visible caption under a wrong image: short, numbers as text. */
  'digits.wrongCaption': ({ actual, predicted }) => `정답 ${actual}, 예측 ${predicted}`,
  'digits.imageLabel': ({ actual, predicted }) =>
    `손으로 쓴 숫자 ${actual}. 신경망의 예측은 ${predicted}이다.`,
  'digits.inputLabel': '신경망이 보는 대로 8 × 8로 줄인 그림.',

  'digits.padLabel': '그림판, 32 × 32 픽셀',
  'digits.padHelp':
    '마우스나 손가락, 펜으로 숫자를 그려 보자. 키보드로는 화살표 키로 커서를 옮기고, Space로 칠하고, Shift+Space로 지운다.',
  'digits.clear': '모두 지우기',
  'digits.erase': '지우개',
  'digits.seesHead': '신경망이 보는 그림 (8 × 8)',
  'digits.probsHead': '숫자별 확률',
  'digits.probRow': ({ digit, p }) => `${digit}: ${p}`,
  'digits.mostLikely': '(가장 높음)',
  'digits.noValue': '값 없음',
  'digits.empty': '그림판이 비어 있다. 숫자를 그려 보자.',
  'digits.reads': ({ digit, p }) => `신경망의 예측은 ${digit}이고, 확률은 ${p}이다.`,
  'digits.sample': ({ index, actual }) =>
    `그림판에는 처음에 시험 이미지 ${index}번(숫자 ${actual})이 들어 있다. 직접 그리려면 “모두 지우기”를 누르자.`,
  'digits.cursor': ({ row, col }) => `커서 위치: ${row}행 ${col}열.`,
  'digits.bookNet': ({ steps, accuracy }) =>
    `책을 빌드할 때 학습한 신경망이다. 기본 설정으로 ${steps}단계 학습했고, 시험 이미지에서의 정확도는 ${accuracy}이다.`,
  'digits.readerNet': ({ step }) => `학습기에서 ${step}단계 학습시킨 내 신경망이다.`,
  'digits.readerNetNoStep': '학습기에서 학습시킨 내 신경망이다.',
  'digits.switchedNoStep': '이제 그림판은 학습기에서 학습시킨 내 신경망을 쓴다.',
  'digits.needsJs':
    '그리려면 JavaScript가 필요하다. 그림에는 시험 이미지 하나에 대한 신경망의 결과가 나와 있다.',

  // fix-trainer (issue 15, the hostile review): a blank pad names no digit.
  'digits.nothingDrawn':
    '아무것도 그리지 않았으니 가장 유력한 숫자도 없다. 막대는 빈 그림판에 대해 신경망이 내놓는 답이다.',

  // Issue 13: the build-time network is fetched when the pad loads (no longer in the page).
  'digits.netLoading': '책의 신경망을 아직 불러오는 중이다. 불러오면 결과를 알려 준다.',
  'digits.netFailed':
    '책의 신경망을 불러오지 못해서 그림판이 숫자를 읽을 수 없다. 페이지를 새로 고쳐 다시 시도해 보자.',
};

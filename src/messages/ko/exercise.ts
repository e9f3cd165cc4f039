/**
 * The exercise kit (issue 16, part E1): the words every exercise shows around its own, the
 * feedback on an answer, progress and the answers sections. Whole sentences with slots.
 */
import type { AreaWords } from '../catalogue';

export const exercise: AreaWords<'exercise'> = {
  'exercise.number': ({ n }) => `연습 문제 ${n}`,
  'exercise.type.compute': '손으로 계산하기',
  'exercise.type.predict': '예측한 뒤 실행하기',
  'exercise.type.bug': '버그 찾기',
  'exercise.yourAnswer': '내 답',
  'exercise.check': '확인',
  'exercise.newNumbers': '새 숫자',
  'exercise.showWorking': '풀이 보기',
  'exercise.answerIs': ({ answer }) => `정답: ${answer}`,
  'exercise.tolerance': ({ percent }) =>
    `정확한 값과의 차이가 ${percent} 이내면 정답으로 인정한다. 11/5 같은 분수로 써도 된다.`,
  'exercise.toleranceNoFractions': ({ percent }) =>
    `정확한 값과의 차이가 ${percent} 이내면 정답으로 인정한다.`,
  'exercise.toleranceAbsolute': ({ absolute }) =>
    `정확한 값과의 차이가 ${absolute} 이내면 정답으로 인정한다.`,
  'exercise.rightValue': ({ answer }) =>
    // An answer that ends a sentence itself (an option, a line of code) gets no second stop.
    `맞았다. 정답: ${answer}${/[.;:!?]$/.test(answer) ? '' : '.'}`,
  'exercise.wrong': '아직 아니다. 단계를 하나씩 다시 확인하거나 “풀이 보기”를 열어 보자.',
  'exercise.wrongHint': ({ hint }) => `아직 아니다. ${hint}`,
  'exercise.close': ({ given }) =>
    `아깝다. 입력한 값(${given})이 허용 오차를 벗어났다. 중간에 반올림했다면 자릿수를 더 남겨 두고, 그렇지 않다면 마지막 단계를 확인해 보자.`,
  'exercise.sameProblem': '새 숫자: 이 연습 문제는 문제 수가 적어서 같은 문제가 다시 나왔다.',
  'exercise.chooseOne': '보기 중에서 하나를 고르자.',
  'exercise.noFractions': '이 답은 2.5처럼 소수로 써야 한다.',
  'exercise.zeroDenominator': '분수의 분모는 0이 될 수 없다.',
  'exercise.runCheck': '기울기 확인 실행',
  'exercise.newProblem': '새 숫자: 문제가 바뀌었다.',
  // Progress (kept in this browser only).
  'exercise.progress': ({ solved, total }) => `연습 문제 ${total}개 중 ${solved}개를 풀었다.`,
  'exercise.progressAttempted': ({ solved, total, attempted }) =>
    `연습 문제 ${total}개 중 ${solved}개를 풀었고 ${attempted}개를 시도했다.`,
  'exercise.clearProgress': '연습 문제 진행 기록 지우기',
  'exercise.progressCleared': '이 브라우저에 저장된 연습 문제 진행 기록을 지웠다.',
  // The answers at the end of a printed chapter and of the whole book.
  'exercise.answers': '정답',
  'exercise.answersChapter': ({ n }) => `${n}장`,
  // A link whose segment for this exercise is not `seed=<whole number below 2³²>`.
  'exercise.badSeed':
    '링크에 담긴 이 연습 문제의 숫자는 무시했다. 시드(seed)가 0부터 4294967295까지의 정수가 아니어서, 책에 실린 문제를 대신 보여 준다.',
};

/**
 * Chapters 6 and 7's exercises (issue 16, part E3): prompts, workings and hints, each a whole
 * sentence with slots (numbers arrive formatted; code and tables sit outside the sentences).
 */
import type { AreaWords } from '../catalogue';

export const exercises3: AreaWords<'exercises3'> = {
  // Shared by the chapter 6 and 7 exercises
  'ex6.row': ({ n }) => `${n}행`,
  'ex6.col': ({ n }) => `${n}열`,

  // Chapter 6: one entry of dW = Xᵀ · dY
  'ex6.dw.prompt': ({ n, d, m }) =>
    `Affine 계층이 아래의 배치 X를 받는다. 예제는 ${n}개이고 예제마다 특징이 ${d}개이며, 출력은 ${m}개다. 신경망의 나머지 부분에서는 아래의 기울기 dY가 돌아온다.`,
  'ex6.dw.question': ({ row, col }) => `dW의 ${row}행 ${col}열 원소는 얼마일까?`,
  'ex6.dw.rule': ({ row, col, n }) =>
    `dW = Xᵀ · dY이므로 ${row}행 ${col}열 원소는 X의 ${row}열과 dY의 ${col}열을 짝지어, 예제 ${n}개에 걸쳐 곱을 더한 값이다.`,
  'ex6.dw.columns': ({ row, col, xs, ds }) =>
    `X의 ${row}열은 ${xs}이고, dY의 ${col}열은 ${ds}이다.`,
  'ex6.dw.sum': ({ terms, answer }) => `두 열의 원소끼리 곱해 더하면 ${terms} = ${answer}이다.`,
  'ex6.dw.hintOneExample': ({ n }) =>
    `입력한 값은 예제 하나의 몫이다. W는 배치의 모든 예제에 쓰이므로, dW는 예제 ${n}개의 곱을 모두 더한다.`,
  'ex6.dw.hintNoTranspose':
    '입력한 값은 X · dY의 원소다. 가중치의 기울기는 Xᵀ · dY이다. X의 열 하나와 dY의 열 하나를 짝지으므로, 행렬 곱에서 더해지는 축이 예제 축이 된다.',
  'ex6.dw.hintSwapped': ({ row, col }) =>
    `입력한 값은 ${col}행 ${row}열 원소다. dW의 d행은 특징 d, 곧 X의 열 하나에 대응하고, m열은 출력 m, 곧 dY의 열 하나에 대응한다.`,

  // Chapter 6: one entry of db = the column sums of dY
  'ex6.db.prompt': ({ n, m }) =>
    `출력이 ${m}개인 Affine 계층이 예제 ${n}개짜리 배치에 대해 아래의 기울기 dY를 받는다.`,
  'ex6.db.question': ({ col }) => `db의 ${col}번째 원소는 얼마일까?`,
  'ex6.db.rule':
    '편향 b는 X · W의 모든 행에 더해졌으므로 db는 모든 행에서 기울기를 모은다. 곧 db는 dY의 열별 합이다.',
  'ex6.db.sum': ({ col, ds, terms, answer }) =>
    `dY의 ${col}열은 ${ds}이고, ${terms} = ${answer}이다.`,
  'ex6.db.hintOneRow': ({ n, col }) =>
    `입력한 값은 한 행의 몫이다. 편향은 ${n}개 행 모두에 더해졌으므로, 그 기울기는 ${col}열을 모든 행에 걸쳐 더한 값이다.`,
  'ex6.db.hintRowSum': ({ col }) =>
    `입력한 값은 ${col}행을 따라 더한 값이다. db는 행을 따라 더하지 않고, 예제에 걸쳐 열을 따라 아래로 더한다.`,
  'ex6.db.hintMean':
    '입력한 값은 열의 평균이다. 편향의 기울기는 합이다. 손실의 1/N은 이미 dY 안에 들어 있다.',

  // Chapter 6: two-class softmax, one entry of y − t
  'ex6.softmax.prompt': ({ a0, a1, label }) =>
    `예제 하나(N = 1)의 두 점수(로짓)가 a₀ = ${a0}, a₁ = ${a1}이고, 정답 클래스는 ${label}이다. Softmax-with-Loss 계층은 dx = y − t를 돌려보낸다.`,
  'ex6.softmax.question': ({ k }) =>
    `클래스 ${k}에 해당하는 dx의 원소는 얼마일까? 유효숫자를 네 자리 이상 쓰자.`,
  'ex6.softmax.probabilities': ({ y0, y1 }) =>
    `소프트맥스를 계산하면 y₀ = exp(a₀) / (exp(a₀) + exp(a₁)) = ${y0}, y₁ = exp(a₁) / (exp(a₀) + exp(a₁)) = ${y1}이다.`,
  'ex6.softmax.target': ({ t0, t1 }) => `정답 레이블을 원-핫 인코딩한 행은 t = [${t0}, ${t1}]이다.`,
  'ex6.softmax.entry': ({ k, yk, tk, answer }) =>
    `따라서 클래스 ${k}의 원소는 ${yk} − ${tk} = ${answer}이다.`,
  'ex6.softmax.hintNoT': ({ k }) =>
    `입력한 값은 확률뿐이다. 정답 클래스가 바로 클래스 ${k}이므로 t의 1이 그 자리에 있다. 1을 빼자.`,
  'ex6.softmax.hintWrongOne': ({ k, label }) =>
    `t는 정답 클래스인 클래스 ${label}에서만 1이다. 클래스 ${k}에서는 0이므로 그 원소는 확률 그 자체다.`,
  'ex6.softmax.hintFlipped':
    '부호를 확인하자. 기울기는 t − y가 아니라 y − t이다. 정답 클래스에서는 음수(그 점수를 올린다), 다른 클래스에서는 양수다.',

  // Chapter 6: find the bug in a layer
  'ex6.bug.promptAffine': ({ n }) =>
    `Affine 계층의 역전파를 옮긴 이 코드에는 잘못된 줄이 하나 있다. 기울기 확인은 예제 ${n}개짜리 배치와 정사각 행렬 W를 써서 dX, dW, db를 L = Σ dY ⊙ Y의 중심 차분과 비교한다.`,
  'ex6.bug.promptSoftmax': ({ n }) =>
    `원-핫 레이블용 Softmax-with-Loss 역전파를 옮긴 이 코드에는 잘못된 줄이 하나 있다. 기울기 확인은 예제 ${n}개짜리 배치에서 손실 평균의 중심 차분과 dx를 비교한다.`,
  'ex6.bug.question': '기울기 확인을 실행한 뒤 잘못된 줄을 고르자.',
  'ex6.bug.codeLabel': '버그를 심어 둔 역전파 코드',
  'ex6.bug.option': ({ n }) => `${n}번 줄:`,
  'ex6.bug.checkCaption': '이 계층의 기울기 확인: 역전파와 중심 차분의 비교',
  'ex6.bug.gradient': '기울기',
  'ex6.bug.relativeError': '상대 오차',
  'ex6.bug.verdict': '판정',
  'ex6.bug.agrees': '일치',
  'ex6.bug.disagrees': '불일치',
  'ex6.bug.backprop': ({ grad }) => `역전파로 구한 ${grad}`,
  'ex6.bug.numerical': ({ grad }) => `중심 차분으로 구한 ${grad}`,
  'ex6.bug.blames': ({ grad, line }) =>
    `기울기 확인에서 ${grad} 하나만 어긋나므로, 잘못된 줄은 그 기울기를 계산하는 ${line}번 줄이다.`,
  'ex6.bug.whyDx':
    'dX는 dY · Wᵀ여야 한다. dY는 N × M, W는 D × M이므로 W를 전치해야 한다. W가 정사각 행렬이면 dY · W도 형상이 맞아서 숫자만 틀린다.',
  'ex6.bug.whyDw':
    'dW는 W와 같은 D × M 형상의 Xᵀ · dY여야 한다. dYᵀ · X는 그 전치다. W가 정사각 행렬이면 형상은 맞지만 값이 엉뚱한 자리에 놓인다.',
  'ex6.bug.whyDb':
    'db는 dY의 열별 합이다. 편향은 N개 행 모두에 더해졌으므로 그 기울기도 모든 행을 더한다. N으로 나누면 N배 작아진다.',
  'ex6.bug.whyNoMean': ({ n }) =>
    `손실은 N개 행의 평균이므로 dx는 (y − t)/N이다. 나누지 않으면 모든 원소가 N배(여기서는 ${n}배) 커진다.`,
  'ex6.bug.whySign':
    'dx는 y − t이다. t − y는 반대 방향을 가리키므로 모든 원소의 부호가 틀리고, 상대 오차는 1이 된다.',
  'ex6.bug.hintAgrees': ({ line, grad }) =>
    `${line}번 줄은 맞다. 기울기 확인에서 ${grad}는 일치한다. 일치하지 않는 기울기를 찾아보자.`,
  'ex6.bug.hintNoGradient': ({ line }) =>
    `${line}번 줄은 기울기를 계산하지 않는다. 기울기 확인을 실행하고, 어긋난 기울기를 계산하는 줄을 찾아보자.`,

  // Chapter 7: the number of parameters
  'ex7.count.prompt': ({ a, b, c }) =>
    `입력 ${a}개, 은닉 유닛 ${b}개, 클래스 ${c}개(${a}–${b}–${c})인 2층 신경망이 있다. 가중치와 편향은 모두 몇 개일까?`,
  'ex7.count.first': ({ a, b, w, bias }) =>
    `W₁은 ${a} × ${b}이므로 가중치가 ${w}개이고, b₁은 은닉 유닛마다 편향이 하나씩이므로 ${bias}개다.`,
  'ex7.count.second': ({ b, c, w, bias }) =>
    `W₂는 ${b} × ${c}이므로 가중치가 ${w}개이고, b₂는 클래스마다 편향이 하나씩이므로 ${bias}개다.`,
  'ex7.count.total': ({ terms, answer }) => `모두 합하면 ${terms} = ${answer}개다.`,
  'ex7.count.hintNoBias':
    '입력한 값은 가중치만 센 것이다. Affine 계층마다 출력 하나당 편향도 하나씩 있다. b₁과 b₂다.',
  'ex7.count.hintBiasPerInput': ({ b, c }) =>
    `편향은 입력이 아니라 출력에 딸려 있다. b₁은 은닉 유닛마다 하나씩 ${b}개, b₂는 ${c}개다.`,
  'ex7.count.hintOneLayer':
    '입력한 값은 첫 번째 Affine 계층만 센 것이다. 두 번째 계층의 W₂와 b₂도 매개변수다.',
  'ex7.count.hintProduct':
    '세 크기를 곱한 수는 어떤 행렬의 크기도 아니다. W₁과 W₂를 따로 센 다음 편향을 더하자.',

  // Chapter 7: one step of gradient descent
  'ex7.sgd.prompt': ({ w, g, eta }) =>
    `가중치 W = ${w}의 기울기가 dW = ${g}이다. 학습률이 η = ${eta}일 때 경사 하강법을 한 단계 적용하면 W는 얼마가 될까?`,
  'ex7.sgd.rule': '경사 하강법은 W를 기울기의 반대 방향으로 옮긴다. 곧 W ← W − η · dW이다.',
  'ex7.sgd.step': ({ w, eta, g, answer }) => `새 W는 ${w} − ${eta} × ${g} = ${answer}이다.`,
  'ex7.sgd.hintUphill': '그렇게 가면 비탈을 올라간다. 경사 하강법은 η · dW를 뺀다.',
  'ex7.sgd.hintNoRate': '기울기는 학습률을 곱한 다음에 뺀다. dW가 아니라 η · dW를 빼자.',
  'ex7.sgd.hintChange': '입력한 값은 W가 움직이는 양 −η · dW이다. 이것을 W에 더해야 새 값이 된다.',

  // Chapter 7: one step with momentum
  'ex7.momentum.prompt': ({ mu, eta, v, w, g }) =>
    `모멘텀은 먼저 속도를 v ← μ · v − η · dW로 갱신하고, 그다음 가중치를 W ← W + v로 옮긴다. μ = ${mu}, η = ${eta}이고, 직전 단계가 남긴 속도는 v = ${v}이다. 가중치 W = ${w}의 기울기가 이번에는 dW = ${g}일 때, 이 단계를 마친 W는 얼마일까?`,
  'ex7.momentum.velocity': ({ mu, v, eta, g, newV }) =>
    `먼저 속도를 구한다. μ · v − η · dW = ${mu} × ${v} − ${eta} × ${g} = ${newV}이다.`,
  'ex7.momentum.weight': ({ w, newV, answer }) =>
    `그다음 가중치를 그만큼 옮긴다. W + v = ${w} + ${newV} = ${answer}이다.`,
  'ex7.momentum.hintNoMomentum':
    '입력한 값은 평범한 경사 하강법의 한 단계다. 모멘텀에서는 직전 속도에 μ를 곱한 값도 이번 이동에 더해진다.',
  'ex7.momentum.hintUnscaled': ({ mu }) =>
    `직전 속도는 일부만 남는다. 먼저 직전 속도에 μ(= ${mu})를 곱하자.`,
  'ex7.momentum.hintVelocity': '입력한 값은 새 속도다. 문제는 그만큼 움직인 뒤의 W를 묻는다.',
  'ex7.momentum.hintUphill': '기울기 항의 부호를 확인하자. 속도를 구할 때는 η · dW를 뺀다.',

  // Chapter 7: which planted bug gave this check?
  'ex7.checkBug.prompt': ({ n }) =>
    `신경망의 역전파에 이 장의 버그 세 가지 중 하나가 심겨 있을 수도 있고, 아무 버그도 없을 수도 있다. 기울기 확인은 이 장의 것 그대로이고, 예제 ${n}개짜리 배치를 쓴다. 실행한 뒤 어느 경우인지 고르자.`,
  'ex7.checkBug.whyNone':
    '모든 상대 오차가 1e-4보다 훨씬 작다. 역전파와 중심 차분이 일치하므로 심긴 버그가 없다.',
  'ex7.checkBug.whyTranspose':
    '기울기 확인이 숫자를 하나도 비교하기 전에 형상 오류로 멈췄다. 곱의 형상을 바꾸는 버그는 빠진 전치뿐이다. W₁이 64 × 10이면 dout · W₁은 계산할 수 없다.',
  'ex7.checkBug.whyRelu':
    'W₁과 b₁만 어긋나고 W₂와 b₂는 일치한다. 오류는 두 Affine 계층 사이, 곧 ReLU가 있는 곳에서 생긴다. 마스크가 없으면 꺼져 있던 유닛으로도 기울기를 돌려보낸다.',
  'ex7.checkBug.whyNoMean': ({ n, ratio }) =>
    `모든 매개변수가 같은 상대 오차로 어긋난다. N = ${n}일 때 (N − 1)/(N + 1) = ${ratio}이다. 모든 기울기가 N배 크다는 뜻이고, 빠진 것은 1/N이다.`,
  'ex7.checkBug.hintNone':
    '판정을 보자. 어긋나는 기울기나 형상 오류가 있다면 버그가 심겨 있다는 뜻이다.',
  'ex7.checkBug.hintTranspose':
    '첫 번째 계층에서 전치가 빠졌다면, 기울기 확인은 숫자를 비교하기도 전에 형상 오류로 멈췄을 것이다.',
  'ex7.checkBug.hintRelu': '마스크가 없는 ReLU는 W₁과 b₁만 망가뜨린다. W₂와 b₂는 일치했을 것이다.',
  'ex7.checkBug.hintNoMean': ({ n, ratio }) =>
    `1/N이 빠지면 모든 기울기가 똑같이 망가지고, 상대 오차는 N = ${n}일 때 (N − 1)/(N + 1) = ${ratio}이다.`,

  // Chapter 7: predict, then run: the check on a batch of one
  'ex7.batchOne.prompt': ({ bug }) =>
    `이 장의 기울기 확인은 예제 3개짜리 배치로 실행한다. 대신 예제 하나(N = 1)로 실행하고, “${bug}” 버그가 심겨 있다고 하자. 기울기 확인은 어떻게 될까?`,
  'ex7.batchOne.shape': '숫자를 하나도 비교하기 전에 형상 오류로 멈춘다',
  'ex7.batchOne.numbers': '숫자를 비교해서 일치하지 않는 기울기를 찾아낸다',
  'ex7.batchOne.passes': '통과한다. 모든 기울기가 일치한다',
  'ex7.batchOne.whyShape':
    '형상은 배치 크기와 상관이 없다. W₁이 64 × 10이면 dout · W₁은 여전히 계산할 수 없으므로, 기울기 확인은 형상 오류에서 멈춘다.',
  'ex7.batchOne.whyNumbers':
    '마스크는 배치 크기와 상관없이 중요하다. 예제가 하나여도 W₁과 b₁은 꺼져 있던 은닉 유닛을 거쳐 기울기를 받는다.',
  'ex7.batchOne.whyPasses':
    'N = 1이면 N으로 나누어도 달라지는 것이 없다. 버그가 있는 기울기가 올바른 기울기와 같아서 상대 오차 (N − 1)/(N + 1)은 0이다. 이 장의 기울기 확인이 배치를 쓰는 이유가 여기에 있다.',
  'ex7.batchOne.hintShape':
    '먼저 형상을 생각해 보자. 배치 크기에 따라 dout · W₁을 계산할 수 있는지가 달라질까?',
  'ex7.batchOne.hintNumbers':
    '이 예제에서 꺼져 있던 은닉 유닛은, 마스크를 잊었을 때 기울기를 돌려보낼까?',
  'ex7.batchOne.hintPasses': 'N = 1일 때 N으로 나누면 무슨 일이 일어날까?',
};

/**
 * The Korean edition's terms (issue 17), from the team's glossary: each English term of the book
 * with its Korean form(s). The first Korean form is the one the edition uses; later forms are
 * accepted alternatives (the glossary page shows them all). `find` is how the English term shows
 * in English prose (a regular expression, case-insensitive, whole words), for
 * tests/unit/i18n/glossary.test.ts: a chapter whose English prose uses a term must use one of its
 * Korean forms in its Korean prose. Terms too general to check that way have no `find`.
 */
export interface Term {
  readonly en: string;
  readonly ko: readonly string[];
  readonly note?: { readonly en: string; readonly ko: string };
  readonly find?: RegExp;
}

export const GLOSSARY: readonly Term[] = [
  {
    en: 'backpropagation',
    ko: ['오차역전파법', '역전파'],
    note: {
      en: 'the full name at first use, then 역전파',
      ko: '처음에는 오차역전파법, 이후 역전파',
    },
    find: /\bbackpropagation\b/i,
  },
  { en: 'backward pass', ko: ['역전파', '역방향 계산'], find: /\bbackward pass(es)?\b/i },
  {
    en: 'forward propagation / forward pass',
    ko: ['순전파', '순방향 계산'],
    find: /\bforward (propagation|pass(es)?)\b/i,
  },
  { en: 'computational graph', ko: ['계산 그래프'], find: /\bcomputational graphs?\b/i },
  // Lower case only: “Node” is also Node.js.
  { en: 'node', ko: ['노드'], find: /\bnodes?\b/ },
  { en: 'edge', ko: ['엣지', '화살표'], find: /\bedges?\b/i },
  { en: 'local computation', ko: ['국소적 계산'], find: /\blocal computation\b/i },
  { en: 'local derivative', ko: ['국소적 미분'], find: /\blocal derivatives?\b/i },
  { en: 'chain rule', ko: ['연쇄 법칙'], find: /\bchain rule\b/i },
  { en: 'add node', ko: ['덧셈 노드'], find: /\badd(ition)? nodes?\b/i },
  { en: 'multiply node', ko: ['곱셈 노드'], find: /\bmultipl(y|ication) nodes?\b/i },
  {
    en: 'upstream gradient (`dout`)',
    ko: ['상류에서 전해진 미분', '상류'],
    find: /\bupstream gradients?\b/i,
  },
  { en: 'input (signal)', ko: ['입력'] },
  {
    en: 'layer',
    ko: ['계층'],
    note: { en: 'class names stay MulLayer etc.', ko: '클래스 이름은 MulLayer 등 그대로' },
    find: /\blayers?\b/i,
  },
  { en: 'hidden unit', ko: ['은닉 유닛'], find: /\bhidden units?\b/i },
  { en: 'activation function', ko: ['활성화 함수'], find: /\bactivation functions?\b/i },
  { en: 'weight', ko: ['가중치'], find: /\bweights?\b/i },
  { en: 'bias', ko: ['편향'], find: /\bbias(es)?\b/i },
  { en: 'parameter', ko: ['매개변수'], find: /\bparameters?\b/i },
  { en: 'loss / loss function', ko: ['손실', '손실 함수'], find: /\bloss\b/i },
  { en: 'label', ko: ['정답 레이블', '레이블'], find: /\blabels?\b/i },
  { en: 'one-hot', ko: ['원-핫'], find: /\bone-hot\b/i },
  { en: 'class index', ko: ['클래스 번호'], find: /\bclass ind(ex|ices)\b/i },
  {
    en: 'gradient',
    ko: ['기울기', '미분'],
    note: {
      en: '∂L/∂x read as “x에 대한 L의 미분” where exactness matters',
      ko: '정확히 말할 때는 ∂L/∂x를 “x에 대한 L의 미분”으로 읽는다',
    },
    find: /\bgradients?\b/i,
  },
  { en: 'partial derivative', ko: ['편미분'], find: /\bpartial derivatives?\b/i },
  {
    en: 'numerical differentiation / numerical gradient',
    ko: ['수치 미분', '수치 기울기'],
    find: /\bnumerical (differentiation|gradients?)\b/i,
  },
  { en: 'central difference', ko: ['중심 차분'], find: /\bcentral differences?\b/i },
  { en: 'gradient check', ko: ['기울기 확인'], find: /\bgradient checks?\b/i },
  { en: 'relative error', ko: ['상대 오차'], find: /\brelative errors?\b/i },
  { en: 'gradient descent', ko: ['경사 하강법'], find: /\bgradient descent\b/i },
  { en: 'learning rate', ko: ['학습률'], find: /\blearning rates?\b/i },
  { en: 'batch / mini-batch', ko: ['배치', '미니배치'], find: /\b(mini-)?batch(es)?\b/i },
  { en: 'broadcast', ko: ['브로드캐스트'], find: /\bbroadcast(s|ing)?\b/i },
  { en: 'matrix / transpose', ko: ['행렬', '전치'], find: /\b(matrix|matrices|transposed?)\b/i },
  { en: 'shape', ko: ['형상'], find: /\bshapes?\b/i },
  { en: 'sigmoid', ko: ['시그모이드'], find: /\bsigmoid\b/i },
  { en: 'ReLU', ko: ['ReLU'], find: /\bReLU\b/ },
  { en: 'softmax', ko: ['소프트맥스'], find: /\bsoftmax\b/i },
  { en: 'cross-entropy error', ko: ['교차 엔트로피 오차'], find: /\bcross-entropy\b/i },
  { en: 'logit (score)', ko: ['점수', '로짓'], find: /\b(logits?|scores?)\b/i },
  { en: 'overflow / underflow', ko: ['오버플로', '언더플로'], find: /\b(overflow|underflow)s?\b/i },
  {
    en: 'log-sum-exp',
    ko: ['log-sum-exp'],
    note: { en: 'keeps its English name', ko: '영어 이름을 그대로 쓴다' },
    find: /\blog-sum-exp\b/i,
  },
  { en: 'mask', ko: ['마스크'], find: /\bmask\b/i },
  { en: 'vanishing gradient', ko: ['기울기 소실'], find: /\bvanishing gradients?\b/i },
  { en: 'accuracy', ko: ['정확도'], find: /\baccuracy\b/i },
  { en: 'overfitting', ko: ['오버피팅'], find: /\boverfit(ting)?\b/i },
  {
    en: 'weight initialisation',
    ko: ['가중치 초깃값'],
    find: /\bweight initiali[sz]ation\b/i,
  },
  { en: 'epoch', ko: ['에폭'], find: /\bepochs?\b/i },
  {
    en: 'decision region / boundary',
    ko: ['결정 영역', '결정 경계'],
    find: /\bdecision (regions?|boundar(y|ies))\b/i,
  },
  { en: 'confusion matrix', ko: ['혼동 행렬'], find: /\bconfusion matri(x|ces)\b/i },
  { en: 'exercise / answer / hint', ko: ['연습 문제', '정답', '힌트'] },
  { en: 'apple / orange', ko: ['사과', '귤'], find: /\b(apples?|oranges?)\b/i },
  { en: 'apple price / number of apples', ko: ['사과 가격', '사과 개수'] },
  { en: 'orange price / number of oranges', ko: ['귤 가격', '귤 개수'] },
  { en: '(consumption) tax', ko: ['소비세'], find: /\btax\b/i },
  { en: 'payment', ko: ['지불 금액'], find: /\bpayment\b/i },
];

/** Forms the edition never writes: the glossary's spaced forms, run together. */
export const UNSPACED: readonly string[] = ['계산그래프', '덧셈노드', '곱셈노드', '연쇄법칙'];

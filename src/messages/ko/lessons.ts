/**
 * The second edition's three lessons (issue 14): gradients add where paths meet (chapter 3),
 * Softmax-with-Loss as a graph of primitives, and index labels without one-hot (chapter 6).
 */
import type { AreaWords } from '../catalogue';

export const lessons: AreaWords<'lessons'> = {
  /** Operations added for Softmax-with-Loss, named for screen readers. */

  /** L = y·x + x·z: x is used twice. */
  'lessons.branch.x': 'x (두 번 쓰임)',
  'lessons.branch.y': 'y',
  'lessons.branch.z': 'z',
  'lessons.branch.path': (p) => `경로 ${p.tag}(${p.node})에서 온 ∂L/∂x`,
  'lessons.branch.tooLarge': (p) =>
    `x, y, z는 −${p.limit} 이상 ${p.limit} 이하로 두자. 그 범위를 넘으면 중심 차분의 유효 숫자가 반올림 오차에 묻힌다.`,
  'lessons.branch.sum': '합: ∂L/∂x',
  'lessons.branch.check': '확인: 중심 차분',
  'lessons.branch.announce': (p) =>
    `∂L/∂x는 두 경로의 합이다: ${p.first} + ${p.second} = ${p.sum}.`,

  /** Softmax-with-Loss drawn as primitives. */
  'lessons.softmax.a0': '로짓 a₀',
  'lessons.softmax.a1': '로짓 a₁',
  'lessons.softmax.a2': '로짓 a₂',
  'lessons.softmax.trueClass': '정답 클래스',
  'lessons.softmax.class0': '클래스 0: t = (1, 0, 0)',
  'lessons.softmax.class1': '클래스 1: t = (0, 1, 0)',
  'lessons.softmax.class2': '클래스 2: t = (0, 0, 1)',
  'lessons.softmax.tooLarge': (p) =>
    `이 그래프는 최댓값을 빼는 처리가 없으므로, 로짓은 모두 −${p.limit} 이상 ${p.limit} 이하여야 한다.`,
  'lessons.softmax.loss': 'L = −Σ tₖ log yₖ',
  'lessons.softmax.compare': '기본 노드를 거슬러 구한 역전파와 y − t 비교',
  'lessons.softmax.class': '클래스 k',
  'lessons.softmax.graphGrad': '그래프로 구한 ∂L/∂aₖ',
  'lessons.softmax.difference': '차이',
  'lessons.softmax.announce': (p) =>
    `손실 ${p.loss}; 그래프로 구한 기울기가 y − t와 같다(최대 차이 ${p.largest}).`,

  /** Index labels against one-hot rows, computed at build time. */
  'lessons.labels.caption': '클래스 번호 레이블 [2, 0]과 원-핫 행에서 각각 구한 dx',
  'lessons.labels.entry': '행, 클래스',
  'lessons.labels.index': 'dx, 클래스 번호 레이블',
  'lessons.labels.oneHot': 'dx, 원-핫 행',
  'lessons.labels.difference': '차이',
  'lessons.labels.row': (p) => `${p.n}, ${p.k}`,
};

/**
 * The second edition's three lessons (issue 14): gradients add where paths meet (chapter 3),
 * Softmax-with-Loss as a graph of primitives, and index labels without one-hot (chapter 6).
 */
export const lessons = {
  /** Operations added for Softmax-with-Loss, named for screen readers. */

  /** L = y·x + x·z: x is used twice. */
  'lessons.branch.x': 'x (used twice)',
  'lessons.branch.y': 'y',
  'lessons.branch.z': 'z',
  'lessons.branch.path': (p: { tag: string; node: string }) =>
    `∂L/∂x along path ${p.tag} (${p.node})`,
  'lessons.branch.tooLarge': (p: { limit: string }) =>
    `Keep x, y and z between −${p.limit} and ${p.limit}: beyond that the central difference loses its digits to rounding.`,
  'lessons.branch.sum': 'sum: ∂L/∂x',
  'lessons.branch.check': 'check: central difference',
  'lessons.branch.announce': (p: { first: string; second: string; sum: string }) =>
    `∂L/∂x: ${p.first} + ${p.second} = ${p.sum}.`,

  /** Softmax-with-Loss drawn as primitives. */
  'lessons.softmax.a0': 'Logit a₀',
  'lessons.softmax.a1': 'Logit a₁',
  'lessons.softmax.a2': 'Logit a₂',
  'lessons.softmax.trueClass': 'True class',
  'lessons.softmax.class0': 'class 0: t = (1, 0, 0)',
  'lessons.softmax.class1': 'class 1: t = (0, 1, 0)',
  'lessons.softmax.class2': 'class 2: t = (0, 0, 1)',
  'lessons.softmax.tooLarge': (p: { limit: string }) =>
    `This graph has no max shift, so each logit must lie between −${p.limit} and ${p.limit}.`,
  'lessons.softmax.loss': 'L = −Σ tₖ log yₖ',
  'lessons.softmax.compare': 'Backward through the primitives, against y − t',
  'lessons.softmax.class': 'class k',
  'lessons.softmax.graphGrad': '∂L/∂aₖ via graph',
  'lessons.softmax.difference': 'difference',
  'lessons.softmax.announce': (p: { loss: string; largest: string }) =>
    `Loss ${p.loss}; graph gradients equal y − t (largest difference ${p.largest}).`,

  /** Index labels against one-hot rows, computed at build time. */
  'lessons.labels.caption': 'dx from index labels [2, 0] and from one-hot rows',
  'lessons.labels.entry': 'row, class',
  'lessons.labels.index': 'dx, index labels',
  'lessons.labels.oneHot': 'dx, one-hot rows',
  'lessons.labels.difference': 'difference',
  'lessons.labels.row': (p: { n: string; k: string }) => `${p.n}, ${p.k}`,
} as const;

/** Chapters 1 and 2's exercises (issue 16, part E1): prompts, workings and hints, whole sentences. */
type Nums = Record<string, string>;
export const exercises1 = {
  // Chapter 1, central difference (src/render/exercises/central-difference.ts).
  'ex1.cd.prompt': ({ a, w, h }: Nums) =>
    `Let f(w) = ${a}·w³. Estimate its slope at w = ${w} by the central difference with step h = ${h}: (f(w + h) − f(w − h)) / 2h.`,
  'ex1.cd.stepUp': ({ a, wh, up }: Nums) => `f(${wh}) = ${a} · (${wh})³ = ${up}.`,
  'ex1.cd.stepDown': ({ a, wh, down }: Nums) => `f(${wh}) = ${a} · (${wh})³ = ${down}.`,
  'ex1.cd.stepDivide': ({ up, down, twoH, estimate }: Nums) =>
    `(${up} − (${down})) / ${twoH} = ${estimate}.`,
  'ex1.cd.stepCompare': ({ exact, gap }: Nums) =>
    `The exact derivative 3·a·w² is ${exact}: with so large a step the estimate is off by a·h² = ${gap}, which is why the book's checks use h = 0.00001.`,
  'ex1.cd.hintExact': ({ exact }: Nums) =>
    `${exact} is the exact derivative. The question asks for the central difference with this step, which differs from it: compute f(w + h) and f(w − h).`,
  'ex1.cd.hintForward':
    'That is the one-sided difference (f(w + h) − f(w)) / h. The central difference steps to both sides: f(w + h) − f(w − h).',
  'ex1.cd.hintNoTwo': 'The two points are 2h apart: divide the difference by 2h, not by h.',
} as const;

/**
 * The exercises of chapter 5, activation layers, and the find-the-bug gradient check table. Part
 * of the `exercises2` area (../exercises2.ts).
 */
type S = string;

export const activation = {
  // ---- Chapter 5: ReLU backward.
  'ex.activation.relu.prompt': ({ x, dout, k }: { x: S; dout: S; k: S }) =>
    `A ReLU layer ran forward on x = ${x} and now receives dout = ${dout}. What is entry ${k} of dx, counting from 1?`,
  'ex.activation.relu.work.mask': ({ mask }: { mask: S }) =>
    `forward kept a mask with 1 where x ≤ 0: ${mask}.`,
  'ex.activation.relu.work.open': ({ k, x, dout }: { k: S; x: S; dout: S }) =>
    `Entry ${k} has x = ${x} > 0, so the gradient passes unchanged: dx = dout = ${dout}.`,
  'ex.activation.relu.work.shut': ({ k, x }: { k: S; x: S }) =>
    `Entry ${k} has x = ${x} ≤ 0, so the mask shuts it: dx = 0.`,
  'ex.activation.relu.work.row': ({ dx }: { dx: S }) => `The whole row: dx = ${dx}.`,
  'ex.activation.relu.hint.blockedOpen':
    'x is positive in that entry, so the gate is open and dout passes unchanged.',
  'ex.activation.relu.hint.ignoredMask':
    'x ≤ 0 in that entry, so the mask shuts it and nothing flows back.',
  'ex.activation.relu.hint.timesX':
    'ReLU’s local derivative is 1 or 0, never x: dout passes unchanged or not at all.',
  'ex.activation.relu.hint.kinkHalf':
    'Half of dout is what a central difference reports at the kink. The layer’s mask counts x = 0 as shut and sends 0.',

  // ---- Chapter 5: sigmoid backward.
  'ex.activation.sigmoid.prompt': ({ x, y, dout }: { x: S; y: S; dout: S }) =>
    `A sigmoid layer’s forward pass took x = ${x} and returned y = ${y}. The upstream gradient is dout = ${dout}. What is dx?`,
  'ex.activation.sigmoid.work.local': ({ y, oneMinusY, local }: { y: S; oneMinusY: S; local: S }) =>
    `The local derivative needs only the output: y(1 − y) = ${y} × ${oneMinusY} = ${local}.`,
  'ex.activation.sigmoid.work.product': ({ dout, local, dx }: { dout: S; local: S; dx: S }) =>
    `So dx = dout · y(1 − y) = ${dout} × ${local} = ${dx}.`,
  'ex.activation.sigmoid.hint.usedX':
    'That used x where y belongs. The formula is dout · y(1 − y), with the layer’s output y.',
  'ex.activation.sigmoid.hint.noUpstream': 'That is y(1 − y) alone. Multiply it by dout.',
  'ex.activation.sigmoid.hint.forgotOneMinusY': 'That is dout · y: the factor (1 − y) is missing.',
  'ex.activation.sigmoid.hint.forgotY': 'That is dout · (1 − y): the factor y is missing.',

  // ---- Chapter 5: predict ReLU where x < 0.
  'ex.activation.negative.prompt': ({ x, dout }: { x: S; dout: S }) =>
    `A ReLU layer ran forward on x = ${x} and receives dout = ${dout}. Before you run it: what does backward send back in the entries where x < 0?`,
  'ex.activation.negative.option.unchanged': 'Those entries get dout unchanged',
  'ex.activation.negative.option.zero': 'Those entries get 0',
  'ex.activation.negative.option.flipped': 'Those entries get dout with its sign flipped',
  'ex.activation.negative.option.scaled': 'Those entries get dout times x',
  'ex.activation.negative.reveal': ({ dx }: { dx: S }) =>
    `Running it: backward returned dx = ${dx}. Every entry where x < 0 is 0.`,
  'ex.activation.negative.work':
    'Where x ≤ 0, ReLU’s output does not move when x moves: its local derivative is 0, so dx = dout · 0 = 0 there. The mask from forward records those entries.',
  'ex.activation.negative.hint.unchanged':
    'That is what happens where x > 0, where the gate is open.',
  'ex.activation.negative.hint.flipped':
    'ReLU’s slope left of 0 is 0, not −1: its output does not move at all.',
  'ex.activation.negative.hint.scaled': 'ReLU’s local derivative is 1 or 0, never x.',

  // ---- Chapter 5: find the bug in a Sigmoid.
  'ex.activation.sigmoidBug.prompt': ({ x, dout }: { x: S; dout: S }) =>
    `This Sigmoid layer has one wrong line. Run the gradient check on x = ${x} with dout = ${dout}, then pick the faulty line.`,
  'ex.activation.sigmoidBug.work.check': ({ error }: { error: S }) =>
    `The check disagrees: backward and central differences are apart, with a relative error of ${error}.`,
  'ex.activation.sigmoidBug.work.usesX':
    'The gradient is dout · y(1 − y) with y the layer’s output. The faulty line reads the saved input this.input, so backward computes dout · x(1 − x); it should read this.out.',
  'ex.activation.sigmoidBug.work.forgotY':
    'The gradient is dout · y(1 − y). The faulty line computes d * (1 - v), dropping the factor y; it should be d * v * (1 - v).',
  'ex.activation.sigmoidBug.hint.storeInput':
    'Keeping x costs memory but changes no number. The check compares numbers: look for the line that computes the wrong one.',
  'ex.activation.sigmoidBug.hint.forwardLine': 'forward is right: y = σ(x), saved and returned.',
  'ex.activation.sigmoidBug.hint.readSaved':
    'That line reads the saved output, this.out, which is what backward needs.',
  'ex.activation.sigmoidBug.hint.product':
    'That line computes d · v(1 − v), the right formula, from whatever y holds. Where did y come from?',

  // ---- The gradient check table of the find-the-bug exercises.
  'ex.check.caption': 'Gradient check',
  'ex.check.entry': 'Input',
  'ex.check.backward': 'backward',
  'ex.check.numerical': 'central difference',
  'ex.check.verdict': 'verdict',
  'ex.check.agrees': 'agrees',
  'ex.check.disagrees': 'disagrees',
} as const;

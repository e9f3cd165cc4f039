/**
 * Exercises of chapters 3, 4 and 5 (issue 16): prompts, working steps, hints, options and reveals.
 * Numbers and code come in as slots (already formatted); every template is a whole sentence.
 */
type S = string;

export const exercises2 = {
  // ---- Chapter 3: the add node.
  'ex.chain.addNode.prompt': ({ x, y, dout }: { x: S; y: S; dout: S }) =>
    `An add node computed z = x + y with x = ${x} and y = ${y}. The upstream gradient dout = ${dout} arrives from the right. What gradient dx does the node send back to x?`,
  'ex.chain.addNode.work.local': 'Both local derivatives of an add node are 1: ∂z/∂x = ∂z/∂y = 1.',
  'ex.chain.addNode.work.product': ({ dout, dx }: { dout: S; dx: S }) =>
    `So dx = dout × 1 = ${dout} × 1 = ${dx}. The values of x and y play no part.`,
  'ex.chain.addNode.hint.forward':
    'That is z = x + y, the forward value. Backward, the node sends the upstream gradient times its local derivative.',
  'ex.chain.addNode.hint.multiply':
    'That is dout × y, the rule of a multiply node. An add node’s local derivative is 1, so it passes dout on unchanged.',
  'ex.chain.addNode.hint.local':
    '1 is the local derivative alone. Multiply it by the upstream gradient dout.',

  // ---- Chapter 3: the multiply node.
  'ex.chain.mulNode.prompt': ({ x, y, dout }: { x: S; y: S; dout: S }) =>
    `A multiply node computed z = x · y with x = ${x} and y = ${y}. The upstream gradient is dout = ${dout}. What gradient dx does the node send back to x?`,
  'ex.chain.mulNode.work.local': ({ y }: { y: S }) =>
    `The local derivative of z = x · y with respect to x is the other input: ∂z/∂x = y = ${y}.`,
  'ex.chain.mulNode.work.product': ({ dout, y, dx }: { dout: S; y: S; dx: S }) =>
    `So dx = dout · y = ${dout} × ${y} = ${dx}.`,
  'ex.chain.mulNode.hint.unswapped':
    'That is dout · x. A multiply node swaps its inputs: x receives dout times the other input, y.',
  'ex.chain.mulNode.hint.noUpstream':
    'That is the local derivative y alone. Multiply it by the upstream gradient dout.',
  'ex.chain.mulNode.hint.forward':
    'That is z = x · y, the forward value. The question asks for the gradient sent back to x.',
  'ex.chain.mulNode.hint.addRule':
    'That is dout passed on unchanged, as an add node would. A multiply node multiplies dout by the other input.',

  // ---- Chapter 3: the chain rule on L = (x + y)².
  'ex.chain.squareOfSum.prompt': ({ x, y }: { x: S; y: S }) =>
    `Let L = (x + y)², computed by two nodes: t = x + y, then L = t². With x = ${x} and y = ${y}, what is ∂L/∂x?`,
  'ex.chain.squareOfSum.work.forward': ({ t, L }: { t: S; L: S }) =>
    `Forward: t = x + y = ${t}, and L = t² = ${L}.`,
  'ex.chain.squareOfSum.work.square': ({ dt }: { dt: S }) =>
    `The square node’s local derivative is 2t = ${dt}. Starting from ∂L/∂L = 1, it sends ∂L/∂t = 1 × ${dt} = ${dt} back.`,
  'ex.chain.squareOfSum.work.add': ({ dt, dx }: { dt: S; dx: S }) =>
    `The add node’s local derivative is 1, so ∂L/∂x = ${dt} × 1 = ${dx}.`,
  'ex.chain.squareOfSum.hint.value':
    'That is L itself, the forward value. The question asks how fast L changes as x changes.',
  'ex.chain.squareOfSum.hint.noTwo':
    'That is t = x + y. The square node’s local derivative is 2t, not t.',
  'ex.chain.squareOfSum.hint.onlyX':
    'That is 2x, the derivative of x² alone. The square’s input is t = x + y, so its local derivative is 2t.',
  'ex.chain.squareOfSum.hint.noT': 'That is the 2 of 2t without the t. Evaluate 2t at t = x + y.',

  // ---- Chapter 3: a value used twice.
  'ex.chain.branchSum.prompt': ({ x, y, z }: { x: S; y: S; z: S }) =>
    `In L = y · x + x · z the input x feeds two multiply nodes. With x = ${x}, y = ${y} and z = ${z}, what is ∂L/∂x?`,
  'ex.chain.branchSum.work.path1': ({ path1 }: { path1: S }) =>
    `Path ① (y · x) sends x the upstream gradient 1 times the other input, y: ${path1}.`,
  'ex.chain.branchSum.work.path2': ({ path2 }: { path2: S }) =>
    `Path ② (x · z) sends x the upstream gradient 1 times z: ${path2}.`,
  'ex.chain.branchSum.work.sum': ({ path1, path2, dx }: { path1: S; path2: S; dx: S }) =>
    `Where the paths meet at x their gradients add: ∂L/∂x = ${path1} + ${path2} = ${dx}.`,
  'ex.chain.branchSum.hint.onePath':
    'That is what one path sends. x is used twice, so add what both paths send back.',
  'ex.chain.branchSum.hint.product':
    'That multiplies the two paths’ gradients. Where paths meet on the way back, their gradients add.',
  'ex.chain.branchSum.hint.value':
    'That is L, the forward value. The question asks for its gradient with respect to x.',

  // ---- Chapter 4: MulLayer in code.
  'ex.layers.mulBackward.prompt':
    'The code below runs a MulLayer forward, then backward. What number does dy hold at the end?',
  'ex.layers.mulBackward.work.forward': ({ x, y, z }: { x: S; y: S; z: S }) =>
    `forward saves x = ${x} and y = ${y}, and returns z = ${z}.`,
  'ex.layers.mulBackward.work.backward': ({ dout, x, dx, dy }: { dout: S; x: S; dx: S; dy: S }) =>
    `backward returns [dout · y, dout · x]: dx = ${dx}, and dy = ${dout} × ${x} = ${dy}.`,
  'ex.layers.mulBackward.hint.firstOfPair':
    'That is dx, the first of the pair. dy, the second, is dout times the other input, x.',
  'ex.layers.mulBackward.hint.noUpstream': 'That is x alone. backward multiplies it by dout.',
  'ex.layers.mulBackward.hint.forward': 'That is z, what forward returned, not a gradient.',

  // ---- Chapter 4: the shopping code with new numbers.
  'ex.layers.orangeCount.prompt': ({
    applePrice,
    appleCount,
    orangePrice,
    orangeCount,
    tax,
  }: {
    applePrice: S;
    appleCount: S;
    orangePrice: S;
    orangeCount: S;
    tax: S;
  }) =>
    `Run buyAppleOrange with an apple price of ${applePrice}, ${appleCount} apples, an orange price of ${orangePrice}, ${orangeCount} oranges and a tax of ${tax}. What does it return as dOrange_num, the gradient for the number of oranges?`,
  'ex.layers.orangeCount.work.forward': ({
    subtotal,
    tax,
    price,
  }: {
    subtotal: S;
    tax: S;
    price: S;
  }) =>
    `Forward, ① to ④: the subtotal is ${subtotal}, and the payment is ${subtotal} × ${tax} = ${price}.`,
  'ex.layers.orangeCount.work.tax': ({ tax }: { tax: S }) =>
    `Backward from dprice = 1: the tax node ④ sends the subtotal 1 × tax = ${tax}.`,
  'ex.layers.orangeCount.work.add': ({ tax }: { tax: S }) =>
    `The add node ③ passes ${tax} on to the orange subtotal unchanged.`,
  'ex.layers.orangeCount.work.orange': ({
    tax,
    orangePrice,
    answer,
  }: {
    tax: S;
    orangePrice: S;
    answer: S;
  }) =>
    `The orange node ② sends the count the upstream gradient times the other input, the price: dOrange_num = ${tax} × ${orangePrice} = ${answer}.`,
  'ex.layers.orangeCount.hint.noTax': ({ tax }: { tax: S }) =>
    `That is the orange price alone. The gradient ${tax} that comes down from the tax node rides along.`,
  'ex.layers.orangeCount.hint.swapped':
    'That is dOrange, the gradient for the orange price: tax × count. The count’s gradient is tax × price.',
  'ex.layers.orangeCount.hint.forward': 'That is what the oranges cost with tax, a forward value.',

  // ---- Chapter 4: find the bug in a MulLayer.
  'ex.layers.mulBug.prompt': ({ x, y, dout }: { x: S; y: S; dout: S }) =>
    `This MulLayer has one wrong line. Run the gradient check, which compares its backward with central differences at x = ${x}, y = ${y} and dout = ${dout}, then pick the faulty line.`,
  'ex.layers.mulBug.work.check': ({ input }: { input: S }) =>
    `The check disagrees only for ${input}: the gradient backward returns for it is wrong.`,
  'ex.layers.mulBug.work.dx':
    'x’s gradient should be dout times the other input, dout * this.y; the faulty line uses this.x, x’s own value.',
  'ex.layers.mulBug.work.dy':
    'y’s gradient should be dout times the other input, dout * this.x; the faulty line uses this.y, y’s own value.',
  'ex.layers.mulBug.work.equal':
    'Had x and y been equal, the swap would change nothing and the check could not see the bug: a gradient check needs inputs that differ.',
  'ex.layers.mulBug.hint.forwardLine':
    'forward is right: it stores both inputs and returns their product. The check compares gradients: look at the row that disagrees.',
  'ex.layers.mulBug.hint.rightGradient':
    'That line is right: it multiplies dout by the other input. Look at which input’s row of the check disagrees.',
  'ex.layers.mulBug.hint.returnLine':
    'The pair comes back as [dx, dy], the order the callers expect.',

  // ---- Chapter 4: backward before forward. Options are labels, without a closing full stop.
  'ex.layers.order.prompt': ({ layer, dout }: { layer: S; dout: S }) =>
    `A fresh ${layer} has never run forward. What happens when the code calls its backward(${dout})?`,
  'ex.layers.order.option.zeros': 'It returns 0 for both gradients',
  'ex.layers.order.option.dout': ({ dout }: { dout: S }) => `It returns ${dout} for both gradients`,
  'ex.layers.order.option.nan': 'Both gradients come back as not-a-number values',
  'ex.layers.order.option.throws': 'It stops with an error that names the layer',
  'ex.layers.order.reveal': ({ call, message }: { call: S; message: S }) =>
    `Running it: ${call} stops with the error “${message}”.`,
  'ex.layers.order.work':
    'backward reads what forward saved. Before forward nothing is saved, so the helper saved throws an error that names the layer, rather than let a missing value turn into a wrong number.',
  'ex.layers.order.hint.zeros':
    'A layer that never ran has no inputs to compute with, and the book’s layers refuse rather than make up zeros.',
  'ex.layers.order.hint.doutAdd':
    'An add node needs no values, but AddLayer keeps a flag that forward ran, so a pass out of order still fails loudly.',
  'ex.layers.order.hint.doutMul':
    'A multiply node sends dout times the other input, and before forward there is no input to multiply by.',
  'ex.layers.order.hint.nan':
    'A value never saved is missing, and a missing value times dout is not a number; the helper saved checks first and throws instead.',

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

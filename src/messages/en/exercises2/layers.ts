/**
 * The exercises of chapter 4, layers in code: prompts, working steps, options, hints and reveals.
 * Part of the `exercises2` area (../exercises2.ts).
 */
type S = string;

export const layers = {
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
} as const;

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

  // Chapter 1, forward passes for one numerical gradient (forward-passes.ts).
  'ex1.fp.prompt': ({ inputs, hidden, classes }: Nums) =>
    `A network has ${inputs} inputs, ${hidden} hidden units and ${classes} classes: two Affine layers, each with weights and biases. How many forward passes does one gradient by central differences need?`,
  'ex1.fp.stepCount': ({ inputs, hidden, classes, w1, b1, w2, b2, parameters }: Nums) =>
    `Parameters: W1 has ${inputs} × ${hidden} = ${w1}, b1 has ${b1}, W2 has ${hidden} × ${classes} = ${w2}, b2 has ${b2}; together ${parameters}.`,
  'ex1.fp.stepPasses': ({ parameters, passes }: Nums) =>
    `Each parameter is nudged up and down, one forward pass each: 2 × ${parameters} = ${passes} forward passes.`,
  'ex1.fp.hintOne': ({ parameters }: Nums) =>
    `${parameters} is the number of parameters. Each one needs two forward passes: one with it nudged up, one with it nudged down.`,
  'ex1.fp.hintBiases':
    'Count the biases too: each hidden unit and each class has one, and each is a parameter with its own two forward passes.',

  // Chapter 1, predict: how backprop's cost grows (backprop-growth.ts).
  'ex1.bg.prompt': ({ small, large }: Nums) =>
    `A network grows from ${small} to ${large} parameters. Before you read on, predict: how does the number of passes backpropagation needs for one gradient change?`,
  'ex1.bg.same': 'It stays the same: one forward pass and one backward pass, whatever the size.',
  'ex1.bg.linear': 'It grows in proportion to the number of parameters.',
  'ex1.bg.square': 'It grows like the square of the number of parameters.',
  'ex1.bg.reveal': ({ small, large, numSmall, numLarge, bpSmall, bpLarge }: Nums) =>
    `The cost model counts: at ${small} parameters central differences need ${numSmall} forward passes and backpropagation ${bpSmall} passes (one forward, one backward); at ${large} parameters, ${numLarge} against ${bpLarge}.`,
  'ex1.bg.stepNumerical': ({ factor }: Nums) =>
    `Central differences need 2 forward passes per parameter, so ${factor} times as many parameters need ${factor} times as many passes.`,
  'ex1.bg.stepBackprop':
    'Backpropagation needs one forward pass and one backward pass, however many parameters there are: each pass gets longer as the network grows, but their number does not change.',
  'ex1.bg.hintLinear':
    'That is how central differences grow: two forward passes per parameter. Backpropagation gets every partial derivative from one backward sweep.',
  'ex1.bg.hintSquare':
    'The work of central differences grows roughly like P², because each of their 2P passes also gets longer. Count backpropagation’s passes instead.',

  // Chapter 1, cost ratio (cost-ratio.ts).
  'ex1.cr.prompt': ({ parameters, k }: Nums) =>
    `A network has ${parameters} parameters, and one backward pass costs as much as ${k} forward passes. How many times as many forward passes does one gradient by central differences cost as one by backpropagation?`,
  'ex1.cr.stepNumerical': ({ parameters, numerical }: Nums) =>
    `Central differences: 2 × ${parameters} = ${numerical} forward passes.`,
  'ex1.cr.stepBackprop': ({ k, backprop }: Nums) =>
    `Backpropagation: one forward pass and one backward pass worth ${k}, so 1 + ${k} = ${backprop} forward passes.`,
  'ex1.cr.stepRatio': ({ numerical, backprop, ratio }: Nums) =>
    `${numerical} / ${backprop} = ${ratio} times as many.`,
  'ex1.cr.hintOnePass':
    'That counts backpropagation as a single pass. It needs a forward pass and a backward pass, and the backward pass costs more than one forward pass here.',
  'ex1.cr.hintNoTwo':
    'Central differences need two forward passes per parameter, one nudged up and one nudged down.',
  'ex1.cr.hintNoForward':
    'Backpropagation runs the network forward once before it runs backward: count that pass too.',

  // Chapter 2, the shopping trip with fresh numbers (shopping-*.ts).
  'ex2.trip': ({ appleCount, applePrice, orangeCount, orangePrice, tax }: Nums) =>
    `You buy ${appleCount} apples at ${applePrice} each and ${orangeCount} oranges at ${orangePrice} each; the tax multiplies the total by ${tax}.`,
  'ex2.payment.question': 'What is the payment?',
  'ex2.payment.stepNodes': ({
    appleCount,
    applePrice,
    apples,
    orangeCount,
    orangePrice,
    oranges,
  }: Nums) =>
    `Nodes ① and ②: ${applePrice} × ${appleCount} = ${apples} and ${orangePrice} × ${orangeCount} = ${oranges}.`,
  'ex2.payment.stepAdd': ({ apples, oranges, subtotal }: Nums) =>
    `Node ③: ${apples} + ${oranges} = ${subtotal}.`,
  'ex2.payment.stepTax': ({ subtotal, tax, payment }: Nums) =>
    `Node ④: ${subtotal} × ${tax} = ${payment}.`,
  'ex2.payment.hintNoTax':
    'That is the total before tax, the output of node ③. Node ④ still multiplies it by the tax.',
  'ex2.payment.hintTaxOnly':
    'That is the tax alone. Node ④ multiplies the whole total by the tax multiplier, so the payment includes the total itself.',

  'ex2.dApple.question':
    'By how much does the payment rise per unit of apple price: what is ∂L/∂(apple price)?',
  'ex2.dApple.stepTax': ({ tax }: Nums) =>
    `Raising the apple price by 1 raises node ①’s output by the number of apples, and node ④ multiplies every unit of the total by ${tax}.`,
  'ex2.dApple.stepResult': ({ appleCount, tax, dApple }: Nums) =>
    `So ∂L/∂(apple price) = ${appleCount} × ${tax} = ${dApple}.`,
  'ex2.dApple.hintNoTax': ({ tax }: Nums) =>
    `That is the number of apples alone. Every unit added to the total is multiplied by the tax ${tax} on its way to the payment.`,
  'ex2.dApple.hintNoCount': ({ tax }: Nums) =>
    `${tax} is what one more unit of the total adds to the payment. One more unit of apple price adds one unit per apple.`,
  'ex2.dApple.hintPrice':
    'That is how much the payment changes per apple (a change in the count). The question asks per unit of apple price.',

  'ex2.dTax.question':
    'By how much does the payment rise per unit of tax multiplier: what is ∂L/∂(tax)?',
  'ex2.dTax.stepSubtotal': ({ subtotal }: Nums) =>
    `Node ④ multiplies the total ${subtotal} by the tax, so a unit more tax adds the total once more.`,
  'ex2.dTax.stepResult': ({ subtotal }: Nums) =>
    `So ∂L/∂(tax) = ${subtotal}, the total before tax.`,
  'ex2.dTax.hintPayment':
    'That is the payment itself. Node ④ computes total × tax; its derivative with respect to the tax is the other input, the total.',
  'ex2.dTax.hintTax':
    'That is the tax. For a product total × tax, the derivative with respect to one input is the other input.',

  'ex2.td.question':
    'Predict: if the tax multiplier doubles, which of the five gradients (apple price, apple count, orange price, orange count, tax) change?',
  'ex2.td.tax-only': 'Only the gradient of the tax.',
  'ex2.td.all-but-tax': 'The four price and count gradients; the tax’s stays the same.',
  'ex2.td.all': 'All five.',
  'ex2.td.none': 'None of them: gradients do not depend on the tax.',
  'ex2.td.reveal': ({
    tax,
    tax2,
    dApple,
    dApple2,
    dAppleNum,
    dAppleNum2,
    dOrange,
    dOrange2,
    dOrangeNum,
    dOrangeNum2,
    dTax,
    dTax2,
  }: Nums) =>
    `Running the layers with tax ${tax} and then ${tax2}: apple price ${dApple} → ${dApple2}, apple count ${dAppleNum} → ${dAppleNum2}, orange price ${dOrange} → ${dOrange2}, orange count ${dOrangeNum} → ${dOrangeNum2}, tax ${dTax} → ${dTax2}.`,
  'ex2.td.stepInputs':
    'Every path from a price or a count to the payment passes through node ④, which multiplies by the tax: those four gradients contain the tax as a factor and double with it.',
  'ex2.td.stepTax':
    'The gradient of the tax is the total before tax, which the tax does not change.',
  'ex2.td.hintTaxOnly':
    'The tax’s own gradient is the total before tax: doubling the tax leaves it alone. Look at what node ④ multiplies every other gradient by.',
  'ex2.td.hintAll':
    'Four of them double. But the tax’s gradient is the total before tax, and the tax does not change the total.',
  'ex2.td.hintNone':
    'Node ④ passes each gradient back multiplied by the tax, so the gradients upstream of it follow the tax.',
} as const;

/**
 * Chapters 6 and 7's exercises (issue 16, part E3): prompts, workings and hints, each a whole
 * sentence with slots (numbers arrive formatted; code and tables sit outside the sentences).
 */
type S = string;

export const exercises3 = {
  // Shared by the chapter 6 and 7 exercises
  'ex6.row': ({ n }: { n: S }) => `row ${n}`,
  'ex6.col': ({ n }: { n: S }) => `column ${n}`,

  // Chapter 6: one entry of dW = Xᵀ · dY
  'ex6.dw.prompt': ({ n, d, m }: { n: S; d: S; m: S }) =>
    `An Affine layer takes the batch X below, ${n} examples of ${d} features, and has ${m} outputs. The rest of the network sends back the gradient dY below.`,
  'ex6.dw.question': ({ row, col }: { row: S; col: S }) =>
    `What is the entry of dW in row ${row}, column ${col}?`,
  'ex6.dw.rule': ({ row, col, n }: { row: S; col: S; n: S }) =>
    `dW = Xᵀ · dY, so its entry in row ${row}, column ${col} pairs column ${row} of X with column ${col} of dY, summed over the ${n} examples.`,
  'ex6.dw.columns': ({ row, col, xs, ds }: { row: S; col: S; xs: S; ds: S }) =>
    `Column ${row} of X is ${xs}, and column ${col} of dY is ${ds}.`,
  'ex6.dw.sum': ({ terms, answer }: { terms: S; answer: S }) =>
    `The sum of their products is ${terms} = ${answer}.`,
  'ex6.dw.hintOneExample': ({ n }: { n: S }) =>
    `That is one example's share. W is used by every example in the batch, so dW adds up the products of all ${n} examples.`,
  'ex6.dw.hintNoTranspose':
    'That is an entry of X · dY. The weight gradient is Xᵀ · dY: it pairs a column of X with a column of dY, so that the examples meet in the middle.',
  'ex6.dw.hintSwapped': ({ row, col }: { row: S; col: S }) =>
    `That is the entry in row ${col}, column ${row}. Row d of dW belongs to feature d, a column of X; column m belongs to output m, a column of dY.`,

  // Chapter 6: one entry of db = the column sums of dY
  'ex6.db.prompt': ({ n, m }: { n: S; m: S }) =>
    `An Affine layer with ${m} outputs receives the gradient dY below for a batch of ${n} examples.`,
  'ex6.db.question': ({ col }: { col: S }) => `What is entry ${col} of db?`,
  'ex6.db.rule':
    'The bias b was added to every row of X · W, so db collects a gradient from every row: db is the column sums of dY.',
  'ex6.db.sum': ({ col, ds, terms, answer }: { col: S; ds: S; terms: S; answer: S }) =>
    `Column ${col} of dY is ${ds}, and ${terms} = ${answer}.`,
  'ex6.db.hintOneRow': ({ n, col }: { n: S; col: S }) =>
    `That is one row's share. The bias was added to all ${n} rows, so its gradient sums column ${col} over every row.`,
  'ex6.db.hintRowSum': ({ col }: { col: S }) =>
    `That is the sum along row ${col}. db sums down a column, over the examples, not along a row.`,
  'ex6.db.hintMean':
    'That is the mean of the column. The bias gradient is the sum; the loss’s 1/N is already inside dY.',

  // Chapter 6: two-class softmax, one entry of y − t
  'ex6.softmax.prompt': ({ a0, a1, label }: { a0: S; a1: S; label: S }) =>
    `A single example (N = 1) has the two logits a₀ = ${a0} and a₁ = ${a1}, and its true class is ${label}. Softmax-with-Loss sends back dx = y − t.`,
  'ex6.softmax.question': ({ k }: { k: S }) =>
    `What is the entry of dx for class ${k}? Give at least four significant digits.`,
  'ex6.softmax.probabilities': ({ y0, y1 }: { y0: S; y1: S }) =>
    `Softmax gives y₀ = exp(a₀) / (exp(a₀) + exp(a₁)) = ${y0} and y₁ = exp(a₁) / (exp(a₀) + exp(a₁)) = ${y1}.`,
  'ex6.softmax.target': ({ t0, t1 }: { t0: S; t1: S }) =>
    `The label as a one-hot row is t = [${t0}, ${t1}].`,
  'ex6.softmax.entry': ({ k, yk, tk, answer }: { k: S; yk: S; tk: S; answer: S }) =>
    `So the entry for class ${k} is ${yk} − ${tk} = ${answer}.`,
  'ex6.softmax.hintNoT': ({ k }: { k: S }) =>
    `That is the probability alone. Class ${k} is the true class, so t has its 1 there: subtract it.`,
  'ex6.softmax.hintWrongOne': ({ k, label }: { k: S; label: S }) =>
    `t is 1 only at the true class, class ${label}; at class ${k} it is 0, so that entry is the probability itself.`,
  'ex6.softmax.hintFlipped':
    'Check the sign: the gradient is y − t, not t − y. It is negative at the true class (push that score up) and positive at the other.',

  // Chapter 6: find the bug in a layer
  'ex6.bug.promptAffine': ({ n }: { n: S }) =>
    `This copy of the Affine layer’s backward pass has one wrong line. The gradient check compares dX, dW and db with central differences of L = Σ dY ⊙ Y, for a batch of ${n} examples and a square W.`,
  'ex6.bug.promptSoftmax': ({ n }: { n: S }) =>
    `This copy of Softmax-with-Loss’s backward pass, for one-hot labels, has one wrong line. The gradient check compares dx with central differences of the mean loss over a batch of ${n} examples.`,
  'ex6.bug.question': 'Run the gradient check, then pick the wrong line.',
  'ex6.bug.codeLabel': 'The backward pass with the planted bug',
  'ex6.bug.option': ({ n }: { n: S }) => `Line ${n}:`,
  'ex6.bug.checkCaption': 'Gradient check of this layer: backprop against central differences',
  'ex6.bug.gradient': 'Gradient',
  'ex6.bug.relativeError': 'Relative error',
  'ex6.bug.verdict': 'Verdict',
  'ex6.bug.agrees': 'agrees',
  'ex6.bug.disagrees': 'disagrees',
  'ex6.bug.backprop': ({ grad }: { grad: S }) => `${grad} by backprop`,
  'ex6.bug.numerical': ({ grad }: { grad: S }) => `${grad} by central differences`,
  'ex6.bug.blames': ({ grad, line }: { grad: S; line: S }) =>
    `The check blames ${grad} alone, so the wrong line is the one that computes it: line ${line}.`,
  'ex6.bug.whyDx':
    'dX must be dY · Wᵀ: dY is N × M and W is D × M, so W has to be turned on its side. With a square W the product dY · W still fits, and only the numbers are wrong.',
  'ex6.bug.whyDw':
    'dW must be Xᵀ · dY, D × M like W. dYᵀ · X is its transpose; with a square W the shapes fit and the values land in the wrong places.',
  'ex6.bug.whyDb':
    'db is the column sums of dY: the bias was added to all N rows, so its gradient sums them. Dividing by N makes it N times too small.',
  'ex6.bug.whyNoMean': ({ n }: { n: S }) =>
    `The loss is the mean over the N rows, so dx is (y − t)/N. Without the division every entry is N = ${n} times too large.`,
  'ex6.bug.whySign':
    'dx is y − t; t − y points the other way, so every entry has the wrong sign and the relative error is 1.',
  'ex6.bug.hintAgrees': ({ line, grad }: { line: S; grad: S }) =>
    `Line ${line} is right: the check shows ${grad} agreeing. Look for the gradient that disagrees.`,
  'ex6.bug.hintNoGradient': ({ line }: { line: S }) =>
    `Line ${line} computes no gradient. Run the check and find the line that computes the gradient it blames.`,

  // Chapter 7: the number of parameters
  'ex7.count.prompt': ({ a, b, c }: { a: S; b: S; c: S }) =>
    `A two-layer network has ${a} inputs, ${b} hidden units and ${c} classes (${a}–${b}–${c}). How many weights and biases does it have in all?`,
  'ex7.count.first': ({ a, b, w, bias }: { a: S; b: S; w: S; bias: S }) =>
    `W₁ is ${a} × ${b}, ${w} weights, and b₁ has one bias per hidden unit, ${bias}.`,
  'ex7.count.second': ({ b, c, w, bias }: { b: S; c: S; w: S; bias: S }) =>
    `W₂ is ${b} × ${c}, ${w} weights, and b₂ has one bias per class, ${bias}.`,
  'ex7.count.total': ({ terms, answer }: { terms: S; answer: S }) =>
    `In all, ${terms} = ${answer}.`,
  'ex7.count.hintNoBias':
    'That counts the weights only. Each Affine layer also has one bias per output: b₁ and b₂.',
  'ex7.count.hintBiasPerInput': ({ b, c }: { b: S; c: S }) =>
    `A bias belongs to an output, not an input: b₁ has ${b} entries, one per hidden unit, and b₂ has ${c}.`,
  'ex7.count.hintOneLayer':
    'That is the first Affine layer only; the second, W₂ and b₂, has parameters too.',
  'ex7.count.hintProduct':
    'Multiplying the three sizes counts no matrix. Count W₁ and W₂ separately, then add the biases.',

  // Chapter 7: one step of gradient descent
  'ex7.sgd.prompt': ({ w, g, eta }: { w: S; g: S; eta: S }) =>
    `A weight W = ${w} has the gradient dW = ${g}. What is W after one step of gradient descent with the learning rate η = ${eta}?`,
  'ex7.sgd.rule': 'Gradient descent moves W against its gradient: W ← W − η · dW.',
  'ex7.sgd.step': ({ w, eta, g, answer }: { w: S; eta: S; g: S; answer: S }) =>
    `The new W is ${w} − ${eta} × ${g} = ${answer}.`,
  'ex7.sgd.hintUphill': 'That step goes up the slope: gradient descent subtracts η · dW.',
  'ex7.sgd.hintNoRate':
    'The gradient is scaled by the learning rate before it is subtracted: subtract η · dW, not dW.',
  'ex7.sgd.hintChange': 'That is how far W moves, −η · dW. Add it to W for the new value.',

  // Chapter 7: one step with momentum
  'ex7.momentum.prompt': ({ mu, eta, v, w, g }: { mu: S; eta: S; v: S; w: S; g: S }) =>
    `Momentum first updates the velocity, v ← μ · v − η · dW, then moves the weight, W ← W + v. With μ = ${mu} and η = ${eta}, the last step left v = ${v}. The weight W = ${w} now has the gradient dW = ${g}. What is W after this step?`,
  'ex7.momentum.velocity': ({ mu, v, eta, g, newV }: { mu: S; v: S; eta: S; g: S; newV: S }) =>
    `First the velocity: μ · v − η · dW = ${mu} × ${v} − ${eta} × ${g} = ${newV}.`,
  'ex7.momentum.weight': ({ w, newV, answer }: { w: S; newV: S; answer: S }) =>
    `Then the weight moves by it: W + v = ${w} + ${newV} = ${answer}.`,
  'ex7.momentum.hintNoMomentum':
    'That is a plain gradient-descent step. With momentum the step also keeps μ times the last velocity.',
  'ex7.momentum.hintUnscaled': ({ mu }: { mu: S }) =>
    `The last velocity is kept only in part: multiply it by μ = ${mu} first.`,
  'ex7.momentum.hintVelocity':
    'That is the new velocity. The question asks for W after moving by it.',
  'ex7.momentum.hintUphill':
    'Check the sign of the gradient’s term: the velocity subtracts η · dW.',

  // Chapter 7: which planted bug gave this check?
  'ex7.checkBug.prompt': ({ n }: { n: S }) =>
    `One of the chapter’s three bugs may be planted in the network’s backward pass, or none. The check is the chapter’s, on a batch of ${n} examples. Run it, then say which.`,
  'ex7.checkBug.whyNone':
    'Every relative error is far below 1e-4: backprop agrees with central differences, so no bug is planted.',
  'ex7.checkBug.whyTranspose':
    'The check stopped on a shape error before comparing any number. Only a missing transpose changes a product’s shape: dout · W₁ cannot be formed when W₁ is 64 × 10.',
  'ex7.checkBug.whyRelu':
    'Only W₁ and b₁ disagree, while W₂ and b₂ agree: the error enters between the two Affine layers, where the ReLU sits. Without its mask it sends gradient back through units that were off.',
  'ex7.checkBug.whyNoMean': ({ n, ratio }: { n: S; ratio: S }) =>
    `Every parameter disagrees with the same relative error, (N − 1)/(N + 1) = ${ratio} for N = ${n}: every gradient is N times too large, the missing 1/N.`,
  'ex7.checkBug.hintNone':
    'Look at the verdicts: a gradient that disagrees, or a shape error, means a bug is planted.',
  'ex7.checkBug.hintTranspose':
    'A missing transpose in the first layer would stop the check with a shape error before any number is compared.',
  'ex7.checkBug.hintRelu': 'A ReLU without its mask spoils only W₁ and b₁; W₂ and b₂ would agree.',
  'ex7.checkBug.hintNoMean': ({ n, ratio }: { n: S; ratio: S }) =>
    `A missing 1/N spoils every gradient alike, with relative error (N − 1)/(N + 1) = ${ratio} for N = ${n}.`,

  // Chapter 7: predict, then run: the check on a batch of one
  'ex7.batchOne.prompt': ({ bug }: { bug: S }) =>
    `The chapter’s check runs on a batch of 3 examples. Suppose it ran on a single example instead (N = 1), with this bug planted: “${bug}”. What will the check do?`,
  'ex7.batchOne.shape': 'Stop on a shape error before comparing any number',
  'ex7.batchOne.numbers': 'Compare the numbers and find some gradients that disagree',
  'ex7.batchOne.passes': 'Pass: every gradient agrees',
  'ex7.batchOne.whyShape':
    'Shapes do not depend on the batch size: dout · W₁ still cannot be formed when W₁ is 64 × 10, so the check stops at the shape error.',
  'ex7.batchOne.whyNumbers':
    'The mask matters for any batch: for this one example, too, W₁ and b₁ get gradient through hidden units that were off.',
  'ex7.batchOne.whyPasses':
    'With N = 1, dividing by N changes nothing: the buggy gradient equals the right one, and the relative error (N − 1)/(N + 1) is 0. That is why the chapter’s check uses a batch.',
  'ex7.batchOne.hintShape':
    'Think about shapes first: does the batch size change whether dout · W₁ can be formed?',
  'ex7.batchOne.hintNumbers':
    'Does a hidden unit that was off for this one example pass gradient back when the mask is forgotten?',
  'ex7.batchOne.hintPasses': 'What does dividing by N do when N = 1?',
} as const;

/** Chapter 6's classifier cells and figure: Affine, Softmax-with-Loss, the classifier graph. */
export const classifier = {
  'classifier.forwardHead': 'Forward →',
  'classifier.backwardHead': 'Backward ←',

  'classifier.matrixEmpty': ({ name }: { name: string }) =>
    `${name} is empty: enter at least one row.`,
  'classifier.matrixRagged': ({ name }: { name: string }) =>
    `Every row of ${name} needs the same number of entries.`,
  // Names the two sizes that differ, then both shapes (issue 12: “W is 2 × 3 but X is 2 × 3”).
  'classifier.wRows': (p: { w: string; x: string; d: number; rows: number }) =>
    `X has ${p.d} ${p.d === 1 ? 'column' : 'columns'} but W has ${p.rows} ${p.rows === 1 ? 'row' : 'rows'}: for X·W, W needs one row per column of X (X is ${p.x}, W is ${p.w}).`,
  'classifier.bShape': ({ b, w, m }: { b: string; w: string; m: number }) =>
    `b is ${b} but W is ${w}: b must be one row of ${m} ${m === 1 ? 'entry' : 'entries'}, one per column of W.`,
  'classifier.dYShape': ({ dY, n, m }: { dY: string; n: number; m: number }) =>
    `dY is ${dY} but Y is ${n} × ${m}: the upstream gradient has the shape of the output.`,

  'classifier.affineX': 'X (batch, one example per row)',
  'classifier.affineW': 'W (weights)',
  'classifier.affineB': 'b (bias row)',
  'classifier.affineDY': 'dY (upstream gradient)',
  'classifier.dbCaption': ({ shape }: { shape: string }) => `db = column sums of dY (${shape})`,
  'classifier.workedHead': 'One entry of each gradient, by hand:',
  'classifier.workedDx': ({ sum, value }: { sum: string; value: string }) =>
    `dX row 1, column 1 = (row 1 of dY) · (row 1 of W) = ${sum} = ${value}`,
  'classifier.workedDw': ({ sum, value }: { sum: string; value: string }) =>
    `dW row 1, column 1 = (column 1 of X) · (column 1 of dY) = ${sum} = ${value}`,
  'classifier.workedDb': ({ sum, value }: { sum: string; value: string }) =>
    `db column 1 = sum of column 1 of dY = ${sum} = ${value}`,
  'classifier.affineAnnounce': ({
    shape,
    y,
    db,
    dx,
  }: {
    shape: string;
    y: string;
    db: string;
    dx: string;
  }) => `Y is ${shape}, first row ${y}; db ${db}; dX first row ${dx}.`,
  'classifier.affineTitle': 'An Affine layer on a batch',
  'classifier.affineCaption':
    'Edit X, W, b or the upstream gradient dY. Adding a row or column to X or W reshapes the matrices that depend on it.',
  'classifier.fitAffine': 'Fit W, b and dY to X',
  'classifier.fitSoftmax': 'Fit the labels to the logits',
  'classifier.fitDone': 'The shapes already fit.',

  'classifier.logitsBatch': 'The batch of logits',
  'classifier.logits': 'Logits',
  'classifier.labelFormat': 'Label format',
  'classifier.oneHotRows': 'One-hot rows',
  'classifier.classIndices': 'Class indices',
  'classifier.labelsOneHot': 'Labels, one-hot',
  'classifier.labelsIndices': 'Labels, class indices',
  'classifier.softmaxAnnounce': ({ loss, dx }: { loss: string; dx: string }) =>
    `Loss ${loss}; dx first row ${dx}.`,
  'classifier.softmaxTitle': 'Softmax-with-Loss on a batch',
  'classifier.softmaxCaption':
    'Logits: one row per example, one column per class. Choose how the labels are written, then edit either. Try a logit of 1000.',

  'classifier.oneHotEmpty': 'The one-hot labels are empty: give one row per example.',
  'classifier.oneHotShape': ({ labels, logits }: { labels: string; logits: string }) =>
    `The one-hot labels are ${labels} but the logits are ${logits}: they need the same shape.`,
  'classifier.oneHotRow': ({ row }: { row: number }) =>
    `Row ${row} of the one-hot labels needs exactly one 1 and 0 everywhere else.`,
  'classifier.indicesEmpty': 'The class indices are empty: give one per row of logits.',
  'classifier.indicesShape': ({ labels, n }: { labels: string; n: number }) =>
    `The class indices are ${labels} but the logits have ${n} ${n === 1 ? 'row' : 'rows'}: give one index per row (${n} × 1).`,
  'classifier.indexRange': ({ k, row, c }: { k: number; row: number; c: number }) =>
    `Label ${k} in row ${row} is out of range: with ${c} classes, a label is a whole number from 0 to ${c - 1}.`,
  // Label parsing (issue 12, labels): say what is wrong, never echo a rounded value.
  'classifier.indexNotWhole': ({ row, c }: { row: number; c: number }) =>
    `The label in row ${row} is not a whole number: with ${c} classes, a label is a whole number from 0 to ${c - 1}.`,
  'classifier.indexHuge': ({ row, c }: { row: number; c: number }) =>
    `The label in row ${row} is far too large: with ${c} classes, a label is a whole number from 0 to ${c - 1}.`,

  'classifier.classHead': ({ k }: { k: number }) => `class ${k}`,
  'classifier.rowHead': ({ n }: { n: number }) => `row ${n}`,
  'classifier.chartTitle': ({ row, k }: { row: number; k: number }) =>
    `Row ${row}: probability of each class; true class ${k}`,
  'classifier.chartCaption': ({ row, k }: { row: number; k: number }) =>
    `Row ${row}, true class ${k}`,
  'classifier.naiveAgrees':
    'Here the naive formula agrees with the stable one. Try a logit of 1000.',
  // The naive softmax's note says what happened, row by row (issue 12, extremes).
  'classifier.naiveOverflowOne': ({ row }: { row: number }) =>
    `In row ${row}, exp overflowed to ∞, and ∞ / ∞ has no value (NaN).`,
  'classifier.naiveOverflowMany': ({ rows }: { rows: string }) =>
    `In rows ${rows}, exp overflowed to ∞, and ∞ / ∞ has no value (NaN).`,
  'classifier.naiveUnderflowOne': ({ row }: { row: number }) =>
    `In row ${row}, every exp underflowed to 0, and 0 / 0 has no value (NaN).`,
  'classifier.naiveUnderflowMany': ({ rows }: { rows: string }) =>
    `In rows ${rows}, every exp underflowed to 0, and 0 / 0 has no value (NaN).`,
  'classifier.naiveStable':
    'The stable softmax above shifts each row by its maximum first, so the largest exp is 1, the sum is at least 1, and its values stay finite.',
  'classifier.probabilities': ({ shape }: { shape: string }) =>
    `Probabilities y = softmax(logits) (${shape})`,
  'classifier.loss': 'Loss',
  'classifier.lossRow': 'L, mean cross-entropy',
  'classifier.naiveCaption': 'Naive softmax, without the max shift (for comparison)',

  'classifier.layerAffine': 'Affine',
  'classifier.layerSoftmaxLoss': 'Softmax-with-Loss',
  'classifier.affineParams': 'W: D × M, b: 1 × M',
  'classifier.labelsParams': 'labels t: N × M',
  'classifier.graphTitle':
    'The end of a classifier: X through Affine and Softmax-with-Loss to the loss L',
  'classifier.graphTableCaption': 'Every wire of the figure, forward and backward',
  'classifier.graphRegion': 'Classifier graph (scrolls sideways on narrow screens)',
  'classifier.graphCaption':
    'Shapes on every wire: values flow right along the solid lines (labels above), gradients flow left along the dashed lines (labels below). N examples, D features, M classes.',
  'classifier.graphShowTable': 'Show the figure as a table',
  'classifier.graphFrom': 'From',
  'classifier.graphTo': 'To',
  'classifier.graphForward': 'Forward (value and shape)',
  'classifier.graphBackward': 'Backward (gradient and shape)',

  'classifier.checkHead': 'Gradient check',
  'classifier.checkGradient': 'Gradient',
  'classifier.checkError': 'Relative error',
  'classifier.checkVerdict': 'Verdict',
  'classifier.checkAgree': 'agree',
  'classifier.checkDisagree': 'disagree',
  'classifier.checkUnchecked': 'can’t tell',
  'classifier.checkSomeUnchecked': ({ names }: { names: string }) =>
    `At these sizes the central differences for ${names} are mostly rounding (or overflow), so the check can’t tell; try smaller numbers.`,
  'classifier.checkAllAgree': 'Backprop and the central differences agree for every gradient.',
  'classifier.checkSomeDisagree': ({ names }: { names: string }) =>
    `Backprop and the central differences disagree for ${names}.`,
  'classifier.affineCheckCaption':
    'Backprop against central differences of L = Σ dY ⊙ Y (h = 1e-5)',
  'classifier.softmaxCheckCaption':
    'dx against central differences of L, the mean cross-entropy, logit by logit (h = 1e-5)',
} as const;

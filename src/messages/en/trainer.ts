/** Part C1 (issue 15): the live trainer of chapter 7 — controls, progress, the step inspector. */
export const trainer = {
  'trainer.title': 'Train the network in your browser',
  'trainer.needsJs':
    'Training runs in your browser and needs JavaScript. The figures below come from a run at build time with the default settings.',
  'trainer.builtNote': ({ steps }: { steps: string }) =>
    `Shown: the run made when the book was built, with these settings and seed, after ${steps} steps. Press Train or One step to run your own.`,
  'trainer.empty': 'Press Train to start: the curves and the regions appear as the network learns.',
  'trainer.controls': 'Training settings',
  'trainer.dataset': 'Data set',
  'trainer.dataset.spiral': 'Spiral (3 classes, 2-D)',
  'trainer.dataset.moons': 'Two moons (2 classes, 2-D)',
  'trainer.dataset.circles': 'Circles (2 classes, 2-D)',
  'trainer.dataset.xor': 'XOR (2 classes, 2-D)',
  'trainer.dataset.digits': 'Handwritten digits (10 classes, 8 × 8 pixels)',
  'trainer.hiddenSize': 'Hidden size',
  'trainer.learningRate': 'Learning rate',
  'trainer.batchSize': 'Batch size',
  'trainer.momentum': 'Momentum',
  'trainer.weightInitStd': 'Initial weight scale',
  'trainer.seed': 'Seed',
  'trainer.settingsHint': 'A change of setting starts the network again at step 0.',
  'trainer.actions': 'Training',
  'trainer.train': 'Train',
  'trainer.pause': 'Pause',
  'trainer.step': 'One step',
  'trainer.reset': 'Reset',
  'trainer.stepLabel': 'Step',
  'trainer.lossLabel': 'Loss',
  'trainer.trainAccuracyLabel': 'Train accuracy',
  'trainer.testAccuracyLabel': 'Test accuracy',
  'trainer.none': '—',
  'trainer.percent': ({ value }: { value: string }) => `${value} %`,
  'trainer.whole': ({ min, max }: { min: number; max: number }) =>
    `Enter a whole number from ${min} to ${max}.`,
  'trainer.range': ({ min, max }: { min: string; max: string }) =>
    `Enter a number above ${min} and at most ${max}.`,
  'trainer.rangeMomentum': 'Enter a number from 0 up to (not including) 1.',
  'trainer.batchTooLarge': ({ max }: { max: number }) =>
    `The training set has ${max} examples: a batch holds at most that many.`,
  'trainer.staleNote': 'Fix the marked setting: the network keeps its last valid settings.',
  'trainer.loading': 'Loading the data and the network…',
  'trainer.dataFailed': 'The data could not be loaded, so this network cannot train here.',
  'trainer.workerFailed': 'Training could not start in this browser (Web Workers are needed).',
  'trainer.diverged': ({ step }: { step: string }) =>
    `Diverged at step ${step}: the loss overflowed, so there is nothing to show past it. Lower the learning rate and press Reset.`,
  'trainer.divergedShort': 'diverged',
  'trainer.diverging': ({ from, to, step }: { from: string; to: string; step: string }) =>
    `The loss has grown from ${from} at step 0 to ${to} at step ${step}: the learning rate is too high, so each step overshoots and the run diverges. Lower it and press Reset.`,
  'trainer.announceRunning': ({
    step,
    loss,
    train,
  }: {
    step: string;
    loss: string;
    train: string;
  }) => `Training: step ${step}, loss ${loss}, train accuracy ${train}.`,
  'trainer.announcePaused': ({
    step,
    loss,
    train,
    test,
  }: {
    step: string;
    loss: string;
    train: string;
    test: string;
  }) => `Paused at step ${step}: loss ${loss}, train accuracy ${train}, test accuracy ${test}.`,
  'trainer.announceReset': ({ dataset }: { dataset: string }) =>
    `Step 0: a fresh network for ${dataset}.`,
  'trainer.curvesTitle': 'Loss and accuracy as the network trains',
  'trainer.curvesLabel': ({
    step,
    loss,
    train,
    test,
  }: Record<'step' | 'loss' | 'train' | 'test', string>) =>
    `Loss and accuracy curves up to step ${step}: loss ${loss}, train accuracy ${train}, test accuracy ${test}.`,
  'trainer.curvesEmpty': 'No steps yet.',
  'trainer.lossAxis': 'Loss',
  'trainer.accuracyAxis': 'Accuracy',
  'trainer.stepAxis': 'Step',
  'trainer.legendLoss': 'Loss (solid)',
  'trainer.legendTrain': 'Train accuracy (dashed)',
  'trainer.legendTest': 'Test accuracy (dotted)',
  'trainer.regionsTitle': 'Decision regions, with the training points on top',
  'trainer.regionsLabel': ({ classes, step }: { classes: number; step: string }) =>
    `The plane coloured by the class the network predicts (${classes} classes) at step ${step}; each training point is drawn with its class's shape.`,
  'trainer.inspector': 'Look inside one step',
  'trainer.inspectorHint':
    'Pause, or press One step, to see the gradients of the last batch and how far each parameter moved.',
  'trainer.inspectorCaption': ({ step, batch }: { step: string; batch: number }) =>
    batch === 1
      ? `Step ${step}, a batch of 1 example.`
      : `Step ${step}, a batch of ${batch} examples.`,
  'trainer.gradientOf': ({ name }: { name: string }) => `Gradient of ${name}`,
  'trainer.movedOf': ({ name }: { name: string }) => `How far ${name} moved`,
  'trainer.heatmapLabel': ({
    what,
    shape,
    largest,
    row,
    col,
  }: Record<'what' | 'shape' | 'largest' | 'row' | 'col', string>) =>
    `${what}, ${shape}: the largest magnitude is ${largest}, at row ${row}, column ${col}.`,
  'trainer.heatmapZero': ({ what, shape }: { what: string; shape: string }) =>
    `${what}, ${shape}: every entry is 0.`,
  'trainer.heatmapScale':
    'Blue is negative and orange positive; the darker the shade, the nearer the entry comes to the largest magnitude of its own map (in the table above). Zero is left blank.',
  'trainer.summaryCaption': 'Each parameter in this step',
  'trainer.summaryParam': 'Parameter',
  'trainer.summaryShape': 'Shape',
  'trainer.summaryGrad': 'Largest |gradient|',
  'trainer.summaryMoved': 'Largest |move|',
  'trainer.summaryNorm': 'Length of the move',
  'trainer.showTable': 'Show the numbers as tables',
  'trainer.hideTable': 'Show the heatmaps',
  'trainer.tableCaption': ({ what, shape }: { what: string; shape: string }) => `${what}, ${shape}`,
  'trainer.row': ({ n }: { n: number }) => `row ${n}`,
  'trainer.col': ({ n }: { n: number }) => `column ${n}`,

  // fix-trainer (issue 15, the hostile review): whole-number hints without a decimal example.
  'trainer.notWhole': ({ text, min, max }: { text: string; min: number; max: number }) =>
    `“${text}” is not a number; enter a whole number from ${min} to ${max}.`,
  'trainer.wholeComma': ({ text, min, max }: { text: string; min: number; max: number }) =>
    `“${text}”: write a whole number without commas, from ${min} to ${max}.`,
} as const;

/**
 * Part B of chapter 7 (the two-layer network): the whole-network gradient check, the training
 * figures (loss and accuracy curves, decision regions) and their accessible names.
 */
export const network = {
  // The whole-network gradient check
  'network.checkCaption': ({ sizes, batch }: { sizes: string; batch: string }) =>
    `Numerical gradient against backpropagation, network ${sizes}, batch of ${batch}`,
  'network.param': 'Parameter',
  'network.shape': 'Shape',
  'network.meanAbsDiff': 'Mean |difference|',
  'network.relativeError': 'Relative error',
  'network.verdict': 'Verdict',
  'network.agree': 'agree',
  'network.disagree': 'disagree',
  'network.timeCaption': 'Time for one whole gradient',
  'network.method': 'Method',
  'network.time': 'Time',
  'network.numerical': 'Numerical (central differences)',
  'network.backprop': 'Backpropagation',
  'network.ms': ({ ms }: { ms: string }) => `${ms} ms`,
  'network.notTimedShape': 'none: it stopped at the shape error',
  'network.timedAtBuild':
    'Times measured when this page was built; with JavaScript on, the check reruns in your browser.',
  'network.timedHere': 'Times measured in your browser, in a worker.',
  'network.breakIt': 'Break it: plant a bug in the backward pass',
  'network.bugNone': 'No bug: the network as listed',
  'network.bug.affine-transpose': 'Affine backward: a wrong transpose',
  'network.bug.relu-no-mask': 'ReLU backward: forgets its mask',
  'network.bug.softmax-no-mean': 'Softmax-with-Loss backward: no division by N',
  'network.passed': 'Passed: every parameter agrees, relative errors far below 1e-4.',
  'network.caught': ({ worst, error }: { worst: string; error: string }) =>
    `Caught: ${worst}'s relative error is ${error}, far above 1e-4.`,
  'network.caughtShape': ({ message }: { message: string }) =>
    `Caught by shape before any number was compared: ${message}`,
  'network.notCaught': ({ worst, error }: { worst: string; error: string }) =>
    `Not caught: the largest relative error, ${worst}'s, is only ${error}.`,
  'network.running': 'Checking…',
  'network.failed': 'The check could not run in this browser.',
  'network.needsJs': 'With JavaScript on, you can plant a bug and watch the check catch it.',
  'network.shapeError': 'Shape error',
  'network.announce': ({
    outcome,
    numerical,
    backprop,
  }: {
    outcome: string;
    numerical: string;
    backprop: string;
  }) => `${outcome} Numerical gradient ${numerical}, backpropagation ${backprop}.`,

  // Training figures
  'network.step': 'Step',
  'network.loss': 'Loss',
  'network.accuracy': 'Accuracy',
  'network.trainLoss': 'Loss on the mini-batch',
  'network.trainAccuracy': 'Train accuracy',
  'network.testAccuracy': 'Test accuracy',
  'network.lossLabel': ({ steps, first, last }: { steps: string; first: string; last: string }) =>
    `Loss curve over ${steps} steps, from ${first} to ${last}.`,
  'network.accuracyLabel': ({
    steps,
    train,
    test,
  }: {
    steps: string;
    train: string;
    test: string;
  }) => `Accuracy over ${steps} steps: train ends at ${train}, test at ${test}.`,
  'network.seriesLabel': ({ steps, series }: { steps: string; series: string }) =>
    `Loss curves over ${steps} steps: ${series}.`,
  'network.seriesEnd': ({ name, first, last }: { name: string; first: string; last: string }) =>
    `${name} from ${first} to ${last}`,
  'network.seriesDiverged': ({ name, step }: { name: string; step: string }) =>
    `${name} diverges at step ${step}`,
  'network.diverged': 'diverged',
  'network.percent': ({ value }: { value: string }) => `${value} %`,
  'network.regionsLabel': ({ classes, points }: { classes: string; points: string }) =>
    `Decision regions of the network in the plane, ${classes} classes, with ${points} training points drawn on top; each class has its own shade and point shape.`,
  'network.classLegend': ({ n }: { n: string }) => `class ${n}`,
} as const;

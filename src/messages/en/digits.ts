// Part C2 (issue 15): the digits extras — confusion matrix, wrong test images, drawing pad.
/** Chapter 7's digits: the confusion matrix, the test images the network gets wrong, the pad. */
export const digits = {
  'digits.confusionCaption': ({ correct, total }: { correct: number; total: number }) =>
    `Confusion matrix on the ${total} test images: ${correct} right. Rows are the true digit, columns the digit the network reads; the diagonal counts the right answers.`,
  'digits.predictedHead': 'Read as →',
  'digits.trueHead': 'True ↓',
  'digits.trueRow': ({ digit }: { digit: number }) => `True ${digit}`,
  'digits.predictedCol': ({ digit }: { digit: number }) => `Read as ${digit}`,

  'digits.wrongHead': ({ count, total }: { count: number; total: number }) =>
    count === 1
      ? `The 1 test image of ${total} it gets wrong`
      : `The ${count} test images of ${total} it gets wrong`,
  'digits.wrongNone': ({ total }: { total: number }) => `It reads all ${total} test images right.`,
  'digits.wrongMore': ({ shown, count }: { shown: number; count: number }) =>
    `Showing the first ${shown} of ${count}.`,
  /** The visible caption under a wrong image: short, numbers as text. */
  'digits.wrongCaption': ({ actual, predicted }: { actual: number; predicted: number }) =>
    `a ${actual}, read as ${predicted}`,
  'digits.imageLabel': ({ actual, predicted }: { actual: number; predicted: number }) =>
    `A handwritten ${actual} that the network reads as ${predicted}.`,
  'digits.inputLabel': 'The drawing downsampled to 8 × 8, as the network sees it.',

  'digits.padLabel': 'Drawing pad, 32 by 32 pixels',
  'digits.padHelp':
    'Draw a digit with a mouse, finger or pen. With the keyboard: the arrow keys move the cursor, Space paints, Shift+Space erases.',
  'digits.clear': 'Clear',
  'digits.erase': 'Erase',
  'digits.seesHead': 'What the network sees (8 × 8)',
  'digits.probsHead': 'Probability of each digit',
  'digits.probRow': ({ digit, p }: { digit: number; p: string }) => `${digit}: ${p}`,
  'digits.mostLikely': '(most likely)',
  'digits.noValue': 'no value',
  'digits.empty': 'The pad is empty: draw a digit.',
  'digits.reads': ({ digit, p }: { digit: number; p: string }) =>
    `The network reads ${digit}, with probability ${p}.`,
  'digits.sample': ({ index, actual }: { index: number; actual: number }) =>
    `The pad starts with test image ${index}, a ${actual}. Clear it to draw your own.`,
  'digits.cursor': ({ row, col }: { row: number; col: number }) =>
    `Cursor at row ${row}, column ${col}.`,
  'digits.bookNet': ({ steps, accuracy }: { steps: number; accuracy: string }) =>
    `The network trained when the book was built: ${steps} steps with the default settings, ${accuracy} right on the test images.`,
  'digits.readerNet': ({ step }: { step: number }) =>
    step === 1
      ? 'Your network from the trainer, after 1 step.'
      : `Your network from the trainer, after ${step} steps.`,
  'digits.readerNetNoStep': 'Your network from the trainer.',
  'digits.switchedNoStep': 'The pad now uses your network from the trainer.',
  'digits.needsJs': 'Drawing needs JavaScript; the figures show the network on a test image.',

  // fix-trainer (issue 15, the hostile review): a blank pad names no digit.
  'digits.nothingDrawn':
    'Nothing drawn: no digit is most likely. The bars are what the network answers for a blank pad.',

  // Issue 13: the build-time network is fetched when the pad loads (no longer in the page).
  'digits.netLoading': 'The book’s network is still loading; its reading follows.',
  'digits.netFailed':
    'The book’s network could not be loaded, so the pad cannot read a digit. Reload the page to try again.',
} as const;

/**
 * The exercise kit (issue 16, part E1): the words every exercise shows around its own, the
 * feedback on an answer, progress and the answers sections. Whole sentences with slots.
 */
/** A count, or its `{slot}` in a template the browser fills (src/messages/fill.ts). */
type Count = number | string;

export const exercise = {
  /** The form's heading and accessible name: "Exercise 2.3". */
  'exercise.number': ({ n }: { n: string }) => `Exercise ${n}`,
  'exercise.type.compute': 'Compute it by hand',
  'exercise.type.predict': 'Predict, then run',
  'exercise.type.bug': 'Find the bug',
  'exercise.yourAnswer': 'Your answer',
  'exercise.check': 'Check',
  'exercise.newNumbers': 'New numbers',
  'exercise.showWorking': 'Show the working',
  'exercise.answerIs': ({ answer }: { answer: string }) => `Answer: ${answer}`,
  'exercise.tolerance': ({ percent }: { percent: string }) =>
    `Answers within ${percent} of the exact value count as right; fractions such as 11/5 are read too.`,
  'exercise.toleranceNoFractions': ({ percent }: { percent: string }) =>
    `Answers within ${percent} of the exact value count as right.`,
  'exercise.toleranceAbsolute': ({ absolute }: { absolute: string }) =>
    `Answers within ${absolute} of the exact value count as right.`,
  'exercise.rightValue': ({ answer }: { answer: string }) =>
    // An answer that ends a sentence itself (an option, a line of code) gets no second stop.
    `Right: ${answer}${/[.;:!?]$/.test(answer) ? '' : '.'}`,
  'exercise.wrong': 'Not yet. Check each step, or open “Show the working”.',
  'exercise.wrongHint': ({ hint }: { hint: string }) => `Not yet. ${hint}`,
  'exercise.close': ({ given }: { given: string }) =>
    `Close, but ${given} is outside the tolerance: if you rounded along the way, keep more digits; otherwise check the last step.`,
  'exercise.sameProblem':
    'New numbers: this exercise has only a few problems, and this one came up again.',
  'exercise.chooseOne': 'Choose one of the answers.',
  'exercise.noFractions': 'Write this answer as a decimal number, such as 2.5.',
  'exercise.zeroDenominator': 'A fraction cannot have 0 below the line.',
  'exercise.runCheck': 'Run the gradient check',
  'exercise.newProblem': 'New numbers: the problem changed.',
  // Progress (kept in this browser only).
  'exercise.progress': ({ solved, total }: { solved: Count; total: Count }) =>
    `Exercises: ${solved} of ${total} solved.`,
  'exercise.progressAttempted': ({
    solved,
    total,
    attempted,
  }: {
    solved: Count;
    total: Count;
    attempted: Count;
  }) => `Exercises: ${solved} of ${total} solved, ${attempted} tried.`,
  'exercise.clearProgress': 'Clear my exercise progress',
  'exercise.progressCleared': 'Your exercise progress in this browser was cleared.',
  // The answers at the end of a printed chapter and of the whole book.
  'exercise.answers': 'Answers',
  'exercise.answersChapter': ({ n }: { n: number }) => `Chapter ${n}`,
  // A link whose segment for this exercise is not `seed=<whole number below 2³²>`.
  'exercise.badSeed':
    'The link’s numbers for this exercise were ignored because its seed is not a whole number from 0 to 4294967295; showing the book’s problem instead.',
} as const;

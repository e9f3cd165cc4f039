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
  'exercise.right': 'Right.',
  'exercise.rightValue': ({ answer }: { answer: string }) => `Right: ${answer}.`,
  'exercise.wrong': 'Not yet. Check each step, or open “Show the working”.',
  'exercise.wrongHint': ({ hint }: { hint: string }) => `Not yet. ${hint}`,
  'exercise.close': ({ given }: { given: string }) =>
    `Close, but ${given} is not within the tolerance: keep at least four significant digits.`,
  'exercise.chooseOne': 'Choose one of the answers.',
  'exercise.noFractions': 'Write this answer as a decimal number, such as 2.5.',
  'exercise.zeroDenominator': 'A fraction cannot have 0 below the line.',
  'exercise.runCheck': 'Run the gradient check',
  'exercise.newProblem': 'New numbers: the problem changed.',
  'exercise.ready': 'Type your answer and press Check.',
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
  'exercise.progressNote': 'Kept in this browser only; nothing is sent anywhere.',
  // The answers at the end of a printed chapter and of the whole book.
  'exercise.answers': 'Answers',
  'exercise.answersChapter': ({ n }: { n: number }) => `Chapter ${n}`,
  'exercise.workSpace': 'Space for your working',
} as const;

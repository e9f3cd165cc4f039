/**
 * An exercise's changing parts as HTML, for a seed: the prompt, the answer control, the answer
 * and the working. The build (src/components/exercises/Exercise.astro) and the browser (on "New
 * numbers", src/widgets/exercise/) call the same function, so the page, the printed answers and
 * the live checker cannot disagree.
 */
import { t } from '../../messages/t';
import { escapeHtml as esc } from '../html/escape';
import { tolerancePercent } from './answer';
import type { AnswerSpec, ExerciseSpec } from './types';

export interface ExerciseParts {
  /** The generated problem (for the spec's `hint`). */
  readonly problem: unknown;
  readonly prompt: string;
  /** What a checker compares with (the spec's answer for these numbers). */
  readonly answer: AnswerSpec;
  /** "Answer: 11/5", escaped. */
  readonly answerLine: string;
  /** The working, one `<li>` per step. */
  readonly working: string;
  /** The stated tolerance (number answers only), or ''. */
  readonly tolerance: string;
  /** What running it shows (predict: after answering; bug: the gradient check), or ''. */
  readonly reveal: string;
}

/** The exercise's parts for one seed (`seed >>> 0`: a 32-bit seed, as in the URL). */
export function exerciseParts(spec: ExerciseSpec<unknown>, seed: number): ExerciseParts {
  const problem = spec.generate(seed >>> 0);
  const answer = spec.answer(problem);
  return {
    problem,
    prompt: spec.prompt(problem),
    answer,
    answerLine: esc(t('exercise.answerIs', { answer: spec.answerText(problem) })),
    working: spec
      .working(problem)
      .map((step) => `<li>${step}</li>`)
      .join(''),
    tolerance: answer.kind === 'number' ? toleranceLine(answer) : '',
    reveal: spec.reveal?.(problem) ?? '',
  };
}

function toleranceLine(answer: AnswerSpec & { kind: 'number' }): string {
  if (answer.absolute !== undefined && answer.relative === undefined) {
    return esc(t('exercise.toleranceAbsolute', { absolute: String(answer.absolute) }));
  }
  const percent = tolerancePercent(answer);
  return esc(
    t(answer.fractions === false ? 'exercise.toleranceNoFractions' : 'exercise.tolerance', {
      percent,
    }),
  );
}

/** Ids inside one exercise, from its id (`ex-why-1`). */
export const exerciseIds = (id: string) => ({
  title: `${id}-title`,
  input: `${id}-answer`,
  error: `${id}-answer-error`,
  tolerance: `${id}-tolerance`,
  feedback: `${id}-feedback`,
  key: `${id}-key`,
});

/** The answer control: a labelled text box, or a radio group named "Your answer". */
export function answerControlHtml(id: string, answer: AnswerSpec): string {
  const ids = exerciseIds(id);
  if (answer.kind === 'number') {
    return (
      `<div class="bp-ex-field">` +
      `<label for="${ids.input}">${esc(t('exercise.yourAnswer'))}</label>` +
      `<input id="${ids.input}" name="answer" type="text" inputmode="decimal" autocomplete="off" ` +
      `spellcheck="false" aria-describedby="${ids.error} ${ids.tolerance}">` +
      `<p class="bp-ex-error" id="${ids.error}"></p></div>`
    );
  }
  const options = answer.options
    .map(
      (o) =>
        `<label class="bp-ex-choice"><input type="radio" name="answer" value="${esc(o.value)}"> ` +
        `<span>${esc(o.label)}</span></label>`,
    )
    .join('');
  return (
    `<fieldset class="bp-ex-field bp-ex-choices" aria-describedby="${ids.error}">` +
    `<legend>${esc(t('exercise.yourAnswer'))}</legend>${options}` +
    `<p class="bp-ex-error" id="${ids.error}"></p></fieldset>`
  );
}

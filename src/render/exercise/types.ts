/**
 * The contract of an exercise (issue 16). A chapter places `<Exercise spec={…} />`; the same pure
 * spec renders the default problem at build time and every fresh problem in the browser, so the
 * static page, the printed answers and the live checker cannot disagree. Specs are pure (no DOM):
 * numbers come from a generator in `src/core/exercises/`, words from the message catalogue as whole
 * sentence templates with slots (the Korean edition translates them whole).
 */
import type { WordArea } from '../../messages';

/** How the reader answers, and what counts as right. */
export type AnswerSpec =
  | {
      readonly kind: 'number';
      readonly value: number;
      /** Relative tolerance, default 1e-3; `absolute` for answers that may be 0 (a ReLU mask). */
      readonly relative?: number;
      readonly absolute?: number;
      /** Accept `a/b` (the answer is rational: 11/5 for 2.2). Default true. */
      readonly fractions?: boolean;
    }
  | {
      readonly kind: 'choice';
      /** Radio options: `label` is plain text (escaped by the kit) or `html` already escaped. */
      readonly options: readonly { readonly value: string; readonly label: string }[];
      readonly correct: string;
    };

/** What an exercise asks the reader to do. */
export type ExerciseType = 'compute' | 'predict' | 'bug';

export interface ExerciseSpec<P = unknown> {
  /** Registry key and module name: `src/render/exercises/<kind>.ts` (file name = kind). */
  readonly kind: string;
  readonly type: ExerciseType;
  /** Catalogue areas whose words this exercise shows, besides the kit's `exercise` area. */
  readonly areas: readonly WordArea[];
  /** Pure and total: any 32-bit seed gives a well-posed problem (finite, not trivial, unique). */
  generate(seed: number): P;
  /** The seed of the problem the book prints and the page shows before "New numbers". */
  readonly defaultSeed: number;
  /** The question as HTML (escaped words from `t()`, numbers via `numberHtml`/`formatNumber`). */
  prompt(problem: P): string;
  answer(problem: P): AnswerSpec;
  /** The answer as a reader would write it (`2.2`, `11/5`, or the option's label), for "Answers". */
  answerText(problem: P): string;
  /** The worked solution for these numbers: each step one whole sentence, as HTML. */
  working(problem: P): readonly string[];
  /**
   * A hint aimed at the likely mistake behind a wrong answer (e.g. the unswapped input, the
   * forgotten tax), as HTML; `undefined` gives the kit's generic "not yet" feedback.
   */
  hint(problem: P, given: number | string): string | undefined;
  /**
   * `predict`: shown once the reader has committed to a choice (right or wrong): what running it
   * shows. `bug`: shown by the exercise's "Run the gradient check" button, before answering.
   */
  reveal?(problem: P): string;
}

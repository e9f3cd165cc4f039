/**
 * The lazy half of the exercise loader: fetches an exercise's spec module (each
 * `src/render/exercises/<kind>.ts` is its own chunk) and its words, then wakes the exercise.
 */
import type { ExerciseSpec } from '../../render/exercise/types';
import { loadWords } from '../load-words';
import { wakeControls } from '../wake-controls';
import { ExerciseController } from './exercise-controller';

const modules = import.meta.glob<{ default: ExerciseSpec<unknown> }>('../../render/exercises/*.ts');
const common = loadWords(['exercise']);
const specs = new Map<string, Promise<ExerciseSpec<unknown>>>();
const woken = new WeakSet<HTMLElement>();

function spec(kind: string): Promise<ExerciseSpec<unknown>> {
  const known = specs.get(kind);
  if (known) return known;
  const load = modules[`../../render/exercises/${kind}.ts`];
  const loaded = load
    ? Promise.all([load(), common]).then(async ([m]) => {
        await loadWords(['exercise', ...m.default.areas]);
        return m.default;
      })
    : Promise.reject(new Error(`No exercise spec module src/render/exercises/${kind}.ts`));
  specs.set(kind, loaded);
  return loaded;
}

export function upgradeExercise(el: HTMLElement): void {
  if (woken.has(el)) return;
  woken.add(el);
  wakeControls(el);
  const kind = el.dataset['bpExercise'] ?? '';
  spec(kind)
    .then((s) => new ExerciseController(el, s).start())
    .catch((error: unknown) => console.error(`Exercise "${kind}" failed to load`, error));
}

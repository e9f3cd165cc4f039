/**
 * The reader's exercise progress, kept in this browser's localStorage only (issue 16): for each
 * exercise id, "attempted" or "solved". Nothing is sent anywhere. Storage can be missing, full,
 * blocked or hold junk: every read and write is guarded, so progress failing never breaks a page.
 */
export type ExerciseState = 'attempted' | 'solved';
export type Progress = Readonly<Record<string, ExerciseState>>;

const KEY = 'bp-exercises-v1';
/** Fired on window after a change (this page's lines update; other tabs get `storage`). */
export const PROGRESS_EVENT = 'bp-exercise-progress';

export function readProgress(): Progress {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
    const progress: Record<string, ExerciseState> = {};
    for (const [id, state] of Object.entries(raw as Record<string, unknown>)) {
      if (state === 'attempted' || state === 'solved') progress[id] = state;
    }
    return progress;
  } catch {
    return {};
  }
}

function write(progress: Progress | undefined): void {
  try {
    if (progress) localStorage.setItem(KEY, JSON.stringify(progress));
    else localStorage.removeItem(KEY);
  } catch {
    // Private mode, full or blocked storage: progress is simply not kept.
  }
  dispatchEvent(new Event(PROGRESS_EVENT));
}

/** Records an answer: solved stays solved; a wrong answer marks it attempted. */
export function recordAnswer(id: string, right: boolean): void {
  const progress = readProgress();
  if (progress[id] === 'solved') return;
  write({ ...progress, [id]: right ? 'solved' : 'attempted' });
}

export function clearProgress(ids?: readonly string[]): void {
  if (!ids) return write(undefined);
  const progress = { ...readProgress() };
  for (const id of ids) delete progress[id];
  write(progress);
}

/** How many of `ids` are solved and how many tried without being solved yet. */
export function countProgress(
  progress: Progress,
  ids: readonly string[],
): { solved: number; attempted: number } {
  let solved = 0;
  let attempted = 0;
  for (const id of ids) {
    if (progress[id] === 'solved') solved++;
    else if (progress[id] === 'attempted') attempted++;
  }
  return { solved, attempted };
}

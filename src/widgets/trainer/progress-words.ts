/**
 * What the trainer says after a summary: the visible problem note (a run that diverges or
 * diverged) and what the polite live region announces, if anything. A reader hears the
 * progress on pause, when a warning starts, and every few seconds while training, never per
 * frame. No DOM: unit-tested.
 */
import { formatNumber } from '../../core/format-number';
import { t } from '../../messages';
import { diverging, type RunState } from './run-state';
import { statTexts } from './trainer-view';

/** While training, the progress is announced at most this often (ms). */
export const ANNOUNCE_EVERY = 5000;

export interface Said {
  /** The problem note's text ('' hides it). */
  readonly problem: string;
  /** What to announce now, if anything. */
  readonly say?: string;
}

export interface Moment {
  /** Was the run training before this summary? */
  readonly wasRunning: boolean;
  /** Did the reader press Pause or One step since the last summary? */
  readonly askedToStop: boolean;
  /** Was a problem note already shown? */
  readonly warned: boolean;
  /** Milliseconds since the last progress announcement. */
  readonly sinceAnnounce: number;
}

export function progressWords(run: RunState, m: Moment): Said {
  if (run.diverged !== undefined) {
    const message = t('trainer.diverged', { step: String(run.diverged) });
    return { problem: message, say: message };
  }
  const growing = diverging(run);
  const problem = growing
    ? t('trainer.diverging', {
        from: formatNumber(growing.from),
        to: formatNumber(growing.to),
        step: formatNumber(growing.step),
      })
    : '';
  // A warning is said once, when it starts; the note stays for as long as it lasts.
  if (problem && !m.warned) return { problem, say: problem };
  const s = statTexts(run);
  if (!run.running) {
    return m.wasRunning || m.askedToStop
      ? { problem, say: t('trainer.announcePaused', s) }
      : { problem };
  }
  if (!m.wasRunning || m.sinceAnnounce > ANNOUNCE_EVERY) {
    return { problem, say: t('trainer.announceRunning', s) };
  }
  return { problem };
}

/**
 * Draws a run into the trainer's build-time markup: the statistics, the curves and, for a 2-D
 * set, the decision regions. The figures come from the same pure renderers the build uses
 * (src/render/capstone/), so the live figures look exactly like the printed ones.
 */
import { formatNumber } from '../../core/format-number';
import { t } from '../../messages';
import {
  COMPACT_CHART_SIZE as SIZE,
  accuracyCurvesSvg,
  lossCurveSvg,
} from '../../render/capstone/curves';
import { regionsSvg } from '../../render/capstone/regions';
import { escapeHtml } from '../../render/html/escape';
import { confusionMatrixHtml } from '../../render/capstone/digits/confusion-matrix';
import { wrongImagesHtml } from '../../render/capstone/digits/wrong-images';
import type { RunState } from './run-state';

/** An accuracy (0…1) as "97.3 %". */
export const percentText = (v: number): string =>
  t('trainer.percent', { value: (Math.round(v * 1000) / 10).toFixed(1) });

/** Writes a statistic's words, and its exact value in `data-value` (for tests and benches). */
function setStat(root: HTMLElement, name: string, text: string, value?: number): void {
  const el = root.querySelector<HTMLElement>(`[data-stat="${name}"]`);
  if (!el) return;
  if (el.textContent !== text) el.textContent = text;
  if (value === undefined) delete el.dataset['value'];
  else el.dataset['value'] = String(value);
}

/** The words of the statistics, also used by the announcements. */
export function statTexts(state: RunState): {
  step: string;
  loss: string;
  train: string;
  test: string;
} {
  const e = state.latest?.evaluation;
  const none = t('trainer.none');
  return {
    step: formatNumber(state.steps),
    loss:
      state.diverged !== undefined
        ? t('trainer.divergedShort')
        : e
          ? formatNumber(e.trainLoss)
          : none,
    train: e ? percentText(e.trainAccuracy) : none,
    test: e ? percentText(e.testAccuracy) : none,
  };
}

export function renderStats(root: HTMLElement, state: RunState): void {
  const s = statTexts(state);
  const e = state.latest?.evaluation;
  setStat(root, 'step', s.step, state.steps);
  setStat(root, 'loss', s.loss, state.diverged === undefined ? e?.trainLoss : undefined);
  setStat(root, 'train', s.train, e?.trainAccuracy);
  setStat(root, 'test', s.test, e?.testAccuracy);
}

/** The curves always; the regions only when `fresh` (a full summary arrived since the last draw). */
export function renderFigures(root: HTMLElement, state: RunState, fresh: boolean): void {
  const curves = root.querySelector('[data-curves]');
  if (curves) {
    curves.innerHTML =
      state.losses.length === 0 && state.train.length <= 1
        ? `<p class="bp-trainer__empty">${escapeHtml(t('trainer.empty'))}</p>` +
          accuracyCurvesSvg(state.train, state.test, SIZE)
        : lossCurveSvg(state.losses, SIZE) + accuracyCurvesSvg(state.train, state.test, SIZE);
  }
  const { points, gridSize, classes } = state.ready;
  const regions = state.latest?.regions;
  const box = root.querySelector('[data-regions]');
  const figure = root.querySelector<HTMLElement>('[data-regions-figure]');
  if (figure) figure.hidden = !points;
  if (fresh && box && points && gridSize && regions) {
    box.innerHTML = regionsSvg({ size: gridSize, classes: regions }, points, classes);
  }
}

/** Digits: the confusion matrix and the wrong test images, as the chapter's report draws them. */
export function renderDigits(root: HTMLElement, state: RunState): void {
  const box = root.querySelector<HTMLElement>('[data-digits]');
  const report = state.latest?.digits;
  if (!box) return;
  box.hidden = state.ready.dataset !== 'digits' || !report;
  if (box.hidden || !report) return;
  const total = state.ready.testSize;
  box.innerHTML =
    confusionMatrixHtml(report.confusion) +
    wrongImagesHtml(report.wrong, total, (i) => report.pixels[i] ?? []);
}

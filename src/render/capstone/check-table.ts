/**
 * The whole-network gradient check as HTML (pure: a check and its timings in, markup out): per
 * parameter the mean absolute difference and relative error between central differences and
 * backpropagation, the time of each method, and a one-line outcome (passed, caught, or caught by
 * shape). The build renders the correct net's check; the browser re-renders after each run.
 */
import { CHECK_THRESHOLD, type NetworkCheck, type ParamCheck } from '../../core/net/network-check';
import { shapeText } from '../../core/shape-error';
import { formatNumber } from '../../core/format-number';
import { AGREES } from '../activation/gradient-check';
import { escapeHtml } from '../html/escape';
import { numberHtml } from '../html/number-html';
import { t } from '../../messages';

/** Above this relative error a bug counts as caught (the issue's bound, core's threshold). */
const CAUGHT = CHECK_THRESHOLD;

/** The layer sizes of the checked net, for shapes and the caption. */
export interface CheckSizes {
  readonly inputSize: number;
  readonly hiddenSize: number;
  readonly outputSize: number;
  readonly batch: number;
}

/** One run: what was checked, the outcome, and how long each method took (ms), when timed. */
export interface CheckRun {
  readonly sizes: CheckSizes;
  readonly check: NetworkCheck;
  readonly numericalMs?: number;
  readonly backpropMs?: number;
}

export type CheckVerdict = 'passed' | 'caught' | 'caught-by-shape' | 'not-caught';

/** The largest relative error of the compared parameters (the one that decides). */
function worst(params: readonly ParamCheck[]): ParamCheck | undefined {
  // A NaN error counts as the largest: a check that can't compare never passes.
  const size = (p: ParamCheck): number =>
    Number.isNaN(p.relativeError) ? Number.POSITIVE_INFINITY : p.relativeError;
  return params.reduce<ParamCheck | undefined>(
    (w, p) => (!w || size(p) > size(w) ? p : w),
    undefined,
  );
}

/** One rule: a shape error or any relative error above 1e-4 catches; all below 1e-7 pass. */
export function checkVerdict(check: NetworkCheck): CheckVerdict {
  if (check.kind === 'shape-error') return 'caught-by-shape';
  const w = worst(check.params);
  if (!w) return 'not-caught';
  if (!(w.relativeError <= CAUGHT)) return 'caught';
  return w.relativeError < AGREES ? 'passed' : 'not-caught';
}

/** The outcome in one sentence. */
export function checkOutcomeText(check: NetworkCheck): string {
  if (check.kind === 'shape-error') return t('network.caughtShape', { message: check.message });
  const w = worst(check.params);
  const verdict = checkVerdict(check);
  if (verdict === 'passed' || !w) return t('network.passed');
  const params = { worst: w.name, error: formatNumber(w.relativeError) };
  return verdict === 'caught' ? t('network.caught', params) : t('network.notCaught', params);
}

/** Milliseconds for reading: 3 significant digits. */
export function formatMs(ms: number): string {
  return t('network.ms', { ms: `${Number(ms.toPrecision(3))}` });
}

function shapeOf(name: ParamCheck['name'], s: CheckSizes): string {
  if (name === 'W1') return shapeText(s.inputSize, s.hiddenSize);
  if (name === 'b1') return shapeText(1, s.hiddenSize);
  if (name === 'W2') return shapeText(s.hiddenSize, s.outputSize);
  return shapeText(1, s.outputSize);
}

function paramsTable(run: CheckRun, params: readonly ParamCheck[]): string {
  const s = run.sizes;
  const caption = t('network.checkCaption', {
    sizes: `${s.inputSize}–${s.hiddenSize}–${s.outputSize}`,
    batch: `${s.batch}`,
  });
  const head = [
    'network.param',
    'network.shape',
    'network.meanAbsDiff',
    'network.relativeError',
    'network.verdict',
  ] as const;
  const rows = params
    .map((p) => {
      const ok = p.relativeError < AGREES;
      return (
        `<tr class="${ok ? 'is-agree' : 'is-disagree'}"><th scope="row">${p.name}</th>` +
        `<td>${escapeHtml(shapeOf(p.name, s))}</td><td>${numberHtml(p.meanAbsDiff)}</td>` +
        `<td>${numberHtml(p.relativeError)}</td>` +
        `<td>${escapeHtml(t(ok ? 'network.agree' : 'network.disagree'))}</td></tr>`
      );
    })
    .join('');
  // A narrow screen scrolls the table in its own box (named and focusable by scroll-regions.ts).
  return (
    `<div class="bp-scroll"><table class="bp-result bp-netcheck-table"><caption>${escapeHtml(caption)}</caption>` +
    `<thead><tr>${head.map((k) => `<th scope="col">${escapeHtml(t(k))}</th>`).join('')}</tr></thead>` +
    `<tbody>${rows}</tbody></table></div>`
  );
}

function timesTable(run: CheckRun): string {
  if (run.numericalMs === undefined) return '';
  // Backprop that stopped at a shape error has no time: the row says so instead of a number.
  const row = (key: 'network.numerical' | 'network.backprop', ms: number | undefined): string =>
    `<tr><th scope="row">${escapeHtml(t(key))}</th><td>${escapeHtml(ms === undefined ? t('network.notTimedShape') : formatMs(ms))}</td></tr>`;
  return (
    `<table class="bp-result bp-netcheck-times"><caption>${escapeHtml(t('network.timeCaption'))}</caption>` +
    `<thead><tr><th scope="col">${escapeHtml(t('network.method'))}</th><th scope="col">${escapeHtml(t('network.time'))}</th></tr></thead>` +
    `<tbody>${row('network.numerical', run.numericalMs)}${row('network.backprop', run.backpropMs)}</tbody></table>`
  );
}

/** The outcome line, the parameters' table (unless a shape error stopped the check) and the times. */
export function checkTableHtml(run: CheckRun): string {
  const verdict = checkVerdict(run.check);
  const outcome = `<p class="bp-netcheck-outcome is-${verdict}">${escapeHtml(checkOutcomeText(run.check))}</p>`;
  const table = run.check.kind === 'compared' ? paramsTable(run, run.check.params) : '';
  return outcome + table + timesTable(run);
}

/**
 * Keeps chapter 6's matrix cells in shape. The kit resizes one grid at a time; here, when the
 * reader resizes a leading matrix (X or W; the logits), the matrices that depend on it follow,
 * keeping every entry that still fits. A "Fit" button does the same after a paste. Added by
 * script, so readers without JavaScript see no dead button.
 */
import { convertLabels, fitAffine, fitSoftmax, type Grid } from '../render/classifier/fit-grids';
import type { MatrixField } from '../render/kit/types';
import { t, type MessageKey } from '../messages';
import type { CellHost } from './cell-host';
import { CELL_UPGRADED } from './define-cell';
import { readGrid, writeGrid } from './field-dom';

interface Fitter {
  /** Matrices whose resizing makes the others follow. */
  readonly leaders: readonly string[];
  /** The button's words, a catalogue key (the cell's spec has loaded the catalogue already). */
  readonly label: MessageKey;
  fit(grids: Readonly<Record<string, Grid>>): Record<string, string[][]>;
}

const none: Grid = [];
const FITTERS: Readonly<Record<string, Fitter>> = {
  affine: {
    leaders: ['x', 'w'],
    label: 'classifier.fitAffine',
    fit: (g) =>
      fitAffine({ x: g['x'] ?? none, w: g['w'] ?? none, b: g['b'] ?? none, dY: g['dY'] ?? none }),
  },
  'softmax-loss': {
    leaders: ['logits'],
    label: 'classifier.fitSoftmax',
    fit: (g) =>
      fitSoftmax({
        logits: g['logits'] ?? none,
        oneHot: g['oneHot'] ?? none,
        labels: g['labels'] ?? none,
      }),
  },
};

function grids(cell: Element): Record<string, string[][]> {
  const out: Record<string, string[][]> = {};
  for (const el of cell.querySelectorAll<HTMLElement>('.bp-field-matrix[data-field]')) {
    out[el.dataset['field']!] = readGrid(el);
  }
  return out;
}

/** Reshapes the dependent grids; returns whether anything changed. */
function apply(cell: CellHost, fitter: Fitter): boolean {
  const changes = Object.entries(fitter.fit(grids(cell)));
  for (const [name, grid] of changes) {
    const field = cell.spec.fields.find(
      (f): f is MatrixField => f.kind === 'matrix' && f.name === name,
    );
    if (field) writeGrid(cell, cell.id, field, grid);
  }
  if (changes.length > 0) cell.recompute(true);
  return changes.length > 0;
}

/** On a switch of label format, rewrites the labels just left into the newly chosen input. */
function followFormat(cell: CellHost, e: Event): void {
  const radio = e.target;
  if (!(radio instanceof HTMLInputElement) || radio.type !== 'radio' || !radio.checked) return;
  const to = radio.value === 'index' ? 'index' : 'onehot';
  const g = grids(cell);
  const grid = convertLabels(to, {
    logits: g['logits'] ?? none,
    oneHot: g['oneHot'] ?? none,
    labels: g['labels'] ?? none,
  });
  const name = to === 'index' ? 'labels' : 'oneHot';
  const field = cell.spec.fields.find(
    (f): f is MatrixField => f.kind === 'matrix' && f.name === name,
  );
  if (!grid || !field) return;
  writeGrid(cell, cell.id, field, grid);
  cell.recompute(true);
}

function attach(cell: CellHost, fitter: Fitter): void {
  if (cell.querySelector('.bp-fit')) return;
  const p = document.createElement('p');
  p.className = 'bp-fit';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = t(fitter.label);
  button.addEventListener('click', () => {
    if (!apply(cell, fitter)) cell.say(t('classifier.fitDone'), 0);
  });
  p.append(button);
  cell.querySelector('.bp-inputs')?.after(p);
  // Registered after the kit's own listener, so the leading grid has already been resized.
  cell.addEventListener('click', (e) => {
    const resize = (e.target as Element | null)?.closest?.('[data-matrix-action]');
    const name = resize?.closest<HTMLElement>('[data-field]')?.dataset['field'];
    if (name && fitter.leaders.includes(name)) apply(cell, fitter);
  });
  if (cell.spec.kind === 'softmax-loss')
    cell.addEventListener('change', (e) => followFormat(cell, e));
}

/** Dresses every `<bp-${kind}>` that has upgraded, and each one that upgrades later. */
export function setUpFit(kind: 'affine' | 'softmax-loss'): void {
  const fitter = FITTERS[kind]!;
  const tag = `bp-${kind}`;
  for (const cell of document.querySelectorAll<CellHost>(`${tag}.bp-upgraded`))
    attach(cell, fitter);
  document.addEventListener(CELL_UPGRADED, (e) => {
    const cell = e.target as CellHost;
    if (cell.localName === tag) attach(cell, fitter);
  });
}

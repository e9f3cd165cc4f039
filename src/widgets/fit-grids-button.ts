/**
 * Keeps chapter 6's matrix cells in shape. The kit resizes one grid at a time; here, when the
 * reader resizes a matrix or pastes a new shape into it, the sizes it changed lead and the
 * matrices sharing them follow, keeping every entry that still fits (as for the kit's buttons, so
 * for a paste). A "Fit" button fits the others to X (the logits). Added by script, so readers
 * without JavaScript see no dead button.
 */
import { convertLabels, fitAffine, fitSoftmax, type Grid } from '../render/classifier/fit-grids';
import type { MatrixField } from '../render/kit/types';
import { t, type MessageKey } from '../messages';
import type { CellHost } from './cell-host';
import { CELL_UPGRADED } from './define-cell';
import { readGrid, writeGrid } from './field-dom';
import { RESHAPED } from './matrix-editor';

interface Fitter {
  /** The button's words, a catalogue key (the cell's spec has loaded the catalogue already). */
  readonly label: MessageKey;
  /** The other grids once `leader` was resized or pasted into (its sizes lead). */
  fit(grids: Readonly<Record<string, Grid>>, leader?: string): Record<string, string[][]>;
}

const none: Grid = [];
const FITTERS: Readonly<Record<string, Fitter>> = {
  affine: {
    label: 'classifier.fitAffine',
    fit: (g, leader) =>
      fitAffine(
        { x: g['x'] ?? none, w: g['w'] ?? none, b: g['b'] ?? none, dY: g['dY'] ?? none },
        leader,
      ),
  },
  'softmax-loss': {
    label: 'classifier.fitSoftmax',
    fit: (g, leader) =>
      fitSoftmax(
        { logits: g['logits'] ?? none, oneHot: g['oneHot'] ?? none, labels: g['labels'] ?? none },
        leader,
      ),
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
function apply(cell: CellHost, fitter: Fitter, leader?: string, recompute = true): boolean {
  const changes = Object.entries(fitter.fit(grids(cell), leader));
  for (const [name, grid] of changes) {
    const field = cell.spec.fields.find(
      (f): f is MatrixField => f.kind === 'matrix' && f.name === name,
    );
    if (field) writeGrid(cell, cell.id, field, grid);
  }
  if (recompute && changes.length > 0) cell.recompute(true);
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
  // The kit announces every resize and every paste that changed a shape; it recomputes after.
  cell.addEventListener(RESHAPED, (e) => {
    const name = (e as CustomEvent<string>).detail;
    apply(cell, fitter, name, false);
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

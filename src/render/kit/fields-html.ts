/**
 * The inputs of a cell as HTML: labelled text inputs for scalars, a grid of labelled
 * entries for matrices, a radio group for choices. Each has an error slot it is described by.
 * Controls that need JavaScript are rendered `hidden`; the element un-hides them.
 */
import { t } from '../../messages/t';
import { escapeHtml as esc } from '../html/escape';
import type { CellTexts } from './field-text';
import { canResize, gridShape, matrixBounds, type MatrixAction } from './shape';
import type { ChoiceField, FieldSpec, MatrixField, ScalarField } from './types';

export const fieldId = (cellId: string, name: string): string => `${cellId}-${name}`;
export const errorId = (cellId: string, name: string): string => `${cellId}-${name}-error`;

export function fieldsHtml(cellId: string, fields: readonly FieldSpec[], texts: CellTexts): string {
  return fields
    .map((f) => {
      const text = texts[f.name];
      if (f.kind === 'scalar') return scalarHtml(cellId, f, typeof text === 'string' ? text : '');
      if (f.kind === 'matrix') return matrixHtml(cellId, f, Array.isArray(text) ? text : [['']]);
      return choiceHtml(cellId, f, typeof text === 'string' ? text : f.initial);
    })
    .join('');
}

function scalarHtml(cellId: string, f: ScalarField, text: string): string {
  const id = esc(fieldId(cellId, f.name));
  const err = esc(errorId(cellId, f.name));
  return (
    `<div class="bp-field bp-field-scalar" data-field="${esc(f.name)}">` +
    `<label for="${id}">${esc(t(f.label))}</label>` +
    `<input id="${id}" type="text" inputmode="decimal" autocomplete="off" spellcheck="false" ` +
    `value="${esc(text)}" data-step="${f.step ?? 1}" aria-describedby="${err}">` +
    `<p class="bp-field-error" id="${err}"></p></div>`
  );
}

/** The grid alone, so the element can redraw it when rows or columns change. */
export function matrixGridHtml(cellId: string, f: MatrixField, grid: readonly string[][]): string {
  const err = esc(errorId(cellId, f.name));
  return grid
    .map(
      (row, r) =>
        `<div class="bp-matrix-row">` +
        row
          .map(
            (text, c) =>
              `<input type="text" inputmode="decimal" autocomplete="off" spellcheck="false" ` +
              `class="bp-matrix-entry" data-row="${r}" data-col="${c}" value="${esc(text)}" ` +
              `aria-label="${esc(t('kit.matrixEntry', { label: t(f.label), row: r + 1, col: c + 1 }))}" aria-describedby="${err}">`,
          )
          .join('') +
        `</div>`,
    )
    .join('');
}

function matrixHtml(cellId: string, f: MatrixField, grid: string[][]): string {
  const { rows, cols } = matrixBounds(f);
  const [[rmin, rmax], [cmin, cmax]] = [rows, cols];
  // At a limit a button stays focusable (aria-disabled, not disabled): focus is not thrown away
  // when the reader reaches the limit, and pressing it shows the reason in the visible note.
  const button = (act: MatrixAction, text: string): string =>
    `<button type="button" data-matrix-action="${act}" ` +
    `aria-disabled="${!canResize(f, grid.length, grid[0]?.length ?? 0, act)}">${esc(text)}</button>`;
  const resizable = rmin !== rmax || cmin !== cmax;
  const controls = resizable
    ? `<div class="bp-matrix-controls bp-js-only" hidden>` +
      (rmin !== rmax
        ? button('add-row', t('kit.addRow')) + button('remove-row', t('kit.removeRow'))
        : '') +
      (cmin !== cmax
        ? button('add-col', t('kit.addColumn')) + button('remove-col', t('kit.removeColumn'))
        : '') +
      `<p class="bp-matrix-note" hidden></p></div>`
    : '';
  return (
    `<fieldset class="bp-field bp-field-matrix" data-field="${esc(f.name)}" ` +
    `data-rows="${rmin},${rmax}" data-cols="${cmin},${cmax}">` +
    `<legend>${esc(t(f.label))} <span class="bp-shape">${gridShape(grid)}</span></legend>` +
    `<div class="bp-matrix-grid">${matrixGridHtml(cellId, f, grid)}</div>${controls}` +
    `<p class="bp-hint bp-js-only" hidden>${esc(t('kit.pasteTip'))}</p>` +
    `<p class="bp-field-error" id="${esc(errorId(cellId, f.name))}"></p></fieldset>`
  );
}

function choiceHtml(cellId: string, f: ChoiceField, value: string): string {
  const group = esc(fieldId(cellId, f.name));
  const options = f.options
    .map(
      (o) =>
        `<label class="bp-choice"><input type="radio" name="${group}" value="${esc(o.value)}"` +
        `${o.value === value ? ' checked' : ''}> ${esc(t(o.label))}</label>`,
    )
    .join('');
  return (
    `<fieldset class="bp-field bp-field-choice" data-field="${esc(f.name)}" ` +
    `aria-describedby="${esc(errorId(cellId, f.name))}"><legend>${esc(t(f.label))}</legend>${options}` +
    `<p class="bp-field-error" id="${esc(errorId(cellId, f.name))}"></p></fieldset>`
  );
}

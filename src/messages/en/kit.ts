/** The cell kit: inputs, their errors, the cell's buttons, notes and announcements. */
export const kit = {
  'kit.hint':
    'Results update as you type. In a number box, ↑ and ↓ change it by a step (Shift: ten steps).',
  'kit.staleNote': 'Showing the last valid result: fix the marked input to update it.',
  'kit.legendForward': '→ forward value, above each edge (solid)',
  'kit.legendBackward': '← gradient, below each edge (dashed)',
  'kit.stepBackward': 'Step backward',
  'kit.showFullBackward': 'Show full backward pass',
  'kit.showTable': 'Show as table',
  // Small screens (issue 12): where the graph would be too small to read, the table shows first.
  'kit.showGraph': 'Show the graph (scrolls sideways)',
  // The two halves of every cell's results.
  'kit.forward': 'Forward',
  'kit.backward': 'Backward',
  'kit.reset': 'Reset',
  'kit.link': 'Link to this state',
  /** `path` is inserted as markup (a <code> element). */
  'kit.code': ({ path }: { path: string }) => `Code: ${path}`,
  'kit.graphRegion': ({ title }: { title: string }) =>
    `${title}: computational graph (scrolls sideways on narrow screens)`,
  'kit.graphTitle': ({ title }: { title: string }) => `${title}: computational graph`,
  'kit.graphTableCaption': ({ title }: { title: string }) => `${title}: every edge of the graph`,

  'kit.addRow': 'Add row',
  'kit.removeRow': 'Remove row',
  'kit.addColumn': 'Add column',
  'kit.removeColumn': 'Remove column',
  'kit.pasteTip':
    'Tip: paste numbers into an entry: one row (spaces, tabs or commas between values) fills that row from the entry on; several rows (one per line) replace the whole matrix. Two numbers joined by a single comma, like 1,5, read as one number with a decimal comma, so write 1.5 or 1, 5.',
  'kit.matrixEntry': ({ label, row, col }: { label: string; row: number; col: number }) =>
    `${label}, row ${row}, column ${col}`,
  'kit.exact': ({ value }: { value: string }) => `exact: ${value}`,
  // The one control per cell that shows every result's exact digits (issue 12, “Keyboard”).
  'kit.exactDigits': 'Exact digits',
  'kit.exactShown': 'Showing the exact digits of every number in this cell’s results.',
  'kit.exactHidden': 'Showing rounded numbers in this cell’s results.',

  'kit.number.empty': 'Enter a number.',
  'kit.number.notFinite': ({ text }: { text: string }) =>
    `“${text}” is not a finite number; enter a value such as 1.5.`,
  'kit.number.notDecimal': 'Write the number in decimal (hex, octal and binary are not read).',
  'kit.number.comma': 'Use a point for decimals: 1.5, not 1,5.',
  /** "1,000": thousands grouped with commas (or a decimal comma; the message covers both). */
  'kit.number.grouped': ({ text }: { text: string }) =>
    `Write numbers without commas: ${text.replace(/,/g, '')} for ${text} (and 1.5, not 1,5, for decimals).`,
  'kit.number.invalid': ({ text }: { text: string }) =>
    `“${text}” is not a number; use digits like -1.5 or 2e-3.`,
  'kit.number.tooLarge': 'That number is too large to compute with (over 1.8e308).',
  'kit.entryError': ({ row, col, message }: { row: number; col: number; message: string }) =>
    `Row ${row}, column ${col}: ${message}`,
  'kit.chooseOption': 'Choose one of the options.',
  // Matrix paste and size limits (issue 12, “Matrices”): every message names the real shapes.
  'kit.paste.ragged': ({ row, n, first }: { row: number; n: number; first: number }) =>
    `Row ${row} of the pasted text has ${n} ${n === 1 ? 'value' : 'values'} but row 1 has ${first}. Nothing was pasted.`,
  'kit.paste.rowTooLong': (p: {
    label: string;
    shape: string;
    k: number;
    col: number;
    cols: number;
    max: number;
  }) =>
    `${p.label} is ${p.shape}: ${p.k} values pasted from column ${p.col} need ${p.cols} columns, but it takes at most ${p.max}. Nothing was pasted.`,
  'kit.paste.shape': (p: {
    label: string;
    pasted: string;
    shape: string;
    rmin: number;
    rmax: number;
    cmin: number;
    cmax: number;
  }) =>
    `The pasted block is ${p.pasted}, but ${p.label} takes ${p.rmin}–${p.rmax} rows and ${p.cmin}–${p.cmax} columns; it stays ${p.shape}.`,
  'kit.limit.maxRows': ({ label, shape, n }: { label: string; shape: string; n: number }) =>
    `${label} is ${shape}: it takes at most ${n} ${n === 1 ? 'row' : 'rows'}.`,
  'kit.limit.minRows': ({ label, shape, n }: { label: string; shape: string; n: number }) =>
    `${label} is ${shape}: it needs at least ${n} ${n === 1 ? 'row' : 'rows'}.`,
  'kit.limit.maxCols': ({ label, shape, n }: { label: string; shape: string; n: number }) =>
    `${label} is ${shape}: it takes at most ${n} ${n === 1 ? 'column' : 'columns'}.`,
  'kit.limit.minCols': ({ label, shape, n }: { label: string; shape: string; n: number }) =>
    `${label} is ${shape}: it needs at least ${n} ${n === 1 ? 'column' : 'columns'}.`,

  'kit.hash.badText':
    'The link’s saved inputs for this cell were ignored because it is not valid URL text; showing the book’s values instead.',
  'kit.hash.unknownInput':
    'The link’s saved inputs for this cell were ignored because it names an unknown input; showing the book’s values instead.',
  'kit.hash.twice': ({ name }: { name: string }) =>
    `The link’s saved inputs for this cell were ignored because it sets “${name}” twice; showing the book’s values instead.`,
  'kit.hash.badValue': ({ name }: { name: string }) =>
    `The link’s saved inputs for this cell were ignored because the value for “${name}” is not valid; showing the book’s values instead.`,

  // Links and the URL (issue 12): links hold only changes, stay under a length the web keeps,
  // and say when they can't restore or can't be made.
  'kit.hash.tooLong': ({ length, max }: { length: number; max: number }) =>
    `The link’s saved inputs were ignored because the link is ${length} characters long, over the ${max} this book reads; showing the book’s values instead.`,
  'kit.hash.misfit': ({ problem }: { problem: string }) =>
    `The link’s values don’t fit this cell, so they are shown marked, beside the last valid result. ${problem}`,
  'kit.linkedLastGood': ({ problem }: { problem: string }) =>
    `The address bar now links to the last values that worked, not to what the inputs show now. ${problem}`,
  'kit.linkedLastGoodCopied': ({ problem }: { problem: string }) =>
    `The address bar now links to the last values that worked (copied), not to what the inputs show now. ${problem}`,
  'kit.linkTooLong': ({ length, max }: { length: number; max: number }) =>
    `No link made: it would be ${length} characters long, and this book keeps links to ${max} or fewer so that they open everywhere. Nothing was copied; fewer or smaller changes (or Reset in other cells) make a shorter link.`,

  // The finite guard (issue 12, extremes): inputs that are valid but make a result overflow.
  'kit.overflow': ({ label, value }: { label: string; value: string }) =>
    `${label} ${value} makes a result overflow: it passes the largest number a computer can hold (about 1.8e308). Use a number closer to zero.`,
  'kit.overflowEntry': (p: { label: string; value: string; row: number; col: number }) =>
    `${p.label} ${p.value} (row ${p.row}, column ${p.col}) makes a result overflow: it passes the largest number a computer can hold (about 1.8e308). Use a number closer to zero.`,
  'kit.overflowed': 'overflow',
  'kit.noValue': 'no value',
  'kit.overflowGeneral':
    'These inputs make a result overflow: it passes the largest number a computer can hold (about 1.8e308).',

  'kit.fieldError': ({ label, message }: { label: string; message: string }) =>
    `${label}: ${message}`,
  'kit.staleAnnounce': ({ message }: { message: string }) =>
    `${message} Showing the last valid result.`,
  'kit.computeFailed': 'This cell could not compute a result for these inputs.',
  'kit.resetDone': 'Inputs reset to the book’s values.',
  'kit.linked': 'The address bar now links to this state.',
  'kit.linkedCopied': 'The address bar now links to this state (copied).',
  'kit.fullPassShown': 'Showing the full backward pass.',
  'kit.stepPanel': (p: { k: number; n: number; node: string; local: string; product: string }) =>
    `Step ${p.k} of ${p.n}: ${p.node}. Local derivative: ${p.local}. Sends upstream ${p.product}.`,
} as const;

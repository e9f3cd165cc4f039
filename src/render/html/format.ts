/**
 * Display formatting for numbers, as the cell kit uses it: the core library's
 * `formatNumber` (for reading) and `exactNumber` (every digit, for hover and focus).
 */
export { exactNumber, formatNumber } from '../../core/format-number';

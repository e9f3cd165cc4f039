// The shopping example (chapters 2–4): the labels its inputs carry in every cell, and the values
// the book's defaults give, as the reader sees them rounded (worked by hand in chapter 2).

/** The five inputs' labels, in the order the cells show them. */
export const SHOPPING_LABELS = [
  'Apple price',
  'Number of apples',
  'Orange price',
  'Number of oranges',
  'Tax',
] as const;

/** Forward: 100 × 2, 150 × 3, their sum, × 1.1. */
export const SHOPPING_FORWARD = ['200', '450', '650', '715'] as const;

/** Backward: ∂/∂ apple price, apples, orange price, oranges, tax. */
export const SHOPPING_GRADIENTS = ['2.2', '110', '3.3', '165', '650'] as const;

/** A page's text with its tags replaced by spaces. */
export const textOf = (html: string): string => html.replace(/<[^>]+>/g, ' ');

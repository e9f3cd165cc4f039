/** Page chrome: header, navigation, footer, home and whole-book pages. */
export const chrome = {
  'site.name': 'Backprop by Hand',
  'site.kicker': 'An interactive textbook',
  'site.tagline': 'an interactive textbook on backpropagation',
  'site.skipToContent': 'Skip to content',
  'site.footer':
    'Backprop by Hand — an interactive textbook on backpropagation. Every number on these pages is computed by the code it shows.',
  'site.licence': 'Code under the MIT licence; text and figures under CC BY 4.0.',
  'site.pageTitle': ({ title }: { title: string }) => `${title} · Backprop by Hand`,

  'theme.dark': 'Dark theme',
  'search.label': 'Search the book',
  'search.placeholder': 'Search the book',
  'search.unavailable': 'Search works in the built book (npm start).',
  'search.none': ({ query }: { query: string }) => `No results for “${query}”`,
  'search.count': ({ count, query }: { count: string; query: string }) =>
    `${count} results for “${query}”`,
  'search.countOne': ({ query }: { query: string }) => `1 result for “${query}”`,

  'nav.chapters': 'Chapters',
  'nav.onThisPage': 'On this page',
  'nav.prevNext': 'Previous and next chapter',
  'nav.previous': 'Previous',
  'nav.next': 'Next',
  // Issue 17: the language switch's words for screen readers, after the language's own name.
  /** A heading's self-link, for screen readers (src/lib/rehype-heading-anchors.ts). */
  'heading.link': ({ title }: { title: string }) => `Link to section “${title}”`,
  'nav.otherEdition': ' (this page in the Korean edition)',

  'code.copy': 'Copy',
  'code.copyLabel': 'Copy code',
  'code.copied': 'Copied',
  'code.copyFailedShort': 'Failed',
  'code.copyFailed': 'Copy failed: select the code and copy it by hand',

  'chapter.number': ({ n }: { n: number }) => `Chapter ${n}`,
  'chapter.goals': 'After this chapter you can',

  'pdf.download': 'download the whole book as PDF',
  'pdf.or': ', or ',

  'home.title': 'Backprop by Hand — an interactive textbook on backpropagation',
  'home.description':
    'Learn how neural networks compute their gradients: computational graphs, the chain rule and real layer code, with live cells that recompute forward and backward values as you type.',
  'home.lede':
    'How a neural network finds out which way to change every one of its weights — worked by hand on small graphs, then in real code you can run and poke at.',
  'home.chapters': 'Chapters',
  'home.wholeBook': 'The whole book on one page',
  'home.wholeBookAfter': ', to print or save as PDF',
  'home.glossary': 'English–Korean glossary',
  'home.glossaryAfter': ': the terms of the Korean edition (한국어판)',

  // Issue 17: the glossary page (both editions), from src/i18n/glossary.ts.
  'glossary.title': 'Glossary, English–Korean · Backprop by Hand',
  'glossary.description':
    'The terms of Backprop by Hand in English and in its Korean edition, both ways.',
  'glossary.kicker': 'Glossary',
  'glossary.heading': 'English and Korean terms',
  'glossary.lede':
    'Every term the book uses, as the English edition and the Korean edition write it. Where the Korean has two forms, the first is the usual one.',
  'glossary.enToKo': 'From English to Korean',
  'glossary.koToEn': 'From Korean to English',
  'glossary.english': 'English',
  'glossary.korean': 'Korean',
  'glossary.note': 'Note',

  'notFound.title': 'Page not found · Backprop by Hand',
  'notFound.description': 'This page of Backprop by Hand does not exist.',
  'notFound.kicker': 'Not found',
  'notFound.heading': 'There is no page here',
  'notFound.lede':
    'The address may be mistyped, or the page may have moved. Search the book above, or pick a chapter.',

  'book.title': 'Backprop by Hand — the whole book',
  'book.description':
    'Every chapter of Backprop by Hand on one page, ready to print or save as PDF.',
  'book.subtitle':
    'How a neural network finds the gradient of its loss: computational graphs, the chain rule, and layers in real code — every number computed by the code it shows.',
  'book.coverNote': 'This page holds the whole book for printing: use your browser’s Print command',
  'book.contents': 'Contents',
  'book.credits': 'Sources and credit',

  // Small screens (issue 12): the names of boxes that scroll sideways.
  // `n` numbers the boxes of one kind on the page, so each region's name is unique.
  'scroll.equation': ({ n }: { n: string }) => `Equation ${n} (scrolls sideways)`,
  'scroll.code': ({ n }: { n: string }) => `Code listing ${n} (scrolls sideways)`,
  'scroll.table': ({ n }: { n: string }) => `Table ${n} (scrolls sideways)`,
} as const;

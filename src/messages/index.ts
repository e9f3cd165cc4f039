export { addWords, t, useCatalogue } from './t';
export type { Catalogue, MessageKey, MessageParams, WordArea } from './catalogue';

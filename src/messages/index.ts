export { addWords, t, useCatalogue } from './t';
export type { AreaWords, Catalogue, MessageKey, MessageParams, WordArea } from './catalogue';

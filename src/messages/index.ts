export { t, useCatalogue } from './t';
export type { Catalogue, MessageKey, MessageParams } from './catalogue';

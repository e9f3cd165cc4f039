/**
 * Fills `{name}` slots in a message rendered at build time with slots for its parameters
 * (`t('search.none', { query: '{query}' })`), so browser code can use catalogue words without
 * loading the catalogue. A slot with no parameter stays as written.
 */
export function fill(template: string, params: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => params[name] ?? slot);
}

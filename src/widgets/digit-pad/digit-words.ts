/**
 * Fetches the digits area of the catalogue in the page's language (English when it has none yet).
 * The pad needs only these words, not the kit's that `loadWords` always brings (2 kB less at load).
 */
import { addWords, type Catalogue } from '../../messages';

type AreaModule = Readonly<Record<string, Partial<Catalogue>>>;
const files = import.meta.glob<AreaModule>('../../messages/*/digits.ts');

export async function loadDigitWords(): Promise<void> {
  const lang = document.documentElement.lang.split('-')[0] || 'en';
  const load = files[`../../messages/${lang}/digits.ts`] ?? files['../../messages/en/digits.ts'];
  const module = load ? await load() : undefined;
  if (module?.['digits']) addWords(module['digits']);
}

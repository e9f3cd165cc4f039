/**
 * `make`, run once per key: a spec renders the same listing for every problem of a variant and
 * shows one problem's check in both its reveal and its working, so each is made only once.
 */
export function once<K, V>(
  make: (key: K) => V,
  cache: { get(key: K): V | undefined; set(key: K, value: V): unknown } = new Map<K, V>(),
): (key: K) => V {
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = make(key);
      cache.set(key, value);
    }
    return value;
  };
}

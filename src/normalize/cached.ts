// Answers the normalizer asks again for every row and every document (a pipeline's label lists, a row's header
// map): computed once per key object, kept as long as the key lives.

/** The value cached for key, made by make(key) the first time. */
export function cached<K extends object, V>(cache: WeakMap<K, V>, key: K, make: (key: K) => V): V {
  let value = cache.get(key);
  if (value === undefined) cache.set(key, (value = make(key)));
  return value;
}

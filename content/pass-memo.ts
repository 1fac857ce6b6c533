// Within one pass the reader only reads: the page cannot change between its reads, so what it computes per
// element (role, visibility, names) is computed once per pass and forgotten when the pass ends.

let active = false;
/** the memos filled in the running pass, emptied when it ends (so no removed element is kept alive) */
const filled = new Set<Map<unknown, unknown>>();

/** Runs `read` as one pass: per-element results of memoised functions are shared inside it. */
export function duringPass<T>(read: () => T): T {
  if (active) return read();
  active = true;
  try {
    return read();
  } finally {
    active = false;
    for (const memo of filled) memo.clear();
    filled.clear();
  }
}

/** `fn` remembered per element for the running pass (outside a pass it is simply called). */
export function perPass<K extends object, R>(fn: (key: K) => R): (key: K) => R {
  const memo = new Map<K, R>();
  return (key: K) => {
    if (!active) return fn(key);
    const known = memo.get(key);
    if (known !== undefined || memo.has(key)) return known as R;
    const result = fn(key);
    memo.set(key, result);
    filled.add(memo as Map<unknown, unknown>);
    return result;
  };
}

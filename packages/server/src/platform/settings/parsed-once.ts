/** Freezes `value` and everything inside it, so a result shared between callers cannot be changed by one. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * Wraps the parser of a stored settings value so it runs once per distinct stored text: while the row is
 * unchanged every read returns the same frozen result (checking each field against its schema costs more
 * than reading the row). The row is still read every time, so a change by any instance is seen at once.
 */
export function parsedOnce<T>(parse: (stored: string | undefined) => T): (stored: string | undefined) => T {
  let last: { stored: string | undefined; result: T } | undefined;
  return (stored) => {
    if (last?.stored !== stored || last === undefined) last = { stored, result: deepFreeze(parse(stored)) };
    return last.result;
  };
}

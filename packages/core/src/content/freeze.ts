/**
 * Freezes a value and everything it holds, so that one caller's edit can never change what
 * another reads: the guide is shared by every `getArticle` call in the process.
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** An address as typed on one line, its lines split at commas, and back. */
export function addressLines(typed: string): string {
  return typed
    .split(/\s*[,\n]\s*/)
    .filter((line) => line !== '')
    .join('\n');
}

/** A stored address on one line, for a text field or the review. */
export function addressOnOneLine(value: string): string {
  return value.split('\n').join(', ');
}

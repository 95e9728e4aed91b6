/** 1-based line and column of a UTF-16 offset, columns counted in characters as editors do. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  return positionsIn(text)(offset);
}

/**
 * `positionOf` for many offsets into one text: the line starts are found once and each offset is
 * a binary search, so an 8 MB file with thousands of findings takes as long as one scan.
 */
export function positionsIn(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  // Columns count code points; only astral characters (two UTF-16 units) make that differ.
  const astral = /[\ud800-\udbff][\udc00-\udfff]/.test(text);
  return (offset) => {
    const at = Math.max(0, Math.min(offset, text.length));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] as number) <= at) low = middle;
      else high = middle - 1;
    }
    const lineStart = starts[low] as number;
    const column = astral ? [...text.slice(lineStart, at)].length : at - lineStart;
    return { line: low + 1, column: column + 1 };
  };
}

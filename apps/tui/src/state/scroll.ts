/** How a person moves through text taller than the screen. */
export type ScrollMove = 'up' | 'down' | 'page-up' | 'page-down' | 'top' | 'bottom';

/**
 * The first visible line after `move`, for `total` lines shown `viewport` at a time. The last page
 * is full: scrolling never leaves empty rows under the text.
 */
export function scrollTo(
  offset: number,
  move: ScrollMove,
  total: number,
  viewport: number,
): number {
  const max = Math.max(0, total - viewport);
  const page = Math.max(1, viewport - 1);
  // From where the view shows it: a window grown since the last key shows the text clamped.
  const from = Math.min(offset, max);
  const next = {
    up: from - 1,
    down: from + 1,
    'page-up': from - page,
    'page-down': from + page,
    top: 0,
    bottom: max,
  }[move];
  return Math.min(Math.max(next, 0), max);
}

/** Moves a list cursor by `delta`, wrapping around the ends as menus do. */
export function moveCursor(index: number, delta: number, count: number): number {
  if (count <= 0) return 0;
  return (((index + delta) % count) + count) % count;
}

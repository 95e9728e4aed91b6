import { describe, expect, it } from 'vitest';
import { type GuideState, guideReducer, initialGuide } from './guide.ts';

const reading: GuideState = { ...initialGuide, view: 'reading', part: 2, scroll: 0 };

describe('guideReducer', () => {
  it('opens the chosen part at its top and goes back to the list', () => {
    let state = guideReducer(initialGuide, { type: 'move', delta: 1, count: 8 });
    state = guideReducer(state, { type: 'open' });
    expect(state).toMatchObject({ view: 'reading', part: 1, scroll: 0 });
    expect(guideReducer(state, { type: 'back' })).toMatchObject({ view: 'parts', part: 1 });
  });

  it('scrolls within the part and not past its end', () => {
    let state = guideReducer(reading, {
      type: 'scroll',
      move: 'page-down',
      total: 30,
      viewport: 10,
    });
    expect(state.scroll).toBe(9);
    state = guideReducer(state, { type: 'scroll', move: 'bottom', total: 30, viewport: 10 });
    expect(state.scroll).toBe(20);
  });

  it('jumps to the first hit of a search and on to the next with n', () => {
    let state = guideReducer(initialGuide, { type: 'search-open' });
    state = guideReducer(state, { type: 'search-edit', edit: { type: 'insert', text: 'mejl' } });
    state = guideReducer(state, {
      type: 'search-submit',
      hits: [
        { part: 4, line: 12 },
        { part: 6, line: 3 },
      ],
      viewport: 10,
    });
    expect(state).toMatchObject({ view: 'reading', part: 4, scroll: 10, prompt: undefined });
    expect(state.search?.query).toBe('mejl');
    state = guideReducer(state, { type: 'search-next', viewport: 10 });
    expect(state).toMatchObject({ part: 6, scroll: 1 });
    state = guideReducer(state, { type: 'search-next', viewport: 10 });
    expect(state).toMatchObject({ part: 4, scroll: 10 });
  });

  it('stays put when nothing matches, keeping the query to show "no match"', () => {
    let state = guideReducer(reading, { type: 'search-open' });
    state = guideReducer(state, { type: 'search-edit', edit: { type: 'insert', text: 'xyz' } });
    state = guideReducer(state, { type: 'search-submit', hits: [], viewport: 10 });
    expect(state).toMatchObject({ view: 'reading', part: 2, search: { query: 'xyz', hits: [] } });
  });

  it('closes the search prompt with Esc before leaving the part', () => {
    const withPrompt = guideReducer(reading, { type: 'search-open' });
    const closed = guideReducer(withPrompt, { type: 'back' });
    expect(closed).toMatchObject({ view: 'reading', prompt: undefined });
  });
});

import { moveCursor, type ScrollMove, scrollTo } from './scroll.ts';
import { editText, type TextEdit, type TextField, textField } from './text-field.ts';

/** Where a search term was found: the part of the guide and the line in it. */
export interface Hit {
  part: number;
  line: number;
}

export interface GuideState {
  /** The list of parts, or one part open for reading. */
  view: 'parts' | 'reading';
  part: number;
  /** First visible line of the open part. */
  scroll: number;
  /** The search prompt while it is open. */
  prompt?: TextField;
  search?: { query: string; hits: Hit[]; current: number };
}

export type GuideAction =
  | { type: 'move'; delta: number; count: number }
  | { type: 'open' }
  | { type: 'back' }
  | { type: 'scroll'; move: ScrollMove; total: number; viewport: number }
  | { type: 'search-open' }
  | { type: 'search-edit'; edit: TextEdit }
  | { type: 'search-cancel' }
  /** The prompt's query with its hits, found over the guide as it is laid out on screen. */
  | { type: 'search-submit'; hits: Hit[]; viewport: number }
  | { type: 'search-next'; viewport: number };

export const initialGuide: GuideState = { view: 'parts', part: 0, scroll: 0 };

/** Opens the part of a hit, with the hit's line a little below the top so its context shows. */
function showHit(state: GuideState, hit: Hit | undefined, viewport: number): GuideState {
  if (!hit) return state;
  const context = Math.min(2, Math.floor(viewport / 4));
  return { ...state, view: 'reading', part: hit.part, scroll: Math.max(0, hit.line - context) };
}

/** The guide reader: pick a part, read it, scroll it, search the whole guide. */
export function guideReducer(state: GuideState, action: GuideAction): GuideState {
  switch (action.type) {
    case 'move':
      return { ...state, part: moveCursor(state.part, action.delta, action.count) };
    case 'open':
      return { ...state, view: 'reading', scroll: 0 };
    case 'back':
      if (state.prompt) return { ...state, prompt: undefined };
      return { ...state, view: 'parts', scroll: 0 };
    case 'scroll':
      return {
        ...state,
        scroll: scrollTo(state.scroll, action.move, action.total, action.viewport),
      };
    case 'search-open':
      return { ...state, prompt: textField(state.search?.query ?? '') };
    case 'search-edit':
      return state.prompt ? { ...state, prompt: editText(state.prompt, action.edit) } : state;
    case 'search-cancel':
      return { ...state, prompt: undefined };
    case 'search-submit': {
      const query = state.prompt?.value.trim() ?? '';
      const next: GuideState = { ...state, prompt: undefined };
      if (query === '') return { ...next, search: undefined };
      const found = { ...next, search: { query, hits: action.hits, current: 0 } };
      return showHit(found, action.hits[0], action.viewport);
    }
    case 'search-next': {
      const search = state.search;
      if (!search || search.hits.length === 0) return state;
      const current = (search.current + 1) % search.hits.length;
      return showHit(
        { ...state, search: { ...search, current } },
        search.hits[current],
        action.viewport,
      );
    }
  }
}

import { useCallback, useRef, useState } from 'react';
import { type AppAction, type AppState, appReducer } from '../state/app.ts';

/**
 * `useReducer` with the newest state readable at once. Typed keys and pastes arrive between
 * renders; a handler that read the state of the last frame would treat "/mejl" as five commands.
 */
export function useStore(
  initial: AppState,
): [AppState, (action: AppAction) => void, () => AppState] {
  const ref = useRef(initial);
  const [state, setState] = useState(initial);
  const dispatch = useCallback((action: AppAction) => {
    ref.current = appReducer(ref.current, action);
    setState(ref.current);
  }, []);
  const latest = useCallback(() => ref.current, []);
  return [state, dispatch, latest];
}

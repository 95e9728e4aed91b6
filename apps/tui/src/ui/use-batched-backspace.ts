import { type Key, useStdin } from 'ink';
import { useEffect, useRef } from 'react';

/** A key event with nothing pressed, to build others from. */
export const noKey: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
};

/**
 * Backspace held down on a busy machine sends several DEL bytes in one read. Ink hands those to
 * `useInput` as an empty string, so they would be lost; this listens to Ink's raw input events
 * for exactly that case and passes the DELs on to the key map as text it knows how to count.
 */
export function useBatchedBackspace(
  handle: (input: string, key: Key) => void,
  active: boolean,
): void {
  const { internal_eventEmitter: events } = useStdin();
  const latest = useRef(handle);
  latest.current = handle;
  useEffect(() => {
    if (!active) return;
    const onInput = (data: string) => {
      if (/^[\u007f\b]{2,}$/.test(data)) latest.current(data, noKey);
    };
    events.on('input', onInput);
    return () => {
      events.off('input', onInput);
    };
  }, [events, active]);
}

import { startTransition, useEffect, useState, useSyncExternalStore } from 'react';

/** What `engine.ts` exports: the letter page's share of core, loaded once the page is idle. */
export type Engine = typeof import('./engine.ts');

let loading: Promise<Engine> | undefined;

/** The engine, loaded once per page, in its own chunk. */
export function loadEngine(): Promise<Engine> {
  loading ??= import('./engine.ts');
  return loading;
}

/**
 * How long an idle callback may wait for the browser to be idle. A page that is never idle (a
 * busy phone) still gets its draft, a moment later.
 */
const idleTimeoutMs = 2000;

/** Runs `callback` when the browser is idle; Safari has no `requestIdleCallback`, so a timer. */
function whenIdle(callback: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(callback, { timeout: idleTimeoutMs });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(callback, 200);
  return () => window.clearTimeout(handle);
}

/** What the person does first on the page: a tap, a key, a field taking focus. */
const firstTouches = ['pointerdown', 'keydown', 'focusin'] as const;

/**
 * The engine for the page, or `null` until it is there. Evaluating its chunk and writing the first
 * draft are the page's longest tasks, so they wait for the person's first tap, key or focus, or,
 * when something on screen shows the engine's work (`shown`: the draft beside the questions, the
 * position, the result), for the browser to be idle if that comes first. The first question page
 * on a phone shows nothing the engine makes until it is answered, so there it waits for the
 * person. Its arrival is a transition: the draft renders without holding up what they are doing.
 */
export function useEngine(shown: boolean): Engine | null {
  const [engine, setEngine] = useState<Engine | null>(null);
  const [wanted, setWanted] = useState(false);

  useEffect(() => {
    if (wanted) return;
    const want = () => setWanted(true);
    const cancelIdle = shown ? whenIdle(want) : undefined;
    for (const type of firstTouches) document.addEventListener(type, want, { capture: true });
    return () => {
      cancelIdle?.();
      for (const type of firstTouches) document.removeEventListener(type, want, { capture: true });
    };
  }, [shown, wanted]);

  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void loadEngine().then((loaded) => {
      if (live) startTransition(() => setEngine(loaded));
    });
    return () => {
      live = false;
    };
  }, [wanted]);

  return engine;
}

/** The width from which the draft sits beside the questions (`.previewColumn` in the CSS). */
const wideQuery = '(min-width: 62rem)';

function subscribeWide(onChange: () => void): () => void {
  const query = window.matchMedia(wideQuery);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/**
 * Whether the screen is wide enough to show the draft beside the questions. `false` on the server
 * and while hydrating, so the exported page and the first client render agree.
 */
export function useWideScreen(): boolean {
  return useSyncExternalStore(
    subscribeWide,
    () => window.matchMedia(wideQuery).matches,
    () => false,
  );
}

/** What `engine.ts` exports: the letter page's share of core, loaded after first paint. */
export type Engine = typeof import('./engine.ts');

let loading: Promise<Engine> | undefined;

/** The engine, loaded once per page, in its own chunk. */
export function loadEngine(): Promise<Engine> {
  loading ??= import('./engine.ts');
  return loading;
}

import type * as Letter from '@rescind/core/letter';

/** The parts of core's letter engine the interactive app uses. */
export type LetterEngine = Pick<
  typeof Letter,
  | 'validateLetterInput'
  | 'generateLetter'
  | 'lintLetter'
  | 'checkDraft'
  | 'draftText'
  | 'lintDocument'
  | 'lintOptionsFor'
  | 'toEml'
  | 'documentFilename'
  | 'reasons'
  | 'formalities'
  | 'salutations'
  | 'acceptances'
  | 'contractTypes'
  | 'assessPosition'
  | 'formatLongDate'
  | 'normalizeDate'
>;

let loaded: LetterEngine | undefined;

/**
 * Loads the letter engine. It is the heaviest module the app has (its schema library is most of a
 * cold start), and the first screens (language, home, guide) never need it, so the app draws its
 * first frame without it and loads it right after.
 */
export async function loadEngine(): Promise<LetterEngine> {
  loaded ??= await import('@rescind/core/letter');
  return loaded;
}

/** Whether `letterEngine()` can be called yet. */
export function isEngineLoaded(): boolean {
  return loaded !== undefined;
}

/**
 * The loaded engine, for the reducers of the screens that need it. Those screens are only opened
 * once `loadEngine()` has resolved, so reaching this unloaded is a bug, not a state to handle.
 */
export function letterEngine(): LetterEngine {
  if (!loaded) throw new Error('The letter engine was used before loadEngine() resolved.');
  return loaded;
}

import type { Channel } from '../content/channels.ts';
import type { createGenerateLetter } from './engine.ts';
import { checkAnswers, type LetterInput, LetterInputError } from './input.ts';
import type { LetterResult } from './types.ts';

type Engine = ReturnType<typeof createGenerateLetter>;

/**
 * The engine checks the answers with `parseLetterInput`, whose name a developer's message would
 * carry ("parseLetterInput: locale must be…"); this gives them the name of the function the
 * developer called. The answers are checked again only when they are invalid, so a valid letter
 * costs nothing more.
 */
export function asGenerateLetter(engine: Engine): Engine {
  return function generateLetter<const C extends Channel = Channel>(
    input: LetterInput & { channel: C },
  ): LetterResult<C> {
    try {
      return engine(input);
    } catch (error) {
      if (!(error instanceof LetterInputError)) throw error;
      const again = checkAnswers('generateLetter', input);
      throw again.success ? error : new LetterInputError(again.issues);
    }
  };
}

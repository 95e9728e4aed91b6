import type { LetterResult } from '@rescind/core/letter';

/**
 * The greeting the draft writes, from the first sent document's parts (after a call or a meeting,
 * the e-mail that confirms it), for the form to show beside the greeting name. Its own module, so
 * the form's bundle does not pull in the engine, which loads after the first paint.
 */
export function greetingOf(result: LetterResult | null): string | undefined {
  return result?.documents.find((doc) => 'parts' in doc)?.parts.greeting;
}

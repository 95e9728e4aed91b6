import type { Locale } from '@rescind/core';
import type { LetterEngine } from '../engine.ts';
import { getAnswer, type RawAnswers, setAnswer } from './answers.ts';

/** The answers that are dates. */
export const datePaths = ['startDate', 'acceptedOn', 'today'] as const;

/**
 * The answers with each date read the way a person writes it ("14 december 2026", "4-1-2027") into
 * the ISO date `LetterInput` takes, by core's `normalizeDate`. What core cannot read stays as
 * given, for core's input check to say what is wrong with it in the person's language.
 */
export function readDates(
  answers: RawAnswers,
  locale: Locale,
  engine: Pick<LetterEngine, 'normalizeDate'>,
): RawAnswers {
  let read = answers;
  for (const path of datePaths) {
    const value = getAnswer(answers, path);
    if (typeof value === 'string')
      read = setAnswer(read, path, engine.normalizeDate(value, locale));
  }
  return read;
}

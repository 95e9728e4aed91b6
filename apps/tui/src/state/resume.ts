import { isLocale, type Locale } from '@rescind/core';
import type { LetterEngine } from '../engine.ts';
import { getAnswer, type RawAnswers, setAnswer } from './answers.ts';
import { readDates } from './dates.ts';

/** Resumed answers that can be shown, and the paths (`recipient.email`) of those left out. */
export interface CheckedAnswers {
  answers: RawAnswers;
  dropped: string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The answers that hold answers (`applicant.name`); any other object is no answer at all. */
const groups = new Set(['applicant', 'recipient']);

/** A value an answer can be: text, yes or no, a number of months. An object (`{"toString": 1}`) or a list is not. */
const isPlain = (value: unknown) =>
  typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number';

/**
 * The answers of a `--resume` file that core accepts, before any of them is shown: a value that is
 * no text or yes/no, or that core finds invalid (a choice that is no choice, such as
 * `"channel": "constructor"`, a name with a control character), is left out and named in
 * `dropped`, so the app opens on what was valid and says what it could not use. A missing answer
 * is not invalid: the wizard asks for it.
 */
export function checkResumed(
  raw: RawAnswers,
  engine: Pick<LetterEngine, 'validateLetterInput' | 'normalizeDate'>,
  fallback: Locale | undefined,
): CheckedAnswers {
  const dropped: string[] = [];
  let answers: RawAnswers = {};
  for (const [key, value] of Object.entries(raw)) {
    if (isPlain(value)) answers = setAnswer(answers, key, value);
    else if (groups.has(key) && isRecord(value)) {
      for (const [leaf, inner] of Object.entries(value)) {
        if (isPlain(inner)) answers = setAnswer(answers, `${key}.${leaf}`, inner);
        else dropped.push(`${key}.${leaf}`);
      }
    } else if (value !== undefined && value !== null) dropped.push(key);
  }
  if (answers.locale !== undefined && !isLocale(answers.locale)) {
    dropped.push('locale');
    answers = setAnswer(answers, 'locale', undefined);
  }
  const locale = isLocale(answers.locale) ? answers.locale : (fallback ?? 'sv');
  // Dates as a person wrote them in the file ("14 december 2026") are dates, not mistakes.
  answers = readDates(answers, locale, engine);
  const result = engine.validateLetterInput({ locale, ...answers }, { locale });
  if (!result.success) {
    for (const { path, code } of result.issues) {
      if (code === 'required' || path === '' || getAnswer(answers, path) === undefined) continue;
      if (!dropped.includes(path)) dropped.push(path);
      answers = setAnswer(answers, path, undefined);
    }
  }
  return { answers, dropped };
}

import type { Locale } from '@rescind/core';
import { letterEngine } from '../engine.ts';
import { getAnswer, type RawAnswers } from './answers.ts';

/** The answers that decide a greeting; the rest of the letter does not change it. */
const shaping = [
  'channel',
  'formality',
  'recipient.name',
  'recipient.salutation',
  'recipient.greetingName',
  'recipient.company',
] as const;

/**
 * What a letter needs and the greeting does not use: stand-ins, so that the greeting can be
 * written before the rest is answered. None of them reaches the screen.
 */
function standIn(locale: Locale): RawAnswers {
  return {
    locale,
    channel: 'email',
    formality: 'formal',
    applicant: { name: 'N N' },
    recipient: { company: 'N N' },
    position: 'N N',
    reason: 'personal',
    startDate: '2999-12-31',
  };
}

/**
 * The greeting the letter will open with, written by core from the answers so far: the first
 * written document's `parts.greeting` ("Hej Eva Berg", "Geachte mevrouw Lopez,"), or `null` when
 * it opens with none (a formal Swedish letter to no one by name). `undefined` when core cannot
 * write it from these answers (a name core refuses): core says why when the answer is given.
 */
export function greetingOf(answers: RawAnswers, locale: Locale): string | null | undefined {
  const { validateLetterInput, generateLetter } = letterEngine();
  const input = standIn(locale);
  const recipient: Record<string, unknown> = { ...input.recipient };
  for (const path of shaping) {
    const value = getAnswer(answers, path);
    if (value === undefined || value === '') continue;
    if (path.startsWith('recipient.')) recipient[path.slice('recipient.'.length)] = value;
    else input[path] = value;
  }
  const valid = validateLetterInput({ ...input, recipient }, { locale });
  if (!valid.success) return undefined;
  const written = generateLetter(valid.data).documents.find(
    (document) => document.kind === 'email' || document.kind === 'letter',
  );
  if (!written || (written.kind !== 'email' && written.kind !== 'letter')) return undefined;
  return written.parts.greeting ?? null;
}

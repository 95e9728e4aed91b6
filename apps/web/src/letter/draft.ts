import type { Locale } from '@rescind/core';
import {
  formatLongDate,
  generateLetter,
  type InputIssue,
  type LetterResult,
  type ValidationResult,
  type ValidLetterInput,
  validateLetterInput,
} from '@rescind/core/letter';
import { type FieldName, type FormValues, type TextField, toRawInput } from './form-values.ts';
import { issueField } from './messages.ts';

/**
 * Stand-ins the engine accepts for answers not given yet: a word no real answer contains, replaced
 * in the finished text by a bracketed placeholder ("[ditt namn]"). A far-off date stands in for
 * the start date and is replaced the same way, with the advice that counts days left out.
 */
const stand = {
  'applicant.name': 'Qqxapplicant',
  'recipient.company': 'Qqxcompany',
  'recipient.name': 'Qqxrecipient',
  position: 'qqxposition',
  startDate: '2099-12-30',
} as const satisfies Partial<Record<TextField, string>>;

type StandIn = keyof typeof stand;

const placeholders: Record<Locale, Record<StandIn, string>> = {
  sv: {
    'applicant.name': '[ditt namn]',
    'recipient.company': '[företaget]',
    'recipient.name': '[mottagarens namn]',
    position: '[tjänsten]',
    startDate: '[startdatum]',
  },
  nl: {
    'applicant.name': '[je naam]',
    'recipient.company': '[het bedrijf]',
    'recipient.name': '[naam ontvanger]',
    position: '[de functie]',
    startDate: '[startdatum]',
  },
};

/** Choices a draft cannot be written without; until chosen, the draft assumes the form's default. */
const choiceDefaults: Partial<Record<TextField, string>> = {
  channel: 'email',
  formality: 'formal',
  reason: 'personal',
};

/** Timing advice counts days to the start date, which a stand-in date would get wrong. */
const timingAdvice = new Set(['days-left', 'short-notice', 'starts-today', 'start-date-passed']);

/**
 * What core says of the answers exactly as they are now: the form's errors and its summary come
 * from these, never from the draft, which may be a render behind (see `letter-app.tsx`).
 */
export function answerIssues(values: FormValues, locale: Locale): InputIssue[] {
  const checked = check(values, locale);
  return checked.success ? [] : checked.issues;
}

/** Core's check of the form's answers, in the page's language. */
function check(values: FormValues, locale: Locale): ValidationResult {
  return validateLetterInput(toRawInput(values, locale), { locale });
}

export interface Draft {
  result: LetterResult;
  input: ValidLetterInput;
  /** Answers still missing or refused, in form order; empty when the draft is the real one. */
  pending: FieldName[];
}

/**
 * The draft for the answers so far, which never vanishes: an answer not given yet is written as a
 * bracketed placeholder, an answer core refuses (a half-typed date, a stray character in a name)
 * as the last answer core accepted, or else as a placeholder. `null` only if core refuses even
 * that, which the form's own choices rule out.
 */
export function composeDraft(
  values: FormValues,
  locale: Locale,
  lastGood: Partial<FormValues> | null,
): Draft | null {
  const first = check(values, locale);
  if (first.success) return { result: generateLetter(first.data), input: first.data, pending: [] };
  const pending = [...new Set(first.issues.map((issue) => issueField(issue.path)))];
  const patched: FormValues = { ...values };
  const stood = new Set<StandIn>();
  let checked: ValidationResult = first;
  // Each round patches what core refused; a patch can reveal another rule (dates in order).
  for (let round = 0; round < 4 && !checked.success; round++) {
    for (const issue of checked.success ? [] : checked.issues) {
      const field = issueField(issue.path);
      if (!(field in patched) || typeof patched[field] !== 'string') continue;
      const name = field as TextField;
      const typed = values[name].trim();
      const previous = lastGood?.[name];
      if (typed !== '' && typeof previous === 'string' && previous !== values[name]) {
        patched[name] = previous;
      } else if (name in stand) {
        patched[name] = stand[name as StandIn];
        stood.add(name as StandIn);
      } else {
        patched[name] = choiceDefaults[name] ?? '';
      }
    }
    // A last good answer can itself clash with a newer one: then a stand-in it is.
    if (round === 2) {
      for (const name of Object.keys(stand) as StandIn[]) {
        if (pending.includes(name)) {
          patched[name] = stand[name];
          stood.add(name);
        }
      }
    }
    checked = check(patched, locale);
  }
  if (!checked.success) return null;
  return {
    result: withPlaceholders(generateLetter(checked.data), locale, stood),
    input: checked.data,
    pending,
  };
}

function withPlaceholders(result: LetterResult, locale: Locale, stood: Set<StandIn>): LetterResult {
  if (stood.size === 0) return result;
  const words = placeholders[locale];
  const replace = (text: string) => {
    let out = text.replace(/qqx(applicant|company|recipient|position)/gi, (_, which: string) => {
      const key = (
        {
          applicant: 'applicant.name',
          company: 'recipient.company',
          recipient: 'recipient.name',
          position: 'position',
        } as const
      )[which.toLowerCase() as 'applicant'];
      return words[key];
    });
    if (stood.has('startDate')) {
      out = out
        .replaceAll(formatLongDate(locale, stand.startDate), words.startDate)
        .replaceAll(stand.startDate, words.startDate);
    }
    return out;
  };
  return {
    ...result,
    // The same documents in the same order, only their words changed: the channel's shape holds.
    documents: result.documents.map((doc) => ({
      ...doc,
      text: replace(doc.text),
      markdown: replace(doc.markdown),
      ...(doc.subject === undefined ? {} : { subject: replace(doc.subject) }),
      // The parts are the text's own lines: the same placeholders, so a layout built from them matches.
      ...('parts' in doc ? { parts: replaceParts(doc.parts, replace) } : {}),
    })) as typeof result.documents,
    advice: result.advice
      .filter((item) => !(stood.has('startDate') && timingAdvice.has(item.code)))
      .map((item) => ({ ...item, message: replace(item.message) })),
  };
}

/** A document's parts with every line rewritten by `replace`; `dateFirst` and absent greetings kept. */
function replaceParts<P extends object>(parts: P, replace: (text: string) => string): P {
  return Object.fromEntries(
    Object.entries(parts).map(([key, value]) => [
      key,
      typeof value === 'string'
        ? replace(value)
        : Array.isArray(value)
          ? value.map((line: string) => replace(line))
          : value,
    ]),
  ) as P;
}

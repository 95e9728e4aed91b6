import { isRecord, localeChoices, mistake } from '../../developer-errors.ts';
import { isLocale, type Locale } from '../../locales.ts';

/** Why a format could not be produced. Codes never change; messages may. */
export type FormatErrorCode =
  | 'invalid-address'
  | 'invalid-date'
  | 'invalid-message-id'
  | 'invalid-locale';

const messages: Record<
  Locale,
  Record<FormatErrorCode, (field: string, value: string) => string>
> = {
  sv: {
    'invalid-address': (field, value) =>
      `${field}: ”${value}” är ingen giltig e-postadress. Skriv den som namn@exempel.se, utan mellanslag.`,
    'invalid-date': (field) => `${field}: datumet är ogiltigt. Ange ett riktigt datum.`,
    'invalid-message-id': (field, value) =>
      `${field}: ”${value}” är inget giltigt Message-ID. Använd formen unik-del@doman.se, eller utelämna det.`,
    'invalid-locale': (field, value) =>
      `${field}: ”${value}” är inget språk som stöds. Ange sv eller nl, eller utelämna det.`,
  },
  nl: {
    'invalid-address': (field, value) =>
      `${field}: ‘${value}’ is geen geldig e-mailadres. Schrijf het als naam@voorbeeld.nl, zonder spaties.`,
    'invalid-date': (field) => `${field}: de datum is ongeldig. Geef een bestaande datum op.`,
    'invalid-message-id': (field, value) =>
      `${field}: ‘${value}’ is geen geldig Message-ID. Gebruik de vorm unieke-deel@domein.nl, of laat het weg.`,
    'invalid-locale': (field, value) =>
      `${field}: ‘${value}’ is geen ondersteunde taal. Geef sv of nl op, of laat het weg.`,
  },
};

/**
 * Thrown by `toEml`/`toMailto` for an option they cannot turn into a safe message: a malformed
 * address, an invalid date, Message-ID or locale. `field` names the option (`to[1]`), `value` what was given.
 * A bad address the person typed is worded in the document's language; a developer's mistake (an
 * unknown locale, a malformed Message-ID or date) in English, naming the function and what to pass.
 *
 * @example
 * ```ts
 * import { FormatError, toEml } from '@rescind/core/letter';
 *
 * const doc = { kind: 'email', title: 'E-post', subject: 'Hej', text: 'Hej\n', markdown: 'Hej\n' } as const;
 * try {
 *   toEml(doc, { from: { email: 'not an address' }, to: { email: 'sara@nordlys.example' } });
 * } catch (error) {
 *   if (error instanceof FormatError) console.log(error.code, error.field); // 'invalid-address' 'from'
 * }
 * ```
 */
export class FormatError extends Error {
  override readonly name = 'FormatError';
  readonly code: FormatErrorCode;
  readonly field: string;
  readonly value: string;

  /**
   * `caller`, the function that was called, marks a developer's mistake (an unknown locale, a
   * malformed Message-ID or date, an address that is not an object): its message is in English and
   * names `caller`. A bad e-mail address the person typed is worded in `locale`.
   */
  constructor(
    code: FormatErrorCode,
    field: string,
    value: string,
    locale: Locale = 'sv',
    caller?: string,
  ) {
    const shortened = value.length > 80 ? `${value.slice(0, 80)}…` : value;
    super(
      caller !== undefined || code !== 'invalid-address'
        ? developerMessage(caller, code, field, value)
        : // An unknown locale is itself the error to report, in the default language.
          messages[isLocale(locale) ? locale : 'sv'][code](field, shortened),
    );
    this.code = code;
    this.field = field;
    this.value = value;
  }
}

/** What a developer should pass instead, for each code. */
const expected: Record<FormatErrorCode, string> = {
  'invalid-address': "an address such as { name: 'Sara Lind', email: 'sara@nordlys.example' }",
  'invalid-date': 'a valid Date in the years 1900 to 9999, or left out for now',
  'invalid-message-id':
    "a Message-ID such as 'unique-part@example.se' (angle brackets optional), or left out",
  'invalid-locale': `${localeChoices}, or left out`,
};

function developerMessage(
  caller: string | undefined,
  code: FormatErrorCode,
  field: string,
  value: string,
): string {
  const message = mistake(caller ?? 'FormatError', field, expected[code], value);
  return caller === undefined ? message.slice('FormatError: '.length) : message;
}

/**
 * The locale, which goes into the Content-Language header as it is, so it must be one of ours:
 * anything else (a CRLF and a `Bcc:`) is a `FormatError`, never a header.
 */
export function checkedLocale(caller: string, locale: unknown): Locale | undefined {
  if (locale === undefined || isLocale(locale)) return locale;
  throw new FormatError('invalid-locale', 'locale', String(locale), 'sv', caller);
}

/** The document and options of `toEml` and `toMailto` are objects: anything else is a TypeError. */
export function checkFormatCall(
  caller: string,
  document: unknown,
  options: unknown,
  example: string,
): void {
  if (!isRecord(document) || typeof document.text !== 'string') {
    throw new TypeError(
      mistake(
        caller,
        'document',
        'a document from generateLetter ({ kind, title, text })',
        document,
      ),
    );
  }
  if (!isRecord(options))
    throw new TypeError(mistake(caller, 'options', `an object such as ${example}`, options));
}

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

  constructor(code: FormatErrorCode, field: string, value: string, locale: Locale = 'sv') {
    const shown = value.length > 80 ? `${value.slice(0, 80)}…` : value;
    // An unknown locale is itself the error to report, in the default language.
    super(messages[isLocale(locale) ? locale : 'sv'][code](field, shown));
    this.code = code;
    this.field = field;
    this.value = value;
  }
}

/**
 * The locale, which goes into the Content-Language header as it is, so it must be one of ours:
 * anything else (a CRLF and a `Bcc:`) is a `FormatError`, never a header.
 */
export function checkedLocale(locale: unknown): Locale | undefined {
  if (locale === undefined || isLocale(locale)) return locale;
  throw new FormatError('invalid-locale', 'locale', String(locale));
}

import type { Locale } from '../../locales.ts';

/** Why a format could not be produced. Codes never change; messages may. */
export type FormatErrorCode = 'invalid-address' | 'invalid-date' | 'invalid-message-id';

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
  },
  nl: {
    'invalid-address': (field, value) =>
      `${field}: ‘${value}’ is geen geldig e-mailadres. Schrijf het als naam@voorbeeld.nl, zonder spaties.`,
    'invalid-date': (field) => `${field}: de datum is ongeldig. Geef een bestaande datum op.`,
    'invalid-message-id': (field, value) =>
      `${field}: ‘${value}’ is geen geldig Message-ID. Gebruik de vorm unieke-deel@domein.nl, of laat het weg.`,
  },
};

/**
 * Thrown by `toEml`/`toMailto` for an option they cannot turn into a safe message: a malformed
 * address, an invalid date or Message-ID. `field` names the option (`to[1]`), `value` what was given.
 */
export class FormatError extends Error {
  override readonly name = 'FormatError';
  readonly code: FormatErrorCode;
  readonly field: string;
  readonly value: string;

  constructor(code: FormatErrorCode, field: string, value: string, locale: Locale = 'sv') {
    const shown = value.length > 80 ? `${value.slice(0, 80)}…` : value;
    super(messages[locale][code](field, shown));
    this.code = code;
    this.field = field;
    this.value = value;
  }
}

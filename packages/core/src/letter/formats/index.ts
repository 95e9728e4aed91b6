/** How a letter document ships: `.eml`, `mailto:` and a download file name. */
export { isEmailAddress } from './address.ts';
export { type EmlOptions, toEml } from './eml.ts';
export { documentFilename } from './filename.ts';
export { FormatError, type FormatErrorCode } from './format-error.ts';
export { fitsInMailto, type MailtoOptions, mailtoLengthLimit, toMailto } from './mailto.ts';

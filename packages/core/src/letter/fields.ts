import { type Channel, channels } from '../content/channels.ts';
import { mistake, oneOf, requireLocale } from '../developer-errors.ts';
import type { Locale } from '../locales.ts';
import type { FieldPath } from './input-messages.ts';

/**
 * How much a form should ask for a field: `required` (validation refuses the answers without
 * it), `recommended` (the documents need it and the advice warns without it), `optional`, or
 * `unused` (nothing in this language and channel reads it, so the form need not ask).
 */
export type FieldNeed = 'required' | 'recommended' | 'optional' | 'unused';

type AskedField = Extract<
  FieldPath,
  | 'recipient.name'
  | 'recipient.salutation'
  | 'recipient.greetingName'
  | 'recipient.title'
  | 'recipient.address'
  | 'recipient.email'
  | 'applicant.address'
  | 'applicant.phone'
  | 'place'
>;

/**
 * What the web form and the terminal wizard should ask for, so that they follow the engine rather
 * than re-derive it: after a call or a meeting the name of the person spoken to is required; a
 * posted letter needs both addresses; Swedish greetings never use a salutation.
 *
 * @example
 * ```ts
 * import { fieldNeeds } from '@rescind/core/letter';
 *
 * const needs = fieldNeeds('sv', 'meeting');
 * console.log(needs['recipient.name'], needs['recipient.salutation']); // 'required' 'unused'
 * ```
 * @throws {RangeError} for a locale or channel rescind does not know.
 */
export function fieldNeeds(locale: Locale, channel: Channel): Record<AskedField, FieldNeed> {
  requireLocale('fieldNeeds', locale);
  if (!(channels as readonly unknown[]).includes(channel)) {
    throw new RangeError(mistake('fieldNeeds', 'channel', oneOf(channels), channel));
  }
  const letter = channel === 'letter';
  const spoken = channel === 'phone' || channel === 'meeting';
  return {
    'recipient.name': spoken ? 'required' : 'recommended',
    'recipient.salutation': locale === 'nl' ? 'recommended' : 'unused',
    'recipient.greetingName': 'optional',
    'recipient.title': letter ? 'optional' : 'unused',
    'recipient.address': letter ? 'recommended' : 'unused',
    'recipient.email': 'optional',
    'applicant.address': letter ? 'recommended' : 'unused',
    'applicant.phone': 'optional',
    place: letter ? 'optional' : 'unused',
  };
}

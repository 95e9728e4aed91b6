import type { Channel } from '../content/channels.ts';
import { channelFacts } from '../content/channels.ts';
import type { SectionId } from '../content/ids.ts';
import type { ValidLetterInput } from './input.ts';
import { nameParts } from './names.ts';
import type { PositionFacts } from './position/types.ts';
import type { Advice, Severity } from './types.ts';

/** Within this many days of the start date, every day counts: the advice turns into a warning. */
export const shortNoticeDays = 14;

/** Every piece of advice the engine can give; `Advice.code` is one of these. */
export type AdviceCode =
  | 'start-date-passed'
  | 'starts-today'
  | 'short-notice'
  | 'days-left'
  | 'contract-signed'
  | 'counter-offer'
  | 'no-written-record'
  | 'letter-is-slow'
  | 'sender-address-missing'
  | 'recipient-address-missing'
  | 'check-greeting-name'
  | 'tone'
  | 'future-opportunities'
  | 'financial-backup'
  | 'stress';

/** The facts a piece of advice is worded from. */
export interface AdviceFacts {
  daysLeft: number;
  startDate: string;
  channel: Channel;
}

export interface AdvicePlan {
  code: AdviceCode;
  severity: Severity;
  sectionId: SectionId;
}

/** Words each piece of advice; the phrasebooks implement it. */
export type AdviceWording = Record<AdviceCode, (facts: AdviceFacts) => string>;

function timing(daysLeft: number): AdvicePlan {
  // A start date in the past means the job has begun: withdrawing is then resigning (FAQ 2).
  if (daysLeft < 0)
    return { code: 'start-date-passed', severity: 'error', sectionId: 'faq-quit-after-start' };
  if (daysLeft === 0)
    return { code: 'starts-today', severity: 'warning', sectionId: 'step-act-fast' };
  if (daysLeft <= shortNoticeDays)
    return { code: 'short-notice', severity: 'warning', sectionId: 'step-act-fast' };
  return { code: 'days-left', severity: 'info', sectionId: 'step-act-fast' };
}

/**
 * A Dutch formal greeting names the surname alone; for "Maria Garcia Lopez" the engine cannot tell
 * a middle name from a two-part surname, and a wrong name is what HR notices first.
 */
function greetingNameUnsure(input: ValidLetterInput): boolean {
  const { name, greetingName } = input.recipient;
  if (input.locale !== 'nl' || input.formality !== 'formal' || !name || greetingName) return false;
  return nameParts(name).unsure;
}

const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Which of the guide's advice applies to this person, most urgent first. */
export function planAdvice(
  input: ValidLetterInput,
  daysLeft: number,
  position: Pick<PositionFacts, 'acceptance'>,
): AdvicePlan[] {
  const facts = channelFacts[input.channel];
  const advice: AdvicePlan[] = [timing(daysLeft)];
  // What is at stake legally is the position's to say (`Position.exposure`), from the sources.
  if (position.acceptance === 'signed')
    advice.push({ code: 'contract-signed', severity: 'warning', sectionId: 'step-contract' });
  if (input.counterOffer)
    advice.push({ code: 'counter-offer', severity: 'info', sectionId: 'step-alternatives' });
  if (!facts.writtenRecord) {
    advice.push({ code: 'no-written-record', severity: 'warning', sectionId: facts.sectionId });
  }
  if (facts.speed === 'days') {
    advice.push({ code: 'letter-is-slow', severity: 'warning', sectionId: facts.sectionId });
  }
  // A posted letter without an address cannot be sent; the letter shows a placeholder instead.
  if (input.channel === 'letter') {
    if (!input.applicant.address)
      advice.push({
        code: 'sender-address-missing',
        severity: 'warning',
        sectionId: 'channel-letter',
      });
    if (!input.recipient.address)
      advice.push({
        code: 'recipient-address-missing',
        severity: 'warning',
        sectionId: 'channel-letter',
      });
  }
  if (greetingNameUnsure(input))
    advice.push({
      code: 'check-greeting-name',
      severity: 'info',
      sectionId: 'downside-reputation',
    });
  advice.push({ code: 'tone', severity: 'info', sectionId: 'downside-reputation' });
  if (input.keepDoorOpen)
    advice.push({ code: 'future-opportunities', severity: 'info', sectionId: 'downside-future' });
  // With another offer in hand the income question is settled; otherwise the guide's backup plan applies.
  if (input.reason !== 'better-offer') {
    advice.push({ code: 'financial-backup', severity: 'info', sectionId: 'downside-finances' });
  }
  if (input.reason === 'personal')
    advice.push({ code: 'stress', severity: 'info', sectionId: 'downside-stress' });
  return advice.sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity]);
}

/** Puts the planned advice into words. */
export function wordAdvice(
  plan: AdvicePlan[],
  wording: AdviceWording,
  facts: AdviceFacts,
): Advice[] {
  return plan.map(({ code, severity, sectionId }) => ({
    code,
    severity,
    sectionId,
    message: wording[code](facts),
  }));
}

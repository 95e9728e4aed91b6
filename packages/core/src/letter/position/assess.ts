import type { ValidLetterInput } from '../input.ts';
import type { Advice } from '../types.ts';
import type {
  Assessment,
  Jurisdiction,
  Position,
  PositionCode,
  PositionFacts,
  Source,
  WordingFacts,
} from './types.ts';

/** The answers the law asks about; `contractSigned: true` is `acceptance: 'signed'`. */
export function positionFacts(input: ValidLetterInput): PositionFacts {
  return {
    acceptance: input.acceptance ?? (input.contractSigned ? 'signed' : undefined),
    contractType: input.contractType,
    // The clause only means something in a fixed-term contract; a form may keep a stale answer.
    earlyTerminationClause:
      input.contractType === 'fixed-term' ? input.earlyTerminationClause : undefined,
    trialPeriod: input.trialPeriod,
    trialMonths: input.trialMonths,
    noticeMonths: input.noticeMonths,
    collectiveAgreement: input.collectiveAgreement,
    essentialsAgreed: input.essentialsAgreed,
    stateEmployer: input.stateEmployer,
    resignedCurrentJob: input.resignedCurrentJob,
    channel: input.channel,
    today: input.today,
    startDate: input.startDate,
  };
}

/** A jurisdiction's verdict with the facts it was reached from. */
export type PositionAssessment = Assessment<string, string> & { facts: PositionFacts };

/** The jurisdiction's verdict, before wording: what the plan needs to write the letter. */
export function assessFacts(
  input: ValidLetterInput,
  jurisdiction: Jurisdiction<string, string>,
): PositionAssessment {
  const facts = positionFacts(input);
  return { ...jurisdiction.assess(facts), facts };
}

/** Each source once, in the order first cited. */
function uniqueSources(list: readonly Source[]): Source[] {
  return [...new Map(list.map((source) => [source.url, source])).values()];
}

/** Words an assessment in the input's language: the public `Position`. */
export function wordPosition(
  input: ValidLetterInput,
  assessment: PositionAssessment,
  jurisdiction: Jurisdiction<string, string>,
): Position {
  const { facts } = assessment;
  const wording: WordingFacts = {
    ...facts,
    outcome: assessment.outcome,
    noticeGiven: assessment.noticeGiven,
    lastDay: assessment.lastDay,
    months: assessment.months,
    statutoryLastDay: assessment.statutoryLastDay,
    wouldEnd: assessment.wouldEnd,
  };
  const notes = [
    ...assessment.notes,
    { code: 'not-legal-advice', severity: 'info', sectionId: 'faq-legal', rules: [] } as const,
  ];
  const word = (code: string): string => {
    const phrase = jurisdiction.words[code];
    if (!phrase) throw new Error(`No ${input.locale} wording for ${code}`);
    return phrase(wording);
  };
  // The registry is typed `Jurisdiction<string, string>`; each module's own codes are in `PositionCode`.
  const messages: Advice<PositionCode>[] = notes.map(({ code, severity, sectionId }) => ({
    code: code as PositionCode,
    severity,
    sectionId,
    message: word(code),
  }));
  const cited = notes.flatMap((note) =>
    note.rules.flatMap((id) => jurisdiction.rules[id]?.sources ?? []),
  );
  const exposure = assessment.exposure ? word(assessment.exposure.code) : undefined;
  return {
    outcome: assessment.outcome,
    ...(assessment.noticeGiven ? { noticeGiven: assessment.noticeGiven } : {}),
    ...(assessment.lastDay ? { lastDay: assessment.lastDay } : {}),
    ...(exposure ? { exposure } : {}),
    sources: uniqueSources(cited),
    messages,
  };
}

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
  // Not `{ ...verdict, facts }`: V8 gives an object built by spreading and then extended a slow
  // shape, and every later read of it pays. Assigning keeps the same keys in the same order.
  const assessment = jurisdiction.assess(facts) as PositionAssessment;
  assessment.facts = facts;
  return assessment;
}

/** Each source of the notes' rules once, in the order first cited (the last copy of a URL wins). */
function citedSources(
  notes: readonly { rules: readonly string[] }[],
  jurisdiction: Jurisdiction<string, string>,
): Source[] {
  // Loops rather than nested `flatMap`, which costs V8 some twenty times as much here.
  const byUrl = new Map<string, Source>();
  for (const note of notes)
    for (const id of note.rules)
      for (const source of jurisdiction.rules[id]?.sources ?? []) byUrl.set(source.url, source);
  return [...byUrl.values()];
}

/** Words an assessment in the input's language: the public `Position`. */
export function wordPosition(
  input: ValidLetterInput,
  assessment: PositionAssessment,
  jurisdiction: Jurisdiction<string, string>,
): Position {
  // The facts spread last: spread first and extended, the object takes a slow shape in V8.
  // PositionFacts has none of these keys, so nothing is overridden either way.
  const wording: WordingFacts = {
    outcome: assessment.outcome,
    noticeGiven: assessment.noticeGiven,
    lastDay: assessment.lastDay,
    months: assessment.months,
    statutoryLastDay: assessment.statutoryLastDay,
    wouldEnd: assessment.wouldEnd,
    ...assessment.facts,
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
  const exposure = assessment.exposure ? word(assessment.exposure.code) : undefined;
  // The keys in this order, each only when it has a value: what `JSON.stringify` shows.
  const position = { outcome: assessment.outcome } as Position;
  if (assessment.noticeGiven) position.noticeGiven = assessment.noticeGiven;
  if (assessment.lastDay) position.lastDay = assessment.lastDay;
  if (exposure) position.exposure = exposure;
  position.sources = citedSources(notes, jurisdiction);
  position.messages = messages;
  return position;
}

/**
 * The raw answers a person gives, shaped like core's `LetterInput` so the same JSON file works for
 * `rescind --resume` and `rescind letter --input`. Core validates it; nothing here second-guesses
 * core's rules.
 */
export interface RawAnswers {
  locale?: unknown;
  channel?: unknown;
  formality?: unknown;
  applicant?: Record<string, unknown>;
  recipient?: Record<string, unknown>;
  position?: unknown;
  reason?: unknown;
  reasonDetail?: unknown;
  acceptedOn?: unknown;
  startDate?: unknown;
  today?: unknown;
  contractSigned?: unknown;
  counterOffer?: unknown;
  keepDoorOpen?: unknown;
  place?: unknown;
  [key: string]: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a parsed JSON value as answers, or `undefined` when it is not an object at all. */
export function asRawAnswers(value: unknown): RawAnswers | undefined {
  return isRecord(value) ? { ...value } : undefined;
}

/** Sets `path` (`recipient.email`) in a copy of `answers`; `undefined` removes the answer. */
export function setAnswer(answers: RawAnswers, path: string, value: unknown): RawAnswers {
  const [head, leaf] = path.split('.') as [string, string | undefined];
  if (leaf === undefined) {
    const { [head]: _removed, ...others } = answers;
    return value === undefined ? others : { ...others, [head]: value };
  }
  const group = isRecord(answers[head]) ? (answers[head] as Record<string, unknown>) : {};
  const { [leaf]: _removed, ...siblings } = group;
  const next = value === undefined ? siblings : { ...siblings, [leaf]: value };
  return { ...answers, [head]: next };
}

/** The answer at `path`, or `undefined`. */
export function getAnswer(answers: RawAnswers, path: string): unknown {
  const [head, leaf] = path.split('.') as [string, string | undefined];
  const value = answers[head];
  if (leaf === undefined) return value;
  return isRecord(value) ? value[leaf] : undefined;
}

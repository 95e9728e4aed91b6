import { expect } from 'vitest';
import type { LetterInput } from '../../input.ts';
import { assessPosition } from '../index.ts';
import type { Outcome } from '../types.ts';

/** One row of a jurisdiction's table: the rule of law.md it tests, the answers, the verdict. */
export interface Row {
  /** The rule as law.md cites it. */
  rule: string;
  case: string;
  answers: Partial<LetterInput>;
  outcome: Outcome;
  /** The last day of employment; `null` where none can be worked out. */
  lastDay?: string | null;
  /** Messages that must be there, and ones that must not. */
  says?: string[];
  not?: string[];
  /** Words the named message must hold. */
  wording?: [code: string, pattern: RegExp];
  exposure?: RegExp | null;
}

export function checkRow(base: LetterInput, row: Row): void {
  const position = assessPosition({ ...base, ...row.answers } as LetterInput);
  const codes = position.messages.map((message) => message.code);
  expect(position.outcome).toBe(row.outcome);
  if (row.lastDay !== undefined) expect(position.lastDay ?? null).toBe(row.lastDay);
  for (const code of row.says ?? []) expect(codes).toContain(code);
  for (const code of row.not ?? []) expect(codes).not.toContain(code);
  if (row.wording) {
    const [code, pattern] = row.wording;
    expect(position.messages.find((message) => message.code === code)?.message).toMatch(pattern);
  }
  if (row.exposure === null) expect(position.exposure).toBeUndefined();
  else if (row.exposure) expect(position.exposure).toMatch(row.exposure);
  // Whatever the case: the sources are linked and the last word is that this is not legal advice.
  expect(position.sources.length).toBeGreaterThan(0);
  expect(codes.at(-1)).toBe('not-legal-advice');
}

/**
 * The terminal app's outside text, fuzzed (fast-check, at least 1,000 runs each): a resumed
 * answers file and a checked letter. Nothing throws, and nothing printed holds a character a
 * terminal would obey.
 */
import * as core from '@rescind/core/letter';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatFindings } from '../src/cli/lint.ts';
import { loadEngine } from '../src/engine.ts';
import { uiMessages } from '../src/i18n/messages.ts';
import { asRawAnswers } from '../src/state/answers.ts';
import { allFields, displayAnswer } from '../src/state/fields.ts';
import { checkResumed } from '../src/state/resume.ts';
import { findingLines } from '../src/text/findings.ts';
import { sanitizeForTerminal, sanitizeLine } from '../src/text/sanitize.ts';

const runs = { numRuns: 1000 };
const obeyed = /(?![\n\t])\p{Cc}|[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/u;

const nasty = fc.constantFrom(
  '\u001b]0;PWNED\u0007',
  '\u001b]52;c;UA==\u0007',
  '\u001b[2J',
  '\r',
  '\u009b31m',
  '\u202e',
  'constructor',
  '__proto__',
  'toString',
  'Hej',
  'Geachte heer',
  'Mvh',
  '\n',
);
const text = fc
  .array(fc.oneof(nasty, fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 20 })
  .map((parts) => parts.join(''));
const value = fc.oneof(text, fc.boolean(), fc.anything({ maxDepth: 2 }), nasty);
const resumeFile = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.dictionary(
    fc.constantFrom(
      'locale',
      'channel',
      'formality',
      'position',
      'reason',
      'reasonDetail',
      'startDate',
      'contractSigned',
      'counterOffer',
      'applicant',
      'recipient',
      'toString',
    ),
    fc.oneof(
      value,
      fc.dictionary(fc.constantFrom('name', 'email', 'company', 'salutation', 'valueOf'), value),
    ),
  ),
);

beforeAll(async () => {
  await loadEngine();
});

describe('a --resume file, whatever it holds', () => {
  it('is checked without throwing, and every answer left shows as plain text', () => {
    fc.assert(
      fc.property(resumeFile, fc.constantFrom('sv', 'nl', undefined), (parsed, locale) => {
        const raw = asRawAnswers(JSON.parse(JSON.stringify(parsed ?? null) ?? 'null'));
        if (!raw) return;
        const { answers } = checkResumed(raw, core, locale);
        for (const field of allFields()) {
          const shown = displayAnswer(field, answers, locale ?? 'sv');
          if (shown === undefined) continue;
          expect(shown).not.toMatch(/function|\[object/);
          expect(sanitizeLine(shown)).not.toMatch(obeyed);
        }
      }),
      runs,
    );
  });
});

describe('a checked letter, whatever it holds', () => {
  it('prints findings (CLI and view) with nothing a terminal would obey', () => {
    fc.assert(
      fc.property(text, text, fc.constantFrom('sv', 'nl'), (draft, file, locale) => {
        const findings = core.lintLetter(draft, { locale });
        expect(formatFindings(file, draft, findings)).not.toMatch(obeyed);
        for (const line of findingLines(draft, findings, 40, uiMessages[locale])) {
          expect(line.text).not.toMatch(obeyed);
        }
        expect(sanitizeForTerminal(draft)).not.toMatch(obeyed);
      }),
      runs,
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { channels } from '../../content/channels.ts';
import { sectionIds } from '../../content/ids.ts';
import { lintCodes, lintLetter } from './index.ts';

/** Drafts made of the words the rules look for, in any order, with any punctuation and breaks. */
const ruleWords = fc.constantFrom(
  'Hej',
  'Geachte',
  'Beste',
  'Du',
  'Ni',
  'u',
  'je',
  'mvh',
  'mvg',
  'tack',
  'nej',
  'tacka',
  'ursäkt',
  'excuses',
  'giftig',
  'slecht',
  'is',
  'ontslag',
  'återkalla',
  'mitt',
  'accepterande',
  'intrekken',
  'omdat',
  'eftersom',
  '45',
  '000',
  'kr',
  '€',
  '😀',
  ':)',
  'Högaktningsfullt',
  'Hoogachtend',
);
const draft = fc
  .array(
    fc.tuple(ruleWords, fc.constantFrom(' ', ', ', '. ', '\n', '\n\n', '\r\n', '! ', '\n> ')),
    {
      maxLength: 60,
    },
  )
  .map((parts) => parts.map(([word, gap]) => word + gap).join(''));

describe('lintLetter on any text', () => {
  it('never throws, and every finding is well-formed and marks real text', () => {
    fc.assert(
      fc.property(
        fc.oneof(draft, fc.string({ unit: 'binary', maxLength: 400 })),
        fc.constantFrom('sv', 'nl'),
        fc.option(fc.constantFrom(...channels), { nil: undefined }),
        fc.option(fc.constantFrom('formal', 'informal'), { nil: undefined }),
        // Typed names and companies: rule words, regular-expression syntax, anything.
        fc.option(fc.array(fc.oneof(ruleWords, fc.string({ maxLength: 12 })), { maxLength: 4 }), {
          nil: undefined,
        }),
        (text, locale, channel, formality, ignore) => {
          const findings = lintLetter(text, {
            locale,
            ...(channel ? { channel } : {}),
            ...(formality ? { formality } : {}),
            ...(ignore ? { ignore } : {}),
          });
          for (const finding of findings) {
            expect(lintCodes).toContain(finding.code);
            expect(sectionIds).toContain(finding.sectionId);
            expect(finding.message).not.toMatch(/undefined|NaN|\[object/);
            // The letters that mask typed text never reach a message.
            if (!/[\ua000-\ua48f]/u.test(text))
              expect(finding.message).not.toMatch(/[\ua000-\ua48f]/u);
            if (finding.start !== undefined || finding.end !== undefined) {
              expect(finding.start).toBeGreaterThanOrEqual(0);
              expect(finding.end).toBeGreaterThan(finding.start ?? 0);
              expect(finding.end).toBeLessThanOrEqual(text.length);
              expect(text.slice(finding.start, finding.end).trim()).not.toBe('');
            }
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('stays fast on a very long paste', () => {
    const long = 'Jag vet inte om jag vill, tack men nej, det är dåligt '.repeat(4000);
    const started = performance.now();
    lintLetter(long, { locale: 'sv', channel: 'email' });
    lintLetter(long.replace(/Jag vet inte om jag/g, 'ik trek mijn acceptatie'), {
      locale: 'nl',
      channel: 'email',
    });
    // Linear, not catastrophic: some 200,000 characters take well under a second each.
    expect(performance.now() - started).toBeLessThan(4000);
  });
});

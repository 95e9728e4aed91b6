import { describe, expect, it } from 'vitest';
import { misspelledWords } from '../../test/spell.ts';
import { channels } from '../content/channels.ts';
import { locales } from '../locales.ts';
import { everyInput, typed, writers } from './__fixtures__/every-input.ts';
import { generateLetter } from './generate.ts';
import { formalities } from './input.ts';

// Citations in the law's messages: courts' abbreviations and a party's name.
const citations = ['Rb', 'HR', 'JAR', 'AD', 'LAS', 'BW', 'Bezo-Consult'];

describe('spelling', () => {
  it('uses only words the sv-SE and nl-NL hunspell dictionaries (or the reviewed allow-list) accept', () => {
    const texts = { sv: new Set<string>(), nl: new Set<string>() };
    let count = 0;
    for (const input of everyInput()) {
      const { documents, advice, position } = generateLetter(input);
      for (const doc of documents)
        texts[input.locale].add(`${doc.title}\n${doc.subject ?? ''}\n${doc.text}`);
      for (const item of [...advice, ...position.messages]) texts[input.locale].add(item.message);
      count++;
    }
    expect(count).toBe(2 * 4 * 2 * 5 * 4 * writers.length * 3);
    const ignore = [...writers, ...typed, ...citations];
    expect({
      sv: misspelledWords('sv', [...texts.sv].join('\n'), ignore),
      nl: misspelledWords('nl', [...texts.nl].join('\n'), ignore),
    }).toEqual({ sv: [], nl: [] });
    // Loading the two hunspell dictionaries takes seconds on its own.
  }, 60_000);

  it('spells the law’s messages and the sentences that end a contract, for every kind of answer', () => {
    const texts = { sv: new Set<string>(), nl: new Set<string>() };
    const answers = [undefined, 'yes', 'no', 'unknown'] as const;
    for (const locale of locales)
      for (const channel of channels)
        for (const formality of formalities)
          for (const acceptance of [undefined, 'spoken', 'email', 'signed'] as const)
            for (const contractType of [undefined, 'permanent', 'fixed-term'] as const)
              for (const trialPeriod of answers)
                for (const essentialsAgreed of answers) {
                  const { documents, position } = generateLetter({
                    locale,
                    channel,
                    formality,
                    reason: 'career',
                    position: locale === 'sv' ? 'projektledare' : 'projectleider',
                    applicant: { name: 'Sam Berg' },
                    recipient: { company: 'Nordlys AB', name: 'Karin van Dijk' },
                    startDate: '2026-12-01',
                    today: '2026-11-21',
                    acceptance,
                    contractType,
                    earlyTerminationClause: false,
                    trialPeriod,
                    trialMonths: 8,
                    noticeMonths: 7,
                    collectiveAgreement: 'unknown',
                    essentialsAgreed,
                    stateEmployer: true,
                    resignedCurrentJob: true,
                  });
                  for (const doc of documents) texts[locale].add(doc.text);
                  for (const item of position.messages) texts[locale].add(item.message);
                  if (position.exposure) texts[locale].add(position.exposure);
                }
    const ignore = [...typed, ...citations, 'Sam', 'Berg'];
    expect({
      sv: misspelledWords('sv', [...texts.sv].join('\n'), ignore),
      nl: misspelledWords('nl', [...texts.nl].join('\n'), ignore),
    }).toEqual({ sv: [], nl: [] });
  }, 60_000);
});

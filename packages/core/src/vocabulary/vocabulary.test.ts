import { describe, expect, it } from 'vitest';
import { misspelledWords } from '../../test/spell.ts';
import { articleTexts } from '../content/article-text.ts';
import { getArticle } from '../content/get-article.ts';
import { everyInput, typed, writers } from '../letter/__fixtures__/every-input.ts';
import { generateLetter } from '../letter/generate.ts';
import { fieldLabels, type InputRule, inputMessage } from '../letter/input-messages.ts';
import { catalogue } from '../letter/lint/catalogue.ts';
import { type Locale, locales } from '../locales.ts';
import { dutchRegister, findAvoidedTerms, getFormVocabulary, getVocabulary } from './index.ts';

// A person's mistakes only: a developer's (`DeveloperRule`) are told in English, to the developer.
const rules: InputRule[] = [
  'required',
  'not-text',
  'not-yes-no',
  'invalid-choice',
  'too-long',
  'too-many-lines',
  'too-many-sentences',
  'line-break',
  'control-character',
  'name-characters',
  'email',
  'phone',
  'date-format',
  'date-not-real',
  'accepted-after-start',
  'accepted-in-future',
];

/** Every text core can show a person in one locale, each with where it comes from. */
function everything(
  locale: Locale,
): { where: string; text: string; register?: 'formal' | 'informal' }[] {
  const texts: { where: string; text: string; register?: 'formal' | 'informal' }[] = [];
  const article = getArticle(locale);
  texts.push({
    where: 'the guide',
    text: articleTexts({ ...article, promotions: [] }).join('\n'),
    register: 'informal',
  });
  const seen = new Set<string>();
  for (const input of everyInput()) {
    if (input.locale !== locale) continue;
    const { documents, advice, position } = generateLetter(input);
    for (const doc of documents) {
      const text = `${doc.title}\n${doc.subject ?? ''}\n${doc.text}`;
      if (seen.has(text)) continue;
      seen.add(text);
      texts.push({
        where: `${input.channel} ${input.formality} ${doc.kind}`,
        text,
        register: input.formality,
      });
    }
    const said = [...advice, ...position.messages]
      .map((item) => item.message)
      .concat(position.exposure ?? [])
      .join('\n');
    if (!seen.has(said)) {
      seen.add(said);
      texts.push({
        where: `advice for ${input.channel} ${input.reason}`,
        text: said,
        register: 'informal',
      });
    }
  }
  const detail = {
    found: 'X',
    suggestion: 'Y',
    note: 'Z',
    count: 2,
    limit: 3,
    channel: 'email',
    register: 'formal',
  } as const;
  for (const [code, entry] of Object.entries(catalogue))
    texts.push({
      where: `lint ${code}`,
      text: entry.message[locale](detail),
      register: 'informal',
    });
  const details = {
    max: 3,
    choices: ['a', 'b'],
    value: 'x',
    acceptedOn: '2026-11-02',
    startDate: '2026-11-01',
    today: '2026-11-21',
  };
  for (const rule of rules)
    for (const path of Object.keys(fieldLabels[locale]))
      texts.push({
        where: `input ${rule} ${path}`,
        text: inputMessage(locale, rule, path, details),
        register: 'informal',
      });
  const form = getFormVocabulary(locale);
  texts.push({
    where: 'the form words',
    text: [
      ...Object.values(form.fields).flatMap(({ label, hint, why }) => [label, hint, why]),
      // The formalities' labels name both forms of address ("Formeel (u)"), so they go alone.
      ...Object.entries(form.choices).flatMap(([group, choices]) =>
        Object.values(choices).flatMap(({ label, hint }: { label: string; hint: string }) =>
          group === 'formalities' ? [hint] : [label, hint],
        ),
      ),
    ].join('\n'),
    register: 'informal',
  });
  const words = getVocabulary(locale);
  texts.push({
    where: 'the vocabulary',
    text: [
      ...Object.values(words.act).flatMap((value) =>
        typeof value === 'string' ? [value] : Object.values(value),
      ),
      ...Object.values(words.channels),
      ...Object.values(words.reasons),
      ...Object.values(words.severities),
      ...Object.values(words.documents),
      ...Object.values(words.position.outcomes),
    ].join('\n'),
  });
  return texts;
}

describe.each(locales)('everything core says in %s', (locale) => {
  const texts = everything(locale);

  it('uses no term the vocabulary marks as wrong', () => {
    const wrong = texts.flatMap(({ where, text }) =>
      findAvoidedTerms(locale, text).map(({ found, term }) => `${where}: “${found}” (${term.why})`),
    );
    expect(wrong).toEqual([]);
  });

  it('is spelled as the hunspell dictionary (or the reviewed allow-list) spells it', () => {
    const text = texts.map((entry) => entry.text).join('\n');
    // The input messages for a developer's mistake name the API's keys and values as they are.
    const code = ['locale', 'channel', 'formality', 'applicant', 'recipient', 'position', 'reason'];
    const values = ['startDate', 'true', 'false', 'sv', 'nl', 'JJJJ-MM-DD', 'ÅÅÅÅ-MM-DD'];
    // The law's messages cite courts and a party by name.
    const citations = ['Rb', 'HR', 'JAR', 'AD', 'LAS', 'BW', 'Bezo-Consult'];
    const ignore = [...writers, ...typed, ...code, ...values, ...citations, 'X', 'Y', 'Z'];
    expect(misspelledWords(locale, text, ignore)).toEqual([]);
  }, 60_000);
});

describe('everything core says in Dutch', () => {
  it('never mixes u and je in one text, and uses the register asked for', () => {
    const wrong = everything('nl').flatMap(({ where, text, register }) => {
      const used = dutchRegister(text);
      if (used === undefined) return [];
      if (used === 'mixed') return [`${where}: u and je mixed`];
      const expected = register === 'formal' ? 'u' : register === 'informal' ? 'je' : used;
      return used === expected ? [] : [`${where}: ${used} where ${expected} was asked for`];
    });
    expect(wrong).toEqual([]);
  });
});

describe('the vocabulary’s own checks', () => {
  it('finds the employer’s act and the mistranslation in Swedish, but not inside quotation marks', () => {
    expect(
      findAvoidedTerms('sv', 'Jag återkallar härmed jobberbjudandet.').map((f) => f.found),
    ).toEqual(['återkallar härmed jobberbjudandet']);
    expect(
      findAvoidedTerms('sv', 'Jag vill återkalla mitt antagande.').map((f) => f.found),
    ).toEqual(['antagande']);
    expect(findAvoidedTerms('sv', '”antagande” betyder förmodan.')).toEqual([]);
  });

  it('finds the wrong act in Dutch', () => {
    expect(findAvoidedTerms('nl', 'Ik trek mijn sollicitatie in.').length).toBe(0);
    expect(
      findAvoidedTerms('nl', 'Ik wil mijn sollicitatie intrekken.').map((f) => f.found),
    ).toHaveLength(1);
    expect(findAvoidedTerms('nl', 'Ik herroep mijn aanvaarding.').map((f) => f.found)).toEqual([
      'herroep',
    ]);
  });

  it('tells je from u, and both from neither', () => {
    expect(dutchRegister('Heb je even tijd?')).toBe('je');
    expect(dutchRegister('Ik dank u voor uw tijd.')).toBe('u');
    expect(dutchRegister('Dank u, en hoe gaat het met je?')).toBe('mixed');
    expect(dutchRegister('Met vriendelijke groet')).toBeUndefined();
    expect(dutchRegister('Kies ‘u’ of “je”.')).toBeUndefined();
  });
});

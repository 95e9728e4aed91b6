import { describe, expect, it } from 'vitest';
import { found } from '../__fixtures__/found.ts';
import { lintLetter } from '../index.ts';

const codes = [
  'greeting-bare',
  'greeting-punctuation',
  'greeting-formality',
  'greeting-casual',
  'greeting-not-endorsed',
  'closing-dated',
  'closing-casual',
];

const email = (locale: 'sv' | 'nl', text: string) =>
  found(text, { locale, channel: 'email' }, ...codes);

describe('Dutch greeting and closing', () => {
  it.each([
    'Geachte heer Jansen,\n\nHierbij…\n\nMet vriendelijke groet,\nSanne',
    'Geachte heer, mevrouw,\n\nHierbij…',
    'Geachte Sam de Vries,\n\nHierbij…',
    'Beste Anna,\n\nIk wil je laten weten…\n\nHartelijke groet,\nSanne',
    'Beste team van Acme,\n\nIk wil jullie laten weten…',
  ])('accepts the convention: %j', (text) => {
    expect(email('nl', text)).toEqual([]);
  });

  it('flags a greeting without a name, without its comma, or above a je-text', () => {
    expect(email('nl', 'Beste,\n\nIk wil je laten weten…')).toEqual([['greeting-bare', 'Beste,']]);
    expect(email('nl', 'Geachte\n\nHierbij trek ik …')).toEqual([['greeting-bare', 'Geachte']]);
    expect(email('nl', 'Geachte mevrouw Bakker\n\nIk dank u …')).toEqual([
      ['greeting-punctuation', 'Geachte mevrouw Bakker'],
    ]);
    expect(email('nl', 'Geachte heer Jansen,\n\nIk wil je laten weten…')).toEqual([
      ['greeting-formality', 'Geachte'],
    ]);
  });

  it('flags a chatty greeting and the distant or chatty closing', () => {
    expect(email('nl', 'Hoi Anna,\n\nIk…\n\nGroetjes,\nSanne')).toEqual([
      ['greeting-casual', 'Hoi'],
      ['closing-casual', 'Groetjes,'],
    ]);
    expect(email('nl', 'Geachte heer Jansen,\n\nIk…\n\nHoogachtend,\nSanne')).toEqual([
      ['closing-dated', 'Hoogachtend,'],
    ]);
  });
});

describe('Swedish greeting and closing', () => {
  it.each([
    'Hej Karin!\n\nJag skriver…\n\nMed vänlig hälsning\nÅsa',
    'Hej Karin Lind,\n\njag skriver…\n\nVänliga hälsningar\nÅsa',
    'Hej Karin Lind\n\nJag skriver…',
    'Hej alla på Nordlys!\n\nJag skriver…',
    'Hej Karin, jag skriver för att…',
  ])('accepts the convention: %j', (text) => {
    expect(email('sv', text)).toEqual([]);
  });

  it('flags "Bästa", a greeting that greets nobody, chatty greetings and dated closings', () => {
    expect(email('sv', 'Bästa Karin,\n\nJag…')).toEqual([['greeting-not-endorsed', 'Bästa']]);
    expect(email('sv', 'Hej,\n\njag…')).toEqual([['greeting-bare', 'Hej,']]);
    expect(email('sv', 'Hej!\n\nJag…')).toEqual([['greeting-bare', 'Hej!']]);
    expect(email('nl', 'Hallo,\n\nIk…')).toEqual([['greeting-bare', 'Hallo,']]);
    expect(email('sv', 'Tjena Karin!\n\nJag…\n\nKram\nÅsa')).toEqual([
      ['greeting-casual', 'Tjena'],
      ['closing-casual', 'Kram'],
    ]);
    expect(email('sv', 'Hej Karin!\n\nJag…\n\nHögaktningsfullt\nÅsa')).toEqual([
      ['closing-dated', 'Högaktningsfullt'],
    ]);
  });

  it('tells the user what to write instead', () => {
    expect(lintLetter('Hej!\n\nJag…', { locale: 'sv', channel: 'email' })).toContainEqual(
      expect.objectContaining({
        code: 'greeting-bare',
        message: expect.stringContaining('”Hej Anna!”'),
      }),
    );
  });
});

describe('the greeting of a letter that opens with the sender’s block', () => {
  it('is the line before the body, not a sender whose name starts like a greeting', () => {
    const sv = `Hi Andersson
Storgatan 1
111 22 Stockholm

Nordlys AB
Karin Lind

Återkallande av mitt accepterande av tjänsten som projektledare

Tjena Karin!

Jag skriver…
`;
    expect(email('sv', sv)).toEqual([['greeting-casual', 'Tjena']]);
    expect(email('sv', sv.replace('Tjena', 'Hej'))).toEqual([]);

    const nl = `Hallo Bakker

Polderdata B.V.
T.a.v. mevrouw Jansen

Onderwerp: Intrekking van mijn acceptatie

Geachte mevrouw Jansen

Hierbij trek ik …
`;
    expect(email('nl', nl)).toEqual([['greeting-punctuation', 'Geachte mevrouw Jansen']]);
  });

  it('is found above a short first line that is not yet a full sentence', () => {
    expect(email('sv', 'Tjena Karin!\n\nJag måste tacka nej till jobbet')).toEqual([
      ['greeting-casual', 'Tjena'],
    ]);
  });

  it('is none when only the sender’s name starts like a greeting', () => {
    expect(email('sv', 'Hi Andersson\nStorgatan 1\n\nJag återkallar…')).toEqual([]);
    expect(email('nl', 'Hoi Jansen\n\n2026-11-21\n\nPolderdata B.V.\n\nIk trek …')).toEqual([]);
  });
});

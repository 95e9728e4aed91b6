import { describe, expect, it } from 'vitest';
import { channels } from '../content/channels.ts';
import { anna, daan } from './__fixtures__/answers.ts';
import { everyInput } from './__fixtures__/every-input.ts';
import { fieldNeeds } from './fields.ts';
import { generateLetter } from './generate.ts';
import { formalities, type LetterInput, reasons } from './input.ts';

const kinds = (input: LetterInput) => generateLetter(input).documents.map((doc) => doc.kind);

describe('documents per channel', () => {
  it('gives one e-mail, a letter with an e-mail ahead, a call or meeting with a confirming e-mail', () => {
    expect(kinds({ ...anna, channel: 'email' })).toEqual(['email']);
    expect(kinds({ ...anna, channel: 'letter' })).toEqual(['letter', 'email']);
    expect(kinds({ ...anna, channel: 'phone' })).toEqual(['call-script', 'email']);
    expect(kinds({ ...anna, channel: 'meeting' })).toEqual(['meeting-notes', 'email']);
  });

  it('prepares an answer to a counter-offer only when there is one', () => {
    const script = (counterOffer: boolean) =>
      generateLetter({ ...anna, channel: 'phone', counterOffer }).documents[0]?.text;
    expect(script(true)).toContain('Om de lägger ett motbud');
    expect(script(false)).not.toContain('motbud');
  });

  it('proposes a mutual agreement, and notice failing it, only where a contract may bind', () => {
    const body = (input: Partial<LetterInput>) =>
      generateLetter({ ...daan, ...input }).documents.map((doc) => doc.text);
    // Signed: bound. Agreed by e-mail with pay, hours and start settled: bound as well.
    for (const input of [
      { contractSigned: true },
      { contractSigned: false, acceptance: 'email', essentialsAgreed: 'yes' },
    ] as const) {
      for (const text of body(input)) {
        expect(text).toContain('in onderling overleg beëindigen');
        expect(text).toContain('hierbij op');
      }
    }
    // Not yet agreed on the essentials: no contract, nothing to end.
    for (const text of body({ contractSigned: false, acceptance: 'email', essentialsAgreed: 'no' }))
      expect(text).not.toMatch(/onderling overleg|hierbij op/);
  });
});

describe('parts', () => {
  it('are the written documents’ text, part by part, in the locale’s order', () => {
    const join = (blocks: string[][]) =>
      `${blocks.map((lines) => lines.join('\n')).join('\n\n')}\n`;
    let letters = 0;
    for (const input of everyInput()) {
      for (const doc of generateLetter(input).documents) {
        if (doc.kind === 'call-script' || doc.kind === 'meeting-notes') {
          expect(doc).not.toHaveProperty('parts');
          continue;
        }
        const { greeting, paragraphs, signature } = doc.parts;
        const body = [
          ...(greeting === undefined ? [] : [[greeting]]),
          ...paragraphs.map((p) => [p]),
        ];
        if (doc.kind === 'email') {
          expect(doc.text).toBe(join([...body, signature]));
          continue;
        }
        letters++;
        const { sender, recipient, date, dateFirst, subjectLine } = doc.parts;
        const head = dateFirst ? [sender, [date], recipient] : [sender, recipient, [date]];
        expect(doc.text).toBe(join([...head, [subjectLine], ...body, signature]));
        // Swedish letters date before the address block, Dutch ones after it.
        expect(dateFirst).toBe(input.locale === 'sv');
        expect(recipient[0]).toBe(input.recipient.company);
      }
    }
    expect(letters).toBeGreaterThan(100);
  });

  it('give the greeting the engine wrote, for a form to show beside the name', () => {
    const greeting = (input: Partial<LetterInput>) =>
      generateLetter({ ...anna, ...input, channel: 'email' }).documents[0].parts.greeting;
    const karin = { company: 'Nordlys AB', name: 'Karin Holm' };
    expect(greeting({ formality: 'formal', recipient: karin })).toBe('Hej Karin Holm');
    expect(greeting({ formality: 'informal', recipient: karin })).toBe('Hej Karin!');
    expect(
      greeting({ formality: 'informal', recipient: { ...karin, greetingName: 'Kajsa' } }),
    ).toBe('Hej Kajsa!');
    expect(
      generateLetter({ ...daan, channel: 'email', recipient: { company: 'Polderdata B.V.' } })
        .documents[0].parts.greeting,
    ).toMatch(/^Geachte /);
  });
});

describe('markdown', () => {
  it('keeps the letter’s lines with hard breaks and sets the subject in bold', () => {
    const [letter] = generateLetter({ ...daan, recipient: { company: '*Data* [B.V.]' } }).documents;
    expect(letter?.markdown.split('\n\n').slice(0, 5).join('\n\n')).toMatchInlineSnapshot(`
      "Daan de Vries\\
      Oudegracht 200\\
      3511 NR Utrecht\\
      06-12345678\\
      daan@example.nl

      \\*Data\\* \\[B.V.\\]\\
      \\[Adres van het bedrijf\\]

      Utrecht, 21 november 2026

      **Betreft: Intrekking van mijn acceptatie – functie projectleider**

      Geachte heer, mevrouw,"
    `);
  });
});

describe('wording', () => {
  const everyone = (locale: 'sv' | 'nl') =>
    channels.flatMap((channel) =>
      formalities.flatMap((formality) =>
        reasons.map(
          (reason) =>
            ({ ...(locale === 'sv' ? anna : daan), channel, formality, reason }) as LetterInput,
        ),
      ),
    );

  it('differs between two people in the same situation', () => {
    const writers = [
      'Anna Lindqvist',
      'Elin Ek',
      'Lars Öberg',
      'Jonas Holm',
      'Sara Berg',
      'Omar Said',
      'Lea Ny',
      'Per Ås',
    ];
    const bodies = new Set(
      writers.map((name) => {
        const [email] = generateLetter({ ...anna, applicant: { name } }).documents;
        return email?.text.replace(name, '');
      }),
    );
    expect(bodies.size).toBeGreaterThanOrEqual(4);
  });

  it('keeps Dutch formal texts to u/uw and informal ones to je/jij/jullie', () => {
    for (const input of everyone('nl')) {
      for (const doc of generateLetter(input).documents) {
        if (input.formality === 'formal')
          expect(doc.text).not.toMatch(/\b(je|jij|jou|jouw|jullie)\b/i);
        else expect(doc.text).not.toMatch(/\b(u|uw)\b/i);
      }
    }
  });

  it('writes Swedish "du" in lower case and never "Ni" to one reader', () => {
    for (const input of everyone('sv')) {
      for (const doc of generateLetter(input).documents)
        expect(doc.text).not.toMatch(/(?<![.!?:”]\s|^)\b(Du|Dig|Ni|Er)\b/m);
    }
  });

  it('never calls the withdrawal a resignation or the employer’s withdrawal of its offer', () => {
    for (const input of [...everyone('sv'), ...everyone('nl')]) {
      for (const doc of generateLetter(input).documents) {
        expect(doc.text).not.toMatch(
          /jobberbjudande|ontslag|baan aan te nemen|nog te doen|financiële voorwaarde|abonnement/i,
        );
      }
    }
  });
});

describe('what a form should ask', () => {
  it('follows the engine: a name after a call, addresses for a letter, no Swedish salutation', () => {
    expect(fieldNeeds('sv', 'phone')['recipient.name']).toBe('required');
    expect(fieldNeeds('nl', 'letter')).toMatchObject({
      'recipient.address': 'recommended',
      'applicant.address': 'recommended',
      'recipient.salutation': 'recommended',
    });
    expect(fieldNeeds('sv', 'email')['recipient.salutation']).toBe('unused');
  });
});

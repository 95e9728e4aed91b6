import { describe, expect, it } from 'vitest';
import { goodDrafts } from './__fixtures__/drafts.ts';
import { lintLetter } from './index.ts';

/** The findings as `code «marked words»`, the way a user sees them highlighted. */
const shown = (text: string, options: Parameters<typeof lintLetter>[1]) =>
  lintLetter(text, options).map((finding) =>
    finding.start === undefined
      ? finding.code
      : `${finding.code} «${text.slice(finding.start, finding.end)}»`,
  );

const svLetter = (sender: string, recipient: string, company: string) => `${sender}
Storgatan 1
111 22 Stockholm

${company}
${recipient}

Hej ${recipient.split(' ')[0]}!

Tack för erbjudandet och för den tid du har lagt på mig. Jag återkallar härmed mitt accepterande av tjänsten hos ${company}, eftersom jag har fått ett erbjudande som stämmer bättre med mina karriärmål.

Jag ber om ursäkt för besväret.

Med vänlig hälsning
${sender}
`;

const nlEmail = (
  sender: string,
  recipient: string,
  company: string,
) => `Beste ${recipient.split(' ')[0]},

Bedankt voor het aanbod en voor de tijd die je in mij hebt gestoken. Toch trek ik mijn acceptatie van de functie bij ${company} in, omdat ik een aanbod heb gekregen dat beter bij mijn loopbaan past.

Het spijt me dat ik je hiermee in een lastige positie breng.

Hartelijke groet,
${sender}
`;

describe('lintLetter with the text the person typed (ignore)', () => {
  it('reads names and companies that look like words as what they are', () => {
    const sv = svLetter('Hi Andersson', 'Du Rietz', 'MVH Bygg AB');
    expect(shown(sv, { locale: 'sv', channel: 'letter' })).toEqual(['capitalised-du «Du»']);
    expect(
      shown(sv, {
        locale: 'sv',
        channel: 'letter',
        ignore: ['Hi Andersson', 'Du Rietz', 'MVH Bygg AB'],
      }),
    ).toEqual([]);

    const nl = nlEmail('Bvd Jansen', 'U Bakker', 'Gr Data B.V.');
    expect(shown(nl, { locale: 'nl', channel: 'email' })).toEqual([
      'mixed-formality «U»',
      'text-abbreviation «Gr»',
      'text-abbreviation «Bvd»',
    ]);
    expect(
      shown(nl, {
        locale: 'nl',
        channel: 'email',
        ignore: ['Bvd Jansen', 'U Bakker', 'Gr Data B.V.'],
      }),
    ).toEqual([]);
  });

  it('still flags the same words where the person wrote them as words', () => {
    const draft = `${goodDrafts.nlInformalEmail}\nU begrijpt het vast. Bvd!\n`;
    expect(
      shown(draft, { locale: 'nl', channel: 'email', ignore: ['U Bakker', 'Bvd Jansen'] }),
    ).toMatchInlineSnapshot(`
        [
          "mixed-formality «U»",
          "text-abbreviation «Bvd»",
        ]
      `);
    // A sign-off on its own line is not the company's name, even when the company starts with it.
    const signedOff = goodDrafts.svEmail.replace('Med vänlig hälsning', 'Mvh');
    expect(shown(signedOff, { locale: 'sv', channel: 'email', ignore: ['MVH Bygg AB'] })).toEqual([
      'text-abbreviation «Mvh»',
    ]);
  });

  it('quotes the typed name as typed in a message', () => {
    const finding = lintLetter('Beste Du Rietz\n\nIk trek mijn acceptatie in.', {
      locale: 'nl',
      ignore: ['Du Rietz'],
    }).find(({ code }) => code === 'greeting-punctuation');
    expect(finding?.message).toBe('Na de aanhef hoort een komma: ‘Beste Du Rietz,’.');
  });

  it('takes a job title written in lower case in running text as typed', () => {
    const draft =
      'Hej Karin!\n\nJag återkallar mitt accepterande av tjänsten som personlig assistent. Tack för förtroendet och förlåt för besväret.\n\nMed vänlig hälsning\nÅsa\n';
    // "Personlig" would be the reason; as part of the title it is not one.
    expect(shown(draft, { locale: 'sv', channel: 'email' })).toEqual([]);
    expect(
      shown(draft, { locale: 'sv', channel: 'email', ignore: ['Personlig assistent'] }),
    ).toEqual(['no-reason']);
  });

  it('says what to pass when ignore is not a list of strings', () => {
    expect(() =>
      lintLetter('Hej', { locale: 'sv', ignore: 'Anna' as never }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: lintLetter: options.ignore must be a list of strings (names, company, title), got 'Anna'.]`,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { anna, daan } from './__fixtures__/answers.ts';
import { localIsoToday } from './dates.ts';
import { toEml, toMailto } from './formats/index.ts';
import { generateLetter } from './generate.ts';
import { LetterInputError, validateLetterInput } from './input.ts';

const minimal = {
  locale: 'sv',
  channel: 'email',
  formality: 'formal',
  applicant: { name: 'Anna Lindqvist' },
  recipient: { company: 'Nordlys AB' },
  position: 'projektledare',
  reason: 'career',
  startDate: '2027-01-11',
} as const;

/** The messages a person would see, one per line, with the field they belong to. */
function messages(raw: unknown, options?: Parameters<typeof validateLetterInput>[1]): string {
  const result = validateLetterInput(raw, options);
  if (result.success) return 'valid';
  return result.issues.map((issue) => `${issue.path || '(root)'}: ${issue.message}`).join('\n');
}

describe('validateLetterInput', () => {
  it('fills in the defaults: today, the door kept open, no contract, no counter-offer', () => {
    const result = validateLetterInput(minimal);
    expect(result).toEqual({
      success: true,
      data: expect.objectContaining({
        today: localIsoToday(),
        keepDoorOpen: true,
        contractSigned: false,
        counterOffer: false,
      }),
    });
  });

  it('reads an empty optional field as not given, as forms send it', () => {
    const result = validateLetterInput({
      ...minimal,
      applicant: { name: ' Anna Lindqvist ', email: '', phone: '  ' },
      recipient: { company: 'Nordlys AB', name: '' },
      reasonDetail: '',
      acceptedOn: '',
    });
    expect(result.success && result.data.applicant).toEqual({ name: 'Anna Lindqvist' });
    expect(result.success && result.data.recipient.name).toBeUndefined();
  });

  it('asks for a choice nobody made (a form sends an empty string), rather than calling it unknown', () => {
    const result = validateLetterInput({ ...minimal, reason: '', formality: '' });
    expect(result.success ? [] : result.issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['formality', 'required'],
      ['reason', 'required'],
    ]);
  });

  it.each([
    'Zoë O’Brien-Ångström',
    "Seán Ó'Súilleabháin",
    'J. de Vries',
    'Đặng Thị Hồng',
    'Ólafur Þórðarson',
    'Маргарита Иванова',
  ])('accepts the name %s', (name) => {
    expect(messages({ ...minimal, applicant: { name } })).toBe('valid');
  });

  it('accepts a leap day only in a leap year', () => {
    expect(messages({ ...minimal, startDate: '2028-02-29', today: '2027-12-01' })).toBe('valid');
    expect(messages({ ...minimal, startDate: '2027-02-29' })).toMatchInlineSnapshot(
      `"startDate: Datumet 2027-02-29 i fältet ”Planerat startdatum” finns inte i kalendern. Kontrollera dag och månad."`,
    );
  });

  it('takes a reason in one or two sentences, and asks to shorten a third', () => {
    const detail = (reasonDetail: string) => messages({ ...minimal, reasonDetail });
    expect(detail('Jag har fått ett erbjudande i Malmö, t.ex. närmare familjen.')).toBe('valid');
    expect(detail('Vi flyttar. Min partner har fått jobb i Malmö')).toBe('valid');
    expect(
      detail('Vi flyttar. Min partner har fått jobb i Malmö. Barnen börjar skolan där.'),
    ).toMatchInlineSnapshot(
      `"reasonDetail: Fältet ”Skälet med egna ord” får vara en eller två meningar: var ärlig, men gå inte in på detaljer. Korta ner det."`,
    );
  });

  it('keeps a multi-line address and normalises its line breaks', () => {
    const result = validateLetterInput({
      ...minimal,
      applicant: { name: 'Anna', address: 'Storgatan 12\r\n\r\n123 45 Uppsala\n' },
    });
    expect(result.success && result.data.applicant.address).toBe('Storgatan 12\n123 45 Uppsala');
  });

  it('explains every problem in Swedish for Swedish answers, naming the field and what to do', () => {
    expect(
      messages({
        ...minimal,
        applicant: { name: 'Anna\nLindqvist', email: 'anna(at)example.se', phone: 'ring mig' },
        recipient: { company: 'Nordlys\u0007 AB' },
        position: '',
        reason: 'boredom',
        startDate: '11/01/2027',
        contractSigned: 'ja',
      }),
    ).toMatchInlineSnapshot(`
      "applicant.name: Fältet ”Ditt namn” får inte innehålla radbrytningar. Skriv allt på en rad.
      applicant.email: Fältet ”Din e-postadress” är ingen giltig e-postadress. Skriv den som namn@exempel.se, utan mellanslag och utan å, ä, ö eller andra specialtecken före @.
      applicant.phone: Fältet ”Ditt telefonnummer” är inget giltigt telefonnummer. Använd siffror, mellanslag och bindestreck, gärna med + och landsnummer först.
      recipient.company: Fältet ”Företag” innehåller ett osynligt styrtecken. Skriv in texten på nytt i stället för att klistra in den.
      position: Fältet ”Tjänst” saknas eller är tomt. Fyll i det.
      reason: Fältet ”Skäl” har ett okänt värde. Välj ett av följande: compensation, career, better-offer, conditions, personal.
      startDate: Fältet ”Planerat startdatum” ska vara ett datum, till exempel 14 december 2026 eller 2026-12-14.
      contractSigned: Fältet ”Påskrivet avtal” ska vara ja eller nej (true eller false)."
    `);
  });

  it('explains every problem in Dutch for Dutch answers', () => {
    expect(
      messages({
        ...daan,
        applicant: { name: 'Daan <script>' },
        recipient: { company: 'Polderdata B.V.', name: 'Sanne\u202Egreb' },
        channel: 'fax',
        acceptedOn: '2026-12-24',
      }),
    ).toMatchInlineSnapshot(`
      "channel: Het veld ‘Manier van melden’ heeft een onbekende waarde. Kies een van deze: phone, letter, email, meeting.
      applicant.name: Het veld ‘Je naam’ mag alleen letters, spaties, apostroffen, koppeltekens en punten bevatten. Haal de andere tekens weg.
      recipient.name: Het veld ‘Naam van de ontvanger’ bevat een onzichtbaar stuurteken. Typ de tekst opnieuw in plaats van hem te plakken.
      acceptedOn: De datum van je acceptatie (24 december 2026) ligt na de startdatum (1 december 2026). Controleer beide datums."
    `);
  });

  it('catches an acceptance after the start date, in the person’s language', () => {
    expect(messages({ ...daan, acceptedOn: '2026-12-02' })).toMatchInlineSnapshot(
      `"acceptedOn: De datum van je acceptatie (2 december 2026) ligt na de startdatum (1 december 2026). Controleer beide datums."`,
    );
    expect(messages({ ...anna, acceptedOn: '2026-11-25' })).toMatchInlineSnapshot(
      `"acceptedOn: Dagen du tackade ja (25 november 2026) ligger efter dagens datum (21 november 2026). Ange dagen då du faktiskt tackade ja."`,
    );
  });

  it.each([
    'åsa@exempel.se',
    'anna..lindqvist@exempel.se',
    'anna@-exempel.se',
    'anna@exempel',
    'anna lindqvist@exempel.se',
  ])('refuses %j, an address the e-mail formats would refuse, saying how to write one', (email) => {
    expect(messages({ ...minimal, applicant: { name: 'Åsa Öberg', email } })).toBe(
      'applicant.email: Fältet ”Din e-postadress” är ingen giltig e-postadress. Skriv den som namn@exempel.se, utan mellanslag och utan å, ä, ö eller andra specialtecken före @.',
    );
    expect(messages({ ...daan, recipient: { ...daan.recipient, email } })).toBe(
      'recipient.email: Het veld ‘E-mailadres van de ontvanger’ is geen geldig e-mailadres. Schrijf het als naam@voorbeeld.nl, zonder spaties en zonder letters met accenten of andere bijzondere tekens vóór de @.',
    );
  });

  it.each(['asa.oberg@exempel.se', 'asa+jobb@exempel.se', 'asa@öberg.se'])(
    'accepts %j, and the e-mail formats take it too',
    (email) => {
      const result = validateLetterInput({
        ...minimal,
        applicant: { name: 'Åsa Öberg', email },
        recipient: { company: 'Nordlys AB', email },
      });
      if (!result.success) throw new Error(JSON.stringify(result.issues));
      const [document] = generateLetter(result.data).documents;
      if (!document) throw new Error('no document');
      const address = { name: 'Åsa Öberg', email };
      expect(() => toEml(document, { from: address, to: address })).not.toThrow();
      expect(() => toMailto(document, { to: address })).not.toThrow();
    },
  );

  it('takes the law’s questions (issue 11), all optional', () => {
    const answers = {
      acceptance: 'email',
      contractType: 'fixed-term',
      earlyTerminationClause: true,
      trialPeriod: 'unknown',
      trialMonths: 6,
      noticeMonths: 3,
      collectiveAgreement: 'yes',
      essentialsAgreed: 'yes',
      stateEmployer: false,
      resignedCurrentJob: true,
    } as const;
    const result = validateLetterInput({ ...minimal, ...answers });
    expect(result).toEqual({ success: true, data: expect.objectContaining(answers) });
    expect(validateLetterInput(minimal).success).toBe(true);
  });

  it('explains wrong answers to the law’s questions in the person’s language', () => {
    const wrong = {
      acceptance: 'handshake',
      contractType: 'forever',
      trialPeriod: true,
      trialMonths: 1.5,
      noticeMonths: '3',
      collectiveAgreement: 'maybe',
      stateEmployer: 'yes',
    };
    expect(messages({ ...minimal, ...wrong })).toMatchInlineSnapshot(`
      "acceptance: Fältet ”Hur du tackade ja” har ett okänt värde. Välj ett av följande: spoken, email, signed.
      contractType: Fältet ”Anställningsform” har ett okänt värde. Välj ett av följande: permanent, fixed-term, unknown.
      trialPeriod: Fältet ”Provanställning” har ett okänt värde. Välj ett av följande: yes, no, unknown.
      trialMonths: Fältet ”Provanställningens längd” ska vara ett helt antal månader, från 1 till 12. Räkna om veckor till månader och avrunda uppåt.
      noticeMonths: Fältet ”Uppsägningstid” ska vara ett tal. Skriv in det med siffror.
      collectiveAgreement: Fältet ”Kollektivavtal” har ett okänt värde. Välj ett av följande: yes, no, unknown.
      stateEmployer: Fältet ”Statlig arbetsgivare” ska vara ja eller nej (true eller false)."
    `);
    expect(messages({ ...daan, ...wrong, noticeMonths: 0 })).toMatchInlineSnapshot(`
      "acceptance: Het veld ‘Hoe je het aanbod hebt aanvaard’ heeft een onbekende waarde. Kies een van deze: spoken, email, signed.
      contractType: Het veld ‘Soort contract’ heeft een onbekende waarde. Kies een van deze: permanent, fixed-term, unknown.
      trialPeriod: Het veld ‘Proeftijd’ heeft een onbekende waarde. Kies een van deze: yes, no, unknown.
      trialMonths: Het veld ‘Duur van de proeftijd’ moet een heel aantal maanden zijn, van 1 tot en met 12. Reken weken om naar maanden en rond naar boven af.
      noticeMonths: Het veld ‘Opzegtermijn’ moet een heel aantal maanden zijn, van 1 tot en met 12. Reken weken om naar maanden en rond naar boven af.
      collectiveAgreement: Het veld ‘Cao’ heeft een onbekende waarde. Kies een van deze: yes, no, unknown.
      stateEmployer: Het veld ‘Werkgever is de Zweedse staat’ moet ja of nee zijn (true of false)."
    `);
  });

  it('asks to settle a yes given in words or by e-mail against a ticked "contract signed"', () => {
    expect(
      messages({ ...minimal, contractSigned: true, acceptance: 'spoken' }),
    ).toMatchInlineSnapshot(
      `"acceptance: Fältet ”Hur du tackade ja” säger inte att du har skrivit under avtalet, men ”Påskrivet avtal” är ikryssat. Ändra något av dem så att de stämmer överens."`,
    );
    expect(messages({ ...daan, contractSigned: true, acceptance: 'email' })).toMatchInlineSnapshot(
      `"acceptance: Het veld ‘Hoe je het aanbod hebt aanvaard’ zegt niet dat je het contract hebt ondertekend, maar ‘Contract getekend’ staat aangevinkt. Pas een van beide aan, zodat ze overeenkomen."`,
    );
    expect(messages({ ...minimal, contractSigned: true, acceptance: 'signed' })).toBe('valid');
  });

  it('falls back to the caller’s locale, then Swedish, when the answers name none', () => {
    expect(messages({ ...minimal, locale: '', startDate: 'x' }, { locale: 'nl' })).toContain(
      'startDate: Het veld ‘Geplande startdatum’',
    );
    expect(messages({ ...minimal, locale: undefined, startDate: 'x' })).toContain(
      'startDate: Fältet ”Planerat startdatum”',
    );
  });

  it('tells a developer in English what to pass: an object, a known locale, known keys', () => {
    expect(messages({ ...minimal, locale: 'de' }, { locale: 'nl' })).toMatchInlineSnapshot(
      `"locale: safeParseLetterInput: locale must be 'sv' or 'nl', got 'de'."`,
    );
    expect(messages(null)).toMatchInlineSnapshot(
      `"(root): safeParseLetterInput: the answers must be an object (LetterInput) with at least locale, channel, formality, applicant, recipient, position, reason and startDate, got null."`,
    );
    expect(messages('not an object', { locale: 'nl' })).toContain('must be an object');
    expect(messages({ ...minimal, recipent: { company: 'Acme' } })).toContain(
      "recipent: safeParseLetterInput: 'recipent' is not a field of LetterInput; did you mean 'recipient'?",
    );
    expect(
      messages({ ...minimal, applicant: { name: 'Anna Berg', emial: 'anna@example.se' } }),
    ).toContain("did you mean 'applicant.email'?");
    expect(messages({ ...minimal, zzzzzzzz: 1 })).toContain(
      "'zzzzzzzz' is not a field of LetterInput. Remove it",
    );
  });
});

describe('what a channel needs', () => {
  it('asks for the name of the person spoken to after a call or a meeting, in the person’s language', () => {
    expect(messages({ ...minimal, channel: 'phone' })).toMatchInlineSnapshot(
      `"recipient.name: Fältet ”Mottagarens namn” behövs när du ringer eller träffar någon: du vet då vem du pratade med, och det bekräftande mejlet ska hälsa på den personen. Skriv personens namn."`,
    );
    expect(
      messages({
        ...minimal,
        locale: 'nl',
        channel: 'meeting',
        recipient: { company: 'Acme', name: '' },
      }),
    ).toMatchInlineSnapshot(
      `"recipient.name: Het veld ‘Naam van de ontvanger’ is nodig als je belt of langsgaat: je weet dan met wie je hebt gesproken, en de bevestigende e-mail is aan die persoon gericht. Vul de naam in."`,
    );
    expect(messages({ ...minimal, channel: 'email' })).toBe('valid');
  });

  it('refuses a start date that has passed, and takes one that is today', () => {
    expect(
      messages({ ...minimal, startDate: '2026-11-20', today: '2026-11-21' }),
    ).toMatchInlineSnapshot(
      `"startDate: Startdatumet (20 november 2026) har redan passerat. Har du börjat arbeta är det en uppsägning, inte ett återkallande: läs vad ditt avtal eller kollektivavtal säger om uppsägningstid och skriv en uppsägning. Har startdagen flyttats fram, ange det nya startdatumet."`,
    );
    expect(messages({ ...minimal, startDate: '2026-11-21', today: '2026-11-21' })).toBe('valid');
  });

  it('takes the name as the greeting says it, checked like any name', () => {
    expect(
      messages({
        ...minimal,
        recipient: { company: 'Acme', name: 'Maria Garcia Lopez', greetingName: 'Garcia Lopez' },
      }),
    ).toBe('valid');
    expect(
      messages({ ...minimal, recipient: { company: 'Acme', greetingName: 'Garcia <b>' } }),
    ).toContain('recipient.greetingName: Fältet ”Namnet i hälsningen”');
  });
});

describe('generateLetter with bad answers', () => {
  it('throws LetterInputError carrying the localized issues', () => {
    const attempt = () => generateLetter({ ...daan, startDate: '2026-02-30' });
    expect(attempt).toThrow(LetterInputError);
    try {
      attempt();
    } catch (error) {
      expect((error as LetterInputError).issues).toEqual([
        {
          path: 'startDate',
          code: 'date-not-real',
          message:
            'De datum 2026-02-30 in het veld ‘Geplande startdatum’ bestaat niet. Controleer de dag en de maand.',
        },
      ]);
    }
  });
});

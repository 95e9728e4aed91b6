import { describe, expect, it } from 'vitest';
import { anna, daan } from './__fixtures__/answers.ts';
import { generateLetter } from './generate.ts';
import { type LetterInput, validateLetterInput } from './input.ts';

const advice = (input: LetterInput) => generateLetter(input).advice;
const codes = (input: LetterInput) => advice(input).map((item) => item.code);

describe('advice', () => {
  it('counts the days to the start date and says to act fast', () => {
    expect(advice(anna)[0]).toMatchInlineSnapshot(`
      {
        "code": "days-left",
        "message": "Det är 51 dagar kvar till startdatumet den 11 januari 2027. Hör av dig så snart du har bestämt dig, så får de mer tid att hitta någon annan.",
        "sectionId": "step-act-fast",
        "severity": "info",
      }
    `);
    expect(advice({ ...daan, channel: 'email', contractSigned: false })[0]).toMatchInlineSnapshot(`
      {
        "code": "short-notice",
        "message": "Er zijn nog maar 10 dagen tot de startdatum van 1 december 2026. Laat het vandaag weten, zodat ze op tijd iemand anders kunnen vinden en je reputatie geen schade oploopt.",
        "sectionId": "step-act-fast",
        "severity": "warning",
      }
    `);
  });

  it('refuses a start date that has passed: leaving then is a resignation, not a withdrawal', () => {
    const result = validateLetterInput({ ...daan, today: '2026-12-03' });
    expect(result.success ? [] : result.issues).toMatchInlineSnapshot(`
      [
        {
          "code": "start-date-passed",
          "message": "De startdatum (1 december 2026) is al voorbij. Ben je al begonnen, dan trek je geen acceptatie meer in maar zeg je je arbeidsovereenkomst op: kijk in je contract of cao welke opzegtermijn geldt. Is je startdatum verschoven, vul dan de nieuwe datum in.",
          "path": "startDate",
        },
      ]
    `);
  });

  it('warns when a posted letter lacks an address, and leaves a visible placeholder', () => {
    const input = {
      ...daan,
      applicant: { name: daan.applicant.name },
      recipient: { ...daan.recipient, address: undefined },
    };
    expect(codes(input)).toEqual(
      expect.arrayContaining(['sender-address-missing', 'recipient-address-missing']),
    );
    const [letter] = generateLetter(input).documents;
    expect(letter?.text).toContain('[Adres afzender]');
    expect(letter?.text).toContain('[Adres van het bedrijf]');
  });

  it('asks to check the greeting when a Dutch surname could have two parts', () => {
    const unsure = { ...daan, recipient: { ...daan.recipient, name: 'Maria Garcia Lopez' } };
    expect(codes(unsure)).toContain('check-greeting-name');
    const given = { ...unsure, recipient: { ...unsure.recipient, greetingName: 'Garcia Lopez' } };
    expect(codes(given)).not.toContain('check-greeting-name');
    expect(generateLetter(given).documents[0]?.text).toContain('Geachte mevrouw Garcia Lopez,');
  });

  it('asks to read a signed contract and aim for a mutual agreement', () => {
    const items = advice({ ...anna, contractSigned: true });
    expect(items.find((item) => item.code === 'contract-signed')).toMatchObject({
      severity: 'warning',
      sectionId: 'step-contract',
      message: expect.stringContaining('ömsesidig överenskommelse'),
    });
    // What is at stake is the position's to say, from the sources: no recruitment-cost warning.
    expect(items.map((item) => item.code)).not.toContain('legal-risk');
    expect(items.map((item) => item.message).join(' ')).not.toMatch(/rekryter/);
  });

  it('follows `acceptance: "signed"` as it follows `contractSigned`', () => {
    expect(codes({ ...anna, acceptance: 'signed' })).toContain('contract-signed');
    expect(codes({ ...anna, acceptance: 'email' })).not.toContain('contract-signed');
  });

  it('names each channel’s drawback from the guide’s channel facts', () => {
    expect(
      advice({ ...anna, channel: 'phone' }).find((item) => item.code === 'no-written-record'),
    ).toMatchObject({
      sectionId: 'channel-phone',
      severity: 'warning',
    });
    expect(
      advice({ ...anna, channel: 'letter' }).find((item) => item.code === 'letter-is-slow'),
    ).toMatchObject({
      sectionId: 'channel-letter',
    });
    expect(codes({ ...anna, channel: 'email' })).not.toContain('no-written-record');
  });

  it('asks to decide about a counter-offer in advance, and to keep a backup plan without another offer', () => {
    expect(codes({ ...anna, counterOffer: true })).toContain('counter-offer');
    expect(codes({ ...anna, reason: 'career' })).toContain('financial-backup');
    expect(codes({ ...anna, reason: 'better-offer' })).not.toContain('financial-backup');
  });

  it('lists errors, then warnings, then tips', () => {
    const order = { error: 0, warning: 1, info: 2 };
    const severities = advice({
      ...daan,
      today: '2026-11-28',
      channel: 'phone',
      counterOffer: true,
    }).map((item) => order[item.severity]);
    expect(severities).toEqual([...severities].sort());
  });
});

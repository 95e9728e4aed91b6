import { describe, expect, it } from 'vitest';
import { anna, daan } from './__fixtures__/answers.ts';
import { generateLetter } from './generate.ts';
import type { LetterInput } from './input.ts';

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

  it('says that after the start date this is a resignation, and points at the FAQ', () => {
    expect(advice({ ...daan, today: '2026-12-03' })[0]).toMatchInlineSnapshot(`
      {
        "code": "start-date-passed",
        "message": "De startdatum (1 december 2026) is al voorbij. Ben je al begonnen met werken, dan trek je geen acceptatie meer in maar neem je ontslag: kijk in je contract welke opzegtermijn geldt en zeg op volgens die regels.",
        "sectionId": "faq-quit-after-start",
        "severity": "error",
      }
    `);
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
      today: '2026-12-03',
      channel: 'phone',
      counterOffer: true,
    }).map((item) => order[item.severity]);
    expect(severities).toEqual([...severities].sort());
  });
});

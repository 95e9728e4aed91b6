import { describe, expect, it } from 'vitest';
import { generateLetter } from './generate.ts';
import {
  asSentence,
  companyInText,
  dutchFullName,
  dutchSurname,
  firstName,
  nameParts,
  titleInText,
} from './names.ts';

describe('dutchSurname', () => {
  it.each([
    ['Sanne van der Berg', 'Van der Berg'],
    ['Sanne Van der Berg', 'Van der Berg'],
    ['van der Berg', 'Van der Berg'],
    ['Van der Berg', 'Van der Berg'],
    ['Daan de Vries', 'De Vries'],
    ['Jan de Vries', 'De Vries'],
    ["Joost van 't Hek", "Van 't Hek"],
    ['Jan De Smet', 'De Smet'],
    ['Sam Jansen', 'Jansen'],
    ['Anna Maria Jansen', 'Jansen'],
    ['Jansen', 'Jansen'],
    ['Anna Jansen-de Vries', 'Jansen-de Vries'],
    ['Anna de Vries-van Dam', 'De Vries-van Dam'],
    ['J. de Vries', 'De Vries'],
    ['J.P. van Dam', 'Van Dam'],
    ['dr. Jan de Vries', 'De Vries'],
    ['mr. drs. A. Bakker', 'Bakker'],
    ['prof. dr. Eva van Dijk', 'Van Dijk'],
    ['ir. Kees van den Broek MSc', 'Van den Broek'],
    ['mevrouw Van der Berg', 'Van der Berg'],
    ['de heer Jansen', 'Jansen'],
  ])('greets %s as "… %s"', (name, surname) => {
    expect(dutchSurname(name)).toBe(surname);
  });

  it('reads a form of address typed into the name, and is unsure of a three-part name', () => {
    expect(nameParts('mevrouw Van der Berg').salutation).toBe('ms');
    expect(nameParts('dhr. P. Jansen').salutation).toBe('mr');
    expect(nameParts('Maria Garcia Lopez').unsure).toBe(true);
    expect(nameParts('Sanne van der Berg').unsure).toBe(false);
  });

  it('writes an address line with the surname capitalised only where it stands alone', () => {
    expect(dutchFullName('van der Berg')).toBe('Van der Berg');
    expect(dutchFullName('Sanne van der Berg')).toBe('Sanne van der Berg');
    expect(dutchFullName('dr. J. de Vries')).toBe('dr. J. de Vries');
    expect(dutchFullName('mevrouw Van der Berg')).toBe('Van der Berg');
  });
});

describe('firstName', () => {
  it('keeps a double first name whole, skips titles, and has none for initials', () => {
    expect(firstName('Anna-Karin de Vries')).toBe('Anna-Karin');
    expect(firstName('dr. Eva Berg')).toBe('Eva');
    expect(firstName('J. de Vries')).toBeUndefined();
    expect(firstName('Jansen')).toBeUndefined();
  });
});

describe('greetings and address blocks from what people type', () => {
  const letter = (name: string, salutation?: 'mr' | 'ms' | 'none', greetingName?: string) =>
    generateLetter({
      locale: 'nl',
      channel: 'letter',
      formality: 'formal',
      applicant: { name: 'Daan de Vries', address: 'Oudegracht 200\n3511 NR Utrecht' },
      recipient: {
        name,
        ...(salutation ? { salutation } : {}),
        ...(greetingName ? { greetingName } : {}),
        company: 'Polderdata B.V.',
        address: 'Stationsplein 1\n1012 AB Amsterdam',
      },
      position: 'projectleider',
      reason: 'career',
      startDate: '2027-01-11',
      today: '2026-11-21',
    }).documents[0]?.text ?? '';
  const greetingAndAttention = (text: string) =>
    text.split('\n').filter((line) => /^(Geachte|T\.a\.v\.)/.test(line));

  it.each([
    ['Jan de Vries', 'mr', ['T.a.v. de heer Jan de Vries', 'Geachte heer De Vries,']],
    ['van der Berg', 'ms', ['T.a.v. mevrouw Van der Berg', 'Geachte mevrouw Van der Berg,']],
    [
      'mevrouw Van der Berg',
      undefined,
      ['T.a.v. mevrouw Van der Berg', 'Geachte mevrouw Van der Berg,'],
    ],
    ['mevrouw S. Bakker', 'ms', ['T.a.v. mevrouw S. Bakker', 'Geachte mevrouw Bakker,']],
    ['dr. J. de Vries', 'mr', ['T.a.v. de heer dr. J. de Vries', 'Geachte heer De Vries,']],
    ['Sam Jansen', 'none', ['T.a.v. Sam Jansen', 'Geachte Sam Jansen,']],
    ['Jansen', undefined, ['T.a.v. Jansen', 'Geachte heer of mevrouw Jansen,']],
    [
      'Anna Jansen-de Vries',
      'ms',
      ['T.a.v. mevrouw Anna Jansen-de Vries', 'Geachte mevrouw Jansen-de Vries,'],
    ],
  ] as const)('%s (%s) → %j', (name, salutation, lines) => {
    expect(greetingAndAttention(letter(name, salutation))).toEqual(lines);
  });

  it('uses the surname the person gave for the greeting, and never doubles a title', () => {
    expect(greetingAndAttention(letter('Maria Garcia Lopez', 'ms', 'Garcia Lopez'))).toEqual([
      'T.a.v. mevrouw Maria Garcia Lopez',
      'Geachte mevrouw Garcia Lopez,',
    ]);
    expect(letter('mevrouw Van der Berg', 'ms')).not.toMatch(/mevrouw mevrouw/);
  });

  it('greets in Swedish without the title and by first name when informal', () => {
    const sv = (formality: 'formal' | 'informal') =>
      generateLetter({
        locale: 'sv',
        channel: 'email',
        formality,
        applicant: { name: 'Anna Lindqvist' },
        recipient: { name: 'Dr. Karin Holm', company: 'Nordlys AB' },
        position: 'projektledare',
        reason: 'career',
        startDate: '2027-01-11',
        today: '2026-11-21',
      }).documents[0]?.text.split('\n')[0];
    expect(sv('formal')).toBe('Hej Karin Holm');
    expect(sv('informal')).toBe('Hej Karin!');
  });
});

describe('companyInText', () => {
  it.each([
    ['Nordlys AB', 'Nordlys'],
    ['Polderdata B.V.', 'Polderdata'],
    ['Polderdata BV', 'Polderdata'],
    ['Philips N.V.', 'Philips'],
    ['Bakker & Zn. VOF', 'Bakker & Zn.'],
    ['Nordlys Holding AB', 'Nordlys'],
    ['Ericsson Aktiebolag', 'Ericsson'],
    ['Berg & Son HB', 'Berg & Son'],
    ['MVH Bygg AB', 'MVH Bygg'],
    ['AB', 'AB'],
    ['Acme', 'Acme'],
  ])('writes %s in running text as %s', (company, inText) => {
    expect(companyInText(company)).toBe(inText);
  });
});

describe('asSentence', () => {
  it('starts the person’s own words with a capital and ends them with a stop, nothing else', () => {
    expect(asSentence('min partner har fått jobb i Malmö')).toBe(
      'Min partner har fått jobb i Malmö.',
    );
    expect(asSentence('Resvägen blev längre!')).toBe('Resvägen blev längre!');
    expect(asSentence('ik verhuis naar Groningen (in januari)')).toBe(
      'Ik verhuis naar Groningen (in januari).',
    );
  });
});

describe('titleInText', () => {
  it.each([
    ['Projektledare', 'projektledare'],
    ['Projectleider', 'projectleider'],
    ['UX-designer', 'UX-designer'],
    ['Head of Sales', 'Head of Sales'],
    ['verpleegkundige', 'verpleegkundige'],
  ])('writes %s in running text as %s', (title, inText) => {
    expect(titleInText(title)).toBe(inText);
  });
});

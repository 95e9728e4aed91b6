import { describe, expect, it } from 'vitest';
import { channels } from '../content/channels.ts';
import { formalities, reasons, salutations } from '../letter/choices.ts';
import { safeParseLetterInput } from '../letter/input.ts';
import { acceptances, answers, contractTypes } from '../letter/position/types.ts';
import { locales } from '../locales.ts';
import { fieldLimits, getFormVocabulary, letterInputJsonSchema } from './index.ts';

type Schema = {
  properties?: Record<string, Schema>;
  enum?: readonly string[];
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  format?: string;
};

/** Every leaf of the JSON Schema, by the dotted path `InputIssue.path` uses. */
function leaves(schema: Schema, prefix = ''): [string, Schema][] {
  return Object.entries(schema.properties ?? {}).flatMap(([key, value]) =>
    value.properties ? leaves(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value]],
  );
}

const fields = leaves(letterInputJsonSchema as unknown as Schema);

describe.each(locales)('the form words in %s', (locale) => {
  const form = getFormVocabulary(locale);

  it('give every field of the schema a label, a hint and why we ask', () => {
    for (const [path] of fields) {
      const words = form.fields[path as keyof typeof form.fields];
      expect(words, path).toBeDefined();
      expect(words.label.trim(), `${path} label`).not.toBe('');
      expect(words.hint.trim(), `${path} hint`).not.toBe('');
      expect(words.why.trim(), `${path} why`).not.toBe('');
    }
    expect(Object.keys(form.fields).sort()).toEqual(fields.map(([path]) => path).sort());
  });

  it('give every choice a label and a hint', () => {
    const all = {
      channels,
      reasons,
      formalities,
      salutations,
      acceptances,
      answers,
      contractTypes,
    };
    for (const [group, values] of Object.entries(all)) {
      const words = form.choices[group as keyof typeof form.choices] as Record<
        string,
        { label: string; hint: string }
      >;
      expect(Object.keys(words).sort(), group).toEqual([...values].sort());
      for (const value of values) {
        expect(words[value]?.label, `${group}.${value}`).toBeTruthy();
        expect(words[value]?.hint, `${group}.${value}`).toBeTruthy();
      }
    }
  });
});

describe('the JSON Schema of LetterInput', () => {
  it('lists the same choices, formats and limits that validation applies', () => {
    const byPath = Object.fromEntries(fields);
    expect(byPath.startDate?.format).toBe('date');
    expect(byPath.acceptedOn?.format).toBe('date');
    expect(byPath.channel?.enum).toEqual([...channels]);
    for (const [path, limit] of Object.entries(fieldLimits)) {
      if ('maxLines' in limit) continue;
      if ('maxLength' in limit) expect(byPath[path]?.maxLength, path).toBe(limit.maxLength);
      if ('minimum' in limit) expect(byPath[path]?.minimum, path).toBe(limit.minimum);
    }
  });

  it('agrees with the engine at the limits', () => {
    const answersAt = (name: string) => ({
      locale: 'sv',
      channel: 'email',
      formality: 'formal',
      applicant: { name },
      recipient: { company: 'Nordlys AB' },
      position: 'projektledare',
      reason: 'career',
      startDate: '2027-01-10',
      today: '2026-11-21',
    });
    const max = fieldLimits['applicant.name'].maxLength;
    expect(safeParseLetterInput(answersAt('A'.repeat(max))).success).toBe(true);
    expect(safeParseLetterInput(answersAt('A'.repeat(max + 1))).success).toBe(false);
  });

  it('refuses unknown keys, as the engine does', () => {
    expect(letterInputJsonSchema.additionalProperties).toBe(false);
    expect(letterInputJsonSchema.properties.applicant.additionalProperties).toBe(false);
  });
});

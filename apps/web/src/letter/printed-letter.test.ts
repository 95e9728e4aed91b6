import { locales } from '@rescind/core';
import type { LetterDocument } from '@rescind/core/letter';
import { describe, expect, it } from 'vitest';
import { composeDraft } from './draft.ts';
import { emptyValues, type FormValues } from './form-values.ts';
import { letterParts } from './printed-letter.tsx';

const answers: FormValues = {
  ...emptyValues(),
  channel: 'letter',
  reason: 'career',
  startDate: '2099-03-01',
  'applicant.name': 'Åsa Lindqvist',
  'applicant.address': 'Storgatan 1\n111 22 Stockholm',
  'recipient.company': 'Nordljus AB',
  'recipient.name': 'Karin Holm',
  'recipient.address': 'Box 12\n222 33 Lund',
  position: 'projektledare',
  place: 'Stockholm',
};

function letterOf(values: FormValues, locale: (typeof locales)[number]) {
  const doc = composeDraft(values, locale, null)?.result.documents[0] as LetterDocument;
  if (doc?.kind !== 'letter') throw new Error('a posted letter was expected');
  return doc;
}

describe.each(locales)('the printed %s letter', (locale) => {
  const doc = letterOf(answers, locale);
  const { parts } = doc;

  it('takes its layout from the letter’s parts while the text is the engine’s', () => {
    const printed = letterParts({ kind: 'letter', text: doc.text, parts });
    expect(printed?.sender).toBe(parts.sender.join('\n'));
    expect(printed?.recipient).toBe(parts.recipient.join('\n'));
    expect(printed?.recipient.split('\n')[0]).toBe('Nordljus AB');
    expect(printed?.date).toBe(parts.date);
    expect(printed?.body).toEqual([parts.subjectLine, parts.greeting, ...parts.paragraphs]);
    expect(printed?.signature).toEqual([parts.signature[0], 'Åsa Lindqvist']);
  });

  it('keeps the layout when the person edits the body, and prints the body as edited', () => {
    const first = parts.paragraphs[0] ?? '';
    const text = doc.text.replace(first, 'Ett eget stycke.\n\nOch ett till.');
    const printed = letterParts({ kind: 'letter', text, parts });
    expect(printed?.recipient).toBe(parts.recipient.join('\n'));
    expect(printed?.body).toContain('Ett eget stycke.');
    expect(printed?.body).toContain('Och ett till.');
    expect(printed?.body).not.toContain(first);
    expect(printed?.signature[0]).toBe(parts.signature[0]);
  });

  it('prints as written when the person edits the address blocks', () => {
    const text = doc.text.replace('Box 12', 'Box 13');
    expect(letterParts({ kind: 'letter', text, parts })).toBeNull();
    // A sheet whose head was moved about is printed as written too.
    expect(letterParts({ kind: 'letter', text: `PS\n\n${doc.text}`, parts })).toBeNull();
  });

  it('lays out a draft with placeholders the same way', () => {
    const draft = letterOf({ ...answers, 'recipient.company': '' }, locale);
    const printed = letterParts({ kind: 'letter', text: draft.text, parts: draft.parts });
    expect(printed?.recipient.split('\n')[0]).toMatch(/^\[/);
  });
});

describe('a document that is not a posted letter', () => {
  it('prints as written', () => {
    const doc = composeDraft({ ...answers, channel: 'phone' }, 'nl', null)?.result.documents[0];
    expect(doc?.kind).toBe('call-script');
    expect(letterParts({ kind: 'call-script', text: doc?.text ?? '' })).toBeNull();
    expect(letterParts({ kind: 'letter', text: doc?.text ?? '' })).toBeNull();
  });
});

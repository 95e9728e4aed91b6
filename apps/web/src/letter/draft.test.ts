import { getFormVocabulary } from '@rescind/core/vocabulary';
import { describe, expect, it } from 'vitest';
import { getLetterDictionary } from '../i18n/letter.ts';
import { answerIssues, composeDraft } from './draft.ts';
import { emptyValues, type FormValues } from './form-values.ts';
import { issueMessage } from './messages.ts';

const answered = (changes: Partial<FormValues>): FormValues => ({
  ...emptyValues(),
  reason: 'career',
  'applicant.name': 'Sanne de Vries',
  'recipient.company': 'Polderlicht BV',
  position: 'projectleider',
  startDate: '2099-03-01',
  ...changes,
});

describe('the draft as answers come in', () => {
  it('is written from the first answer, with placeholders for what is missing', () => {
    const draft = composeDraft(emptyValues(), 'nl', null);
    const text = draft?.result.documents[0]?.text ?? '';
    expect(text).toContain('[je naam]');
    expect(text).toContain('[het bedrijf]');
    expect(text).toContain('[startdatum]');
    expect(text).not.toMatch(/qqx|2099-12-30/i);
    expect(draft?.pending).toEqual(
      expect.arrayContaining(['applicant.name', 'recipient.company', 'position', 'startDate']),
    );
    // The days-left advice would count to a made-up date: it waits for the real one.
    expect(draft?.result.advice.map((item) => item.code)).not.toContain('days-left');
  });

  it('is the real one, with nothing pending, once every answer is valid', () => {
    const draft = composeDraft(answered({}), 'nl', null);
    expect(draft?.pending).toEqual([]);
    expect(draft?.result.documents[0]?.text).toContain('Sanne de Vries');
  });

  it('keeps the last good answer while one is being mistyped', () => {
    const good = answered({});
    const draft = composeDraft(answered({ 'applicant.name': 'Sanne de Vries<' }), 'nl', good);
    expect(draft?.pending).toEqual(['applicant.name']);
    expect(draft?.result.documents[0]?.text).toContain('Sanne de Vries');
    expect(draft?.result.documents[0]?.text).not.toContain('<');
  });

  it('reads the date as it is written in the Netherlands', () => {
    const draft = composeDraft(answered({ startDate: '4-1-2099' }), 'nl', null);
    expect(draft?.pending).toEqual([]);
    expect(draft?.result.documents[0]?.text).toContain('4 januari 2099');
  });
});

describe('messages about answers', () => {
  it('name the field by its label on the page, in plain words', () => {
    const t = getLetterDictionary('sv');
    const issues = answerIssues(answered({ 'applicant.name': '' }), 'sv');
    const issue = issues.find((each) => each.path.startsWith('applicant'));
    expect(issue && issueMessage(t, getFormVocabulary('sv'), issue)).toBe(
      'Fyll i fältet ”Ditt namn”.',
    );
  });
});

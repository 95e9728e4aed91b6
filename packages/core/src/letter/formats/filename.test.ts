import { describe, expect, it } from 'vitest';
import type { LetterDocument } from '../types.ts';
import { documentFilename } from './filename.ts';

const doc = (subject: string | undefined, title = 'E-post'): LetterDocument =>
  ({
    kind: 'email',
    title,
    ...(subject === undefined ? {} : { subject }),
    text: '',
    markdown: '',
  }) as LetterDocument;

describe('documentFilename', () => {
  it('names the file after the subject in plain ASCII', () => {
    expect(documentFilename(doc('Återkallande av min accept – projektledare'), 'eml')).toBe(
      'aterkallande-av-min-accept-projektledare.eml',
    );
    expect(documentFilename(doc('Intrekking acceptatie functie ontwerpster Ærø/ß'), 'txt')).toBe(
      'intrekking-acceptatie-functie-ontwerpster-aero-ss.txt',
    );
  });

  it('falls back to the title, and to the kind when nothing is left', () => {
    expect(documentFilename(doc(undefined, 'Belscript'), 'md')).toBe('belscript.md');
    expect(documentFilename(doc('../../etc/passwd'), 'txt')).toBe('etc-passwd.txt');
    expect(documentFilename(doc('😀 ✉'), 'eml')).toBe('email.eml');
    expect(documentFilename(doc('CON'), 'txt')).toBe('email-con.txt');
  });
});

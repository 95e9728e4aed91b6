import type { Channel, Locale } from '@rescind/core';
import {
  documentChannel,
  generateLetter,
  type LetterInput,
  lintLetter,
  toMailto,
  validateLetterInput,
} from '@rescind/core/letter';
import { describe, expect, it } from 'vitest';
import { lintDraft, tryFormat } from './draft-checks.ts';

function answers(locale: Locale, channel: Channel, name: string, company: string): LetterInput {
  return {
    locale,
    channel,
    formality: 'formal',
    applicant: { name, email: 'sokande@example.se' },
    // A call or a meeting is with someone: core asks for the name there.
    recipient: { company, email: 'rekrytering@example.se', name: 'Karin Holm' },
    position: locale === 'sv' ? 'projektledare' : 'projectleider',
    reason: 'career',
    startDate: '2099-03-01',
    today: '2026-11-21',
  };
}

/** The drafts, and the validated answers the page hands the preview along with them. */
function generated(raw: LetterInput) {
  const checked = validateLetterInput(raw);
  if (!checked.success) throw new Error(checked.issues.map((issue) => issue.message).join('\n'));
  return { documents: generateLetter(raw).documents, input: checked.data };
}

describe('the checks on a draft in the preview', () => {
  it.each([
    // Read as the capitalised "Du" Swedish no longer uses, in the call script's "Hej, det är Du".
    ['sv', 'phone', 'Du', 'MVH Bygg AB', 'capitalised-du'],
    // Read as the text-message sign-off "mvh" / "mvg", or the Dutch shorthand "bvd".
    ['sv', 'email', 'Åsa Lindqvist', 'Mvh Bygg AB', 'text-abbreviation'],
    ['sv', 'letter', 'Du', 'Mvh Bygg AB', 'text-abbreviation'],
    ['nl', 'email', 'Du', 'Bvd Holding B.V.', 'text-abbreviation'],
    ['nl', 'letter', 'Daan de Vries', 'Mvg Installatie B.V.', 'text-abbreviation'],
  ] as const)(
    '(%s, %s) take nothing typed as a name for a mistake: %s at %s',
    (locale, channel, name, company, blindCode) => {
      const { documents, input } = generated(answers(locale, channel, name, company));
      // Checked blind, as before, the same drafts were flagged for the person's own names…
      const blind = documents.flatMap((doc) =>
        lintLetter(doc.text, { locale, formality: 'formal', channel: documentChannel[doc.kind] }),
      );
      expect(blind.map((finding) => finding.code)).toContain(blindCode);
      // …the preview, with an edit the person made below their name, finds nothing to say.
      for (const doc of documents) expect(lintDraft(doc.kind, `${doc.text}\n`, input)).toEqual([]);
    },
  );

  it('still flags what the person writes themselves', () => {
    const { documents, input } = generated(answers('sv', 'email', 'Åsa Lindqvist', 'Mvh Bygg AB'));
    const email = documents.find((doc) => doc.kind === 'email');
    const findings = lintDraft('email', `${email?.text ?? ''}\nmvh Åsa`, input);
    expect(findings.map((finding) => finding.code)).toContain('text-abbreviation');
  });
});

describe('making a mail link or file', () => {
  const { documents } = generateLetter(answers('nl', 'email', 'Daan de Vries', 'Zonnebloem B.V.'));
  const email = documents.find((doc) => doc.kind === 'email');
  if (!email) throw new Error('an e-mail draft was expected');

  it('gives the link when the address is sound', () => {
    const made = tryFormat(() => toMailto(email, { to: { email: 'hr@example.nl' }, locale: 'nl' }));
    expect(made.ok && made.value.startsWith('mailto:hr@example.nl?')).toBe(true);
  });

  it('turns an address core cannot use into a code the page explains, not a crash', () => {
    const made = tryFormat(() => toMailto(email, { to: { email: 'hr@@example' }, locale: 'nl' }));
    expect(made).toEqual({ ok: false, code: 'invalid-address' });
  });

  it('lets any other error through, since that is a bug', () => {
    expect(() =>
      tryFormat(() => {
        throw new TypeError('not a format problem');
      }),
    ).toThrow(TypeError);
  });
});

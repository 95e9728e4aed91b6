import { getFormVocabulary } from '@rescind/core/vocabulary';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { getLetterDictionary } from '../i18n/letter.ts';
import { composeDraft } from './draft.ts';
import { emptyValues, type FormValues } from './form-values.ts';
import { greetingOf } from './greeting.ts';
import { LetterForm } from './letter-form.tsx';

const answers: FormValues = {
  ...emptyValues(),
  reason: 'career',
  startDate: '2099-03-01',
  'applicant.name': 'Sanne de Vries',
  'recipient.company': 'Polderlicht BV',
  'recipient.name': 'Karin van den Berg',
  position: 'projectleider',
};

const greeting = (values: FormValues, locale: 'sv' | 'nl') =>
  greetingOf(composeDraft(values, locale, null)?.result ?? null);

describe('the greeting beside the greeting name', () => {
  it('is the one the draft writes, and follows what the person types there', () => {
    expect(greeting({ ...answers, formality: 'informal' }, 'nl')).toBe('Beste Karin,');
    expect(
      greeting({ ...answers, formality: 'informal', 'recipient.greetingName': 'Kaatje' }, 'nl'),
    ).toBe('Beste Kaatje,');
    expect(
      greeting({ ...answers, 'recipient.name': 'Karin Holm', formality: 'informal' }, 'sv'),
    ).toMatch(/^Hej Karin\b/);
  });

  it('after a call is the confirming e-mail’s, with a placeholder until the name is given', () => {
    expect(greeting({ ...answers, channel: 'phone', formality: 'informal' }, 'nl')).toBe(
      'Beste Karin,',
    );
    expect(greeting({ ...answers, channel: 'phone', 'recipient.name': '' }, 'nl')).toContain(
      '[naam ontvanger]',
    );
  });

  it.each(['sv', 'nl'] as const)('is tied to the %s field and announced politely', (locale) => {
    const t = getLetterDictionary(locale);
    const written = locale === 'sv' ? 'Hej Karin' : 'Beste Karin,';
    const html = renderToStaticMarkup(
      <LetterForm
        locale={locale}
        t={t}
        form={getFormVocabulary(locale)}
        values={answers}
        errors={{}}
        askGreetingName={true}
        greeting={written}
        onText={() => {}}
        onFlag={() => {}}
        onSubmit={() => {}}
        step="employer"
        continueLabel={t.flow.continue}
        backLabel={t.flow.back}
      />,
    );
    const live = /<p id="([^"]+)"[^>]*aria-live="polite"[^>]*>([^<]*)<\/p>/.exec(html);
    expect(live?.[2]).toBe(
      locale === 'sv' ? 'I hälsningen: Hej Karin' : 'In de aanhef: Beste Karin,',
    );
    const input = /<input[^>]*name="recipient.greetingName"[^>]*>/.exec(html)?.[0] ?? '';
    expect(/aria-describedby="([^"]+)"/.exec(input)?.[1]?.split(' ')).toContain(live?.[1]);
  });
});

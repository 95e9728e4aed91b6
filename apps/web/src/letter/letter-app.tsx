'use client';

// First: configures zod before core's schemas are built (see the module).
import './zod-without-eval.ts';
import type { Locale } from '@rescind/core';
import {
  type Address,
  generateLetter,
  type InputIssue,
  type LetterResult,
  type ValidLetterInput,
  validateLetterInput,
} from '@rescind/core/letter';
import { useEffect, useMemo, useRef, useState } from 'react';
import { getLetterDictionary } from '../i18n/letter.ts';
import { AdviceList } from './advice-list.tsx';
import { DocumentPreview } from './document-preview.tsx';
import { ErrorSummary } from './error-summary.tsx';
import {
  channelFromSearch,
  emptyValues,
  type FieldName,
  type FlagField,
  type FormValues,
  type TextField,
  toRawInput,
} from './form-values.ts';
import styles from './letter.module.css';
import { LetterForm } from './letter-form.tsx';
import { positionFor } from './position.ts';
import { PositionPanel } from './position-panel.tsx';
import { forgetState, loadState, saveState } from './storage.ts';

type Outcome =
  | { ok: true; result: LetterResult; input: ValidLetterInput }
  | { ok: false; issues: InputIssue[] };

function evaluate(values: FormValues, locale: Locale): Outcome {
  const checked = validateLetterInput(toRawInput(values, locale), { locale });
  if (!checked.success) return { ok: false, issues: checked.issues };
  return { ok: true, result: generateLetter(checked.data), input: checked.data };
}

function address(name: string, email: string): Address | null {
  const trimmed = email.trim();
  if (trimmed === '') return null;
  return name.trim() ? { name: name.trim(), email: trimmed } : { email: trimmed };
}

/**
 * The letter generator: the site's one client island. Every keystroke re-validates with core and,
 * when the answers are complete, rewrites the drafts; nothing leaves the browser.
 */
export function LetterApp({ locale }: { locale: Locale }) {
  const t = getLetterDictionary(locale);
  const [values, setValues] = useState<FormValues>(emptyValues);
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [submitted, setSubmitted] = useState(false);
  const [restored, setRestored] = useState(false);
  const [notice, setNotice] = useState('');
  const summaryRef = useRef<HTMLElement>(null);
  const previewRef = useRef<HTMLHeadingElement>(null);
  const [focusTarget, setFocusTarget] = useState<'summary' | 'preview' | null>(null);

  // Restore after hydration, so the server-rendered form and the first client render agree.
  useEffect(() => {
    const saved = loadState(locale);
    const channel = channelFromSearch(window.location.search);
    const next = saved?.values ?? emptyValues();
    setValues(channel ? { ...next, channel } : next);
    setEdits(saved?.edits ?? {});
    setRestored(true);
  }, [locale]);

  useEffect(() => {
    if (restored) saveState(locale, { values, edits });
  }, [restored, locale, values, edits]);

  const outcome = useMemo(() => evaluate(values, locale), [values, locale]);
  const position = useMemo(
    () => (outcome.ok ? outcome.result.position : positionFor(values, locale)),
    [outcome, values, locale],
  );

  // Focus moves only after the render that shows its target.
  useEffect(() => {
    if (focusTarget === 'summary') summaryRef.current?.focus();
    if (focusTarget === 'preview') previewRef.current?.focus();
    if (focusTarget) setFocusTarget(null);
  }, [focusTarget]);

  const errors: Partial<Record<FieldName, string>> = {};
  if (submitted && !outcome.ok) {
    for (const issue of outcome.issues) {
      const path = issue.path as FieldName;
      errors[path] ??= issue.message;
    }
  }

  const onText = (name: TextField, value: string) => {
    setNotice('');
    setValues((previous) => ({ ...previous, [name]: value }));
  };
  const onFlag = (name: FlagField, value: boolean) => {
    setNotice('');
    setValues((previous) => ({ ...previous, [name]: value }));
  };
  const onSubmit = () => {
    setSubmitted(true);
    setFocusTarget(outcome.ok ? 'preview' : 'summary');
  };
  const forget = () => {
    forgetState(locale);
    setValues(emptyValues());
    setEdits({});
    setSubmitted(false);
    setNotice(t.forgotten);
  };

  const result = outcome.ok ? outcome.result : null;
  const from = address(values['applicant.name'], values['applicant.email']);
  const to = address(values['recipient.name'], values['recipient.email']);
  const printableKind =
    result?.documents.find((doc) => doc.kind === 'letter')?.kind ?? result?.documents[0]?.kind;

  return (
    <div className={styles.app}>
      <div className={styles.formColumn}>
        <noscript>
          <p className={styles.error}>{t.noScript}</p>
        </noscript>
        {submitted && !outcome.ok ? (
          <ErrorSummary ref={summaryRef} t={t} issues={outcome.issues} />
        ) : null}
        <LetterForm
          locale={locale}
          t={t}
          values={values}
          errors={errors}
          onText={onText}
          onFlag={onFlag}
          onSubmit={onSubmit}
        />
        <div className={styles.forget}>
          <p className={styles.muted}>{t.privacy}</p>
          <button type="button" onClick={forget}>
            {t.forget}
          </button>
          <p role="status">{notice}</p>
        </div>
      </div>

      <div className={styles.previewColumn}>
        <section aria-labelledby="preview-title">
          <h2 id="preview-title" ref={previewRef} tabIndex={-1}>
            {t.previewHeading}
          </h2>
          {outcome.ok ? (
            outcome.result.documents.map((doc) => (
              <DocumentPreview
                key={doc.kind}
                locale={locale}
                t={t}
                document={doc}
                edited={edits[doc.kind]}
                onEdit={(text) =>
                  setEdits((previous) => {
                    const { [doc.kind]: _, ...rest } = previous;
                    return text === undefined ? rest : { ...rest, [doc.kind]: text };
                  })
                }
                input={outcome.input}
                company={values['recipient.company']}
                from={from}
                to={to}
                printable={doc.kind === printableKind}
              />
            ))
          ) : (
            <p className={styles.muted}>{t.previewEmpty}</p>
          )}
        </section>
        <PositionPanel locale={locale} t={t} position={position} />
        <AdviceList locale={locale} t={t} advice={result?.advice ?? null} />
      </div>
    </div>
  );
}

'use client';

import type { Locale } from '@rescind/core';
import type { Address } from '@rescind/core/letter';
import { useEffect, useMemo, useRef, useState } from 'react';
import { getLetterDictionary } from '../i18n/letter.ts';
import { AdviceList } from './advice-list.tsx';
import { type DocumentEdit, DocumentPreview } from './document-preview.tsx';
import { ErrorSummary } from './error-summary.tsx';
import {
  channelFromSearch,
  emptyValues,
  type FieldName,
  type FlagField,
  type FormValues,
  type TextField,
} from './form-values.ts';
import styles from './letter.module.css';
import { LetterForm } from './letter-form.tsx';
import { type Engine, loadEngine } from './load-engine.ts';
import { fieldLabel, issueField, issueMessage } from './messages.ts';
import { PositionPanel } from './position-panel.tsx';
import { forgetAll, forgetState, loadState, saveState } from './storage.ts';

function address(name: string, email: string): Address | null {
  const trimmed = email.trim();
  if (trimmed === '') return null;
  return name.trim() ? { name: name.trim(), email: trimmed } : { email: trimmed };
}

const editKeys = {
  text: '',
  subject: ':subject',
  baseText: ':base',
  baseSubject: ':base-subject',
} as const;

/** Edits as stored (flat strings, see `SavedState`) and as the previews use them. */
function editOf(edits: Record<string, string>, kind: string): DocumentEdit | undefined {
  const edit: DocumentEdit = {};
  for (const [key, suffix] of Object.entries(editKeys)) {
    const value = edits[`${kind}${suffix}`];
    if (value !== undefined) edit[key as keyof DocumentEdit] = value;
  }
  return edit.text === undefined && edit.subject === undefined ? undefined : edit;
}

function withEdit(
  edits: Record<string, string>,
  kind: string,
  edit: DocumentEdit | undefined,
): Record<string, string> {
  const rest = Object.fromEntries(
    Object.entries(edits).filter(([key]) => key !== kind && !key.startsWith(`${kind}:`)),
  );
  if (!edit) return rest;
  for (const [key, suffix] of Object.entries(editKeys)) {
    const value = edit[key as keyof DocumentEdit];
    if (value !== undefined) rest[`${kind}${suffix}`] = value;
  }
  return rest;
}

/** Advice that belongs next to the print button: the letter would not arrive as it stands. */
const printAdvice = new Set(['sender-address-missing', 'recipient-address-missing']);

/**
 * The letter generator: the site's one client island. Every keystroke re-validates with core and
 * rewrites the drafts; an answer missing or refused is a placeholder or the last good answer, so
 * the draft never vanishes. Nothing leaves the browser.
 */
export function LetterApp({ locale }: { locale: Locale }) {
  const t = getLetterDictionary(locale);
  const [values, setValues] = useState<FormValues>(emptyValues);
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [submitted, setSubmitted] = useState(false);
  const [restored, setRestored] = useState(false);
  const [notice, setNotice] = useState('');
  const [confirming, setConfirming] = useState(false);
  const summaryRef = useRef<HTMLElement>(null);
  const lastGood = useRef<FormValues | null>(null);
  const [focusTarget, setFocusTarget] = useState<'summary' | 'preview' | null>(null);
  // The engine arrives after the first paint: the questions show at once, the draft a moment later.
  const [engine, setEngine] = useState<Engine | null>(null);
  useEffect(() => {
    let live = true;
    void loadEngine().then((loaded) => {
      if (live) setEngine(loaded);
    });
    return () => {
      live = false;
    };
  }, []);

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
    if (!restored) return;
    // A form as fresh as a new one is not worth keeping: "forget" stays forgotten.
    const untouched =
      JSON.stringify(values) === JSON.stringify(emptyValues()) && Object.keys(edits).length === 0;
    if (untouched) forgetState(locale);
    else saveState(locale, { values, edits });
  }, [restored, locale, values, edits]);

  const draft = useMemo(
    () => (engine ? engine.composeDraft(values, locale, lastGood.current) : null),
    [engine, values, locale],
  );
  useEffect(() => {
    if (draft && draft.pending.length === 0) lastGood.current = values;
  }, [draft, values]);
  const complete = draft !== null && draft.pending.length === 0;
  const issues = draft?.issues ?? [];
  const position = useMemo(
    () =>
      draft && complete ? draft.result.position : (engine?.positionFor(values, locale) ?? null),
    [engine, draft, complete, values, locale],
  );

  // Focus moves only after the render that shows its target.
  useEffect(() => {
    if (focusTarget === 'summary') summaryRef.current?.focus();
    if (focusTarget === 'preview') {
      const first = document.querySelector<HTMLElement>('[data-document-title]');
      first?.focus();
      first?.scrollIntoView({ block: 'start' });
    }
    if (focusTarget) setFocusTarget(null);
  }, [focusTarget]);

  // The page title carries the errors, so a screen reader and the tab strip say so too.
  const errorCount = submitted ? issues.length : 0;
  useEffect(() => {
    const base = document.title.replace(/^\([^)]*\) /, '');
    document.title = errorCount > 0 ? `(${t.titleWithErrors(errorCount)}) ${base}` : base;
  }, [errorCount, t]);

  const errors: Partial<Record<FieldName, string>> = {};
  if (submitted) {
    for (const issue of issues) errors[issueField(issue.path)] ??= issueMessage(t, issue);
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
    setFocusTarget(complete ? 'preview' : 'summary');
  };
  const forget = () => {
    forgetAll();
    lastGood.current = null;
    setValues(emptyValues());
    setEdits({});
    setSubmitted(false);
    setConfirming(false);
    setNotice(t.forgotten);
  };

  const result = draft?.result ?? null;
  const from = address(values['applicant.name'], values['applicant.email']);
  const to = address(values['recipient.name'], values['recipient.email']);
  const printableKind =
    result?.documents.find((doc) => doc.kind === 'letter')?.kind ?? result?.documents[0]?.kind;
  const printWarnings = (result?.advice ?? [])
    .filter((item) => printAdvice.has(item.code))
    .map((item) => item.message);
  const askGreetingName =
    values['recipient.greetingName'] !== '' ||
    (result?.advice ?? []).some((item) => item.code === 'check-greeting-name');
  const pendingLabels = (draft?.pending ?? []).map((field) => fieldLabel(t, field));

  return (
    <div className={styles.app}>
      <div className={styles.formColumn}>
        <noscript>
          <p className={styles.error}>{t.noScript}</p>
        </noscript>
        {submitted && issues.length > 0 ? (
          <ErrorSummary
            ref={summaryRef}
            t={t}
            issues={issues.map((issue) => ({
              ...issue,
              path: issueField(issue.path),
              message: issueMessage(t, issue),
            }))}
          />
        ) : null}
        <LetterForm
          locale={locale}
          t={t}
          values={values}
          errors={errors}
          askGreetingName={askGreetingName}
          onText={onText}
          onFlag={onFlag}
          onSubmit={onSubmit}
        />
        <div className={styles.forget}>
          <p className={styles.muted}>
            {t.privacy} {t.expiry}
          </p>
          {confirming ? (
            <div className={styles.confirm}>
              <p id="forget-confirm">{t.forgetConfirm}</p>
              <button type="button" aria-describedby="forget-confirm" onClick={forget}>
                {t.forgetYes}
              </button>{' '}
              <button type="button" onClick={() => setConfirming(false)}>
                {t.forgetNo}
              </button>
            </div>
          ) : (
            <button type="button" onClick={() => setConfirming(true)}>
              {t.forget}
            </button>
          )}
          <p role="status">{notice}</p>
        </div>
        <a className={styles.jump} href="#preview-title">
          {t.jumpToDraft}
        </a>
      </div>

      <div className={styles.previewColumn}>
        <section aria-labelledby="preview-title">
          <h2 id="preview-title" tabIndex={-1}>
            {t.previewHeading}
          </h2>
          {pendingLabels.length > 0 ? (
            <p className={styles.pending} data-testid="draft-pending">
              {t.pending(pendingLabels.join(', '))}
            </p>
          ) : null}
          {draft && engine ? (
            draft.result.documents.map((doc) => (
              <DocumentPreview
                key={doc.kind}
                engine={engine}
                locale={locale}
                t={t}
                document={doc}
                edit={editOf(edits, doc.kind)}
                onEdit={(edit) => setEdits((previous) => withEdit(previous, doc.kind, edit))}
                input={draft.input}
                company={values['recipient.company']}
                from={from}
                to={to}
                printable={doc.kind === printableKind}
                printWarnings={printWarnings}
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

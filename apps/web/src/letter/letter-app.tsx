'use client';

import type { Locale } from '@rescind/core';
import type { Address } from '@rescind/core/letter';
import { getFormVocabulary } from '@rescind/core/vocabulary';
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { getLetterDictionary } from '../i18n/letter.ts';
import { AdviceList } from './advice-list.tsx';
import { CheckAnswers } from './check-answers.tsx';
import { type DocumentEdit, DocumentPreview } from './document-preview.tsx';
import { ErrorSummary } from './error-summary.tsx';
import {
  channelFromSearch,
  emptyValues,
  type FieldName,
  type FlagField,
  type FormValues,
  fieldId,
  type TextField,
} from './form-values.ts';
import { greetingOf } from './greeting.ts';
import styles from './letter.module.css';
import { LetterForm } from './letter-form.tsx';
import { loadEngine, useEngine, useWideScreen } from './load-engine.ts';
import { fieldLabel, issueField, issueMessage } from './messages.ts';
import { PositionPanel } from './position-panel.tsx';
import {
  nextStep,
  previousStep,
  type QuestionStep,
  questionSteps,
  type Step,
  stepFields,
  stepFromSearch,
  stepHref,
  stepOf,
  steps,
} from './steps.ts';
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

type Focus = { kind: 'heading' | 'summary' | 'document' } | { kind: 'field'; id: string };

const isQuestion = (step: Step): step is QuestionStep =>
  (questionSteps as readonly Step[]).includes(step);

/**
 * The letter generator: the site's one client island, a guided flow of question pages, a page to
 * check the answers and the result. Every keystroke re-validates with core and rewrites the
 * drafts, a render behind the keystroke; an answer missing or refused is a placeholder or the last
 * good answer, so the draft never vanishes. On a wide screen the draft sits beside the questions;
 * on a phone the result is its own step, and the drafts are not laid out or checked before it.
 * Nothing leaves the browser.
 */
export function LetterApp({ locale }: { locale: Locale }) {
  const t = getLetterDictionary(locale);
  const form = getFormVocabulary(locale);
  const [values, setValues] = useState<FormValues>(emptyValues);
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [step, setStep] = useState<Step>('situation');
  const [attempted, setAttempted] = useState<ReadonlySet<Step>>(new Set());
  const [restored, setRestored] = useState(false);
  const [notice, setNotice] = useState('');
  const [confirming, setConfirming] = useState(false);
  const summaryRef = useRef<HTMLElement>(null);
  const lastGood = useRef<FormValues | null>(null);
  const [focus, setFocus] = useState<Focus | null>(null);
  // On a wide screen the draft sits beside the questions; on a phone it is the result step's.
  const wide = useWideScreen();
  const showDrafts = wide || step === 'result';
  // The questions show at once; the engine, and with it the draft, at the first touch or once the
  // page is idle. A phone's first question page shows nothing of the engine's: it waits for the touch.
  const engine = useEngine(showDrafts || step !== 'situation');

  // Restore after hydration, so the server-rendered form and the first client render agree.
  useEffect(() => {
    const saved = loadState(locale);
    const channel = channelFromSearch(window.location.search);
    const next = saved?.values ?? emptyValues();
    setValues(channel ? { ...next, channel } : next);
    setEdits(saved?.edits ?? {});
    setStep(stepFromSearch(window.location.search));
    setRestored(true);
    // The browser's back and forward buttons move between steps; the answers stay.
    const onPop = () => {
      setStep(stepFromSearch(window.location.search));
      setFocus({ kind: 'heading' });
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [locale]);

  useEffect(() => {
    if (!restored) return;
    // A form as fresh as a new one is not worth keeping: "forget" stays forgotten.
    const untouched =
      JSON.stringify(values) === JSON.stringify(emptyValues()) && Object.keys(edits).length === 0;
    if (untouched) forgetState(locale);
    else saveState(locale, { values, edits });
  }, [restored, locale, values, edits]);

  // The draft follows the answers a render behind: typing stays quick while it is rewritten.
  const drafted = useDeferredValue(values);
  const draft = useMemo(
    () => (engine ? engine.composeDraft(drafted, locale, lastGood.current) : null),
    [engine, drafted, locale],
  );
  useEffect(() => {
    if (draft && draft.pending.length === 0) lastGood.current = drafted;
  }, [draft, drafted]);
  const complete = draft !== null && draft.pending.length === 0;
  // Errors follow the answers as they are, not the deferred draft: a summary that Enter moves
  // focus to must not read out what was true a keystroke ago.
  const issues = useMemo(
    () => (engine ? engine.answerIssues(values, locale) : []),
    [engine, values, locale],
  );
  const position = useMemo(
    () =>
      draft && complete ? draft.result.position : (engine?.positionFor(drafted, locale) ?? null),
    [engine, draft, complete, drafted, locale],
  );

  // Focus moves only after the render that shows its target.
  useEffect(() => {
    if (!focus) return;
    if (focus.kind === 'summary') summaryRef.current?.focus();
    else if (focus.kind === 'document') {
      const first = document.querySelector<HTMLElement>('[data-document-title]');
      if (!first) return; // the engine is still loading: try again once the draft is there
      first.focus();
      first.scrollIntoView({ block: 'start' });
    } else {
      const target = document.getElementById(focus.kind === 'field' ? focus.id : 'step-title');
      target?.focus();
      target?.scrollIntoView({ block: focus.kind === 'field' ? 'center' : 'start' });
    }
    setFocus(null);
  }, [focus, draft]);

  /** The problems a page shows: its own fields', or all of them on the check page. */
  const issuesOf = (of: Step) =>
    isQuestion(of)
      ? issues.filter((issue) => stepFields[of].includes(issueField(issue.path)))
      : of === 'check'
        ? issues
        : [];
  const shownIssues = attempted.has(step) ? issuesOf(step) : [];

  // The page title carries the errors, so a screen reader and the tab strip say so too.
  const errorCount = shownIssues.length;
  useEffect(() => {
    const base = document.title.replace(/^\([^)]*\) /, '');
    document.title = errorCount > 0 ? `(${t.titleWithErrors(errorCount)}) ${base}` : base;
  }, [errorCount, t]);

  const errors: Partial<Record<FieldName, string>> = {};
  for (const issue of issues) {
    const field = issueField(issue.path);
    if (attempted.has(stepOf(field)) || attempted.has('check'))
      errors[field] ??= issueMessage(t, form, issue);
  }

  const go = (next: Step, field?: FieldName) => {
    window.history.pushState(null, '', stepHref(next));
    setStep(next);
    setFocus(
      next === 'result'
        ? { kind: 'document' }
        : field
          ? { kind: 'field', id: fieldId(field) }
          : { kind: 'heading' },
    );
  };

  const onText = (name: TextField, value: string) => {
    setNotice('');
    setValues((previous) => ({ ...previous, [name]: value }));
  };
  const onFlag = (name: FlagField, value: boolean) => {
    setNotice('');
    setValues((previous) => ({ ...previous, [name]: value }));
  };
  const onContinue = async () => {
    // Checked against the answers as they are now, even if the engine was still on its way.
    const loaded = engine ?? (await loadEngine());
    const fields: readonly FieldName[] = isQuestion(step)
      ? stepFields[step]
      : questionSteps.flatMap((each) => stepFields[each]);
    const open = loaded
      .answerIssues(values, locale)
      .filter((issue) => fields.includes(issueField(issue.path)));
    setAttempted((previous) => new Set([...previous, step]));
    if (open.length > 0) setFocus({ kind: 'summary' });
    else go(nextStep(step));
  };
  const forget = () => {
    forgetAll();
    lastGood.current = null;
    setValues(emptyValues());
    setEdits({});
    setAttempted(new Set());
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
  const greeting = greetingOf(result);
  const pendingLabels = (draft?.pending ?? []).map((field) => fieldLabel(form, field));
  const stepNumber = steps.indexOf(step) + 1;

  const summary =
    shownIssues.length > 0 ? (
      <ErrorSummary
        ref={summaryRef}
        t={t}
        issues={shownIssues.map((issue) => ({
          ...issue,
          path: issueField(issue.path),
          message: issueMessage(t, form, issue),
        }))}
        onMissing={(path) => go(stepOf(path as FieldName), path as FieldName)}
      />
    ) : null;

  const drafts = (
    <section aria-labelledby="preview-title" className={styles.drafts}>
      <h2 id="preview-title" className={step === 'result' ? 'visually-hidden' : undefined}>
        {t.previewHeading}
      </h2>
      {step !== 'result' ? <p className={styles.muted}>{t.flow.draftAside}</p> : null}
      {pendingLabels.length > 0 ? (
        <p className={styles.pending} data-testid="draft-pending">
          {t.pending(pendingLabels.join(', '))}
        </p>
      ) : null}
      {draft && engine && showDrafts ? (
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
  );

  const forgetBlock = (
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
  );

  return (
    <div className={step === 'result' ? styles.resultLayout : styles.app} data-step={step}>
      <div className={styles.formColumn}>
        <noscript>
          <p className={styles.error}>{t.noScript}</p>
        </noscript>
        <nav aria-label={t.flow.progressLabel} className={styles.progress}>
          <ol>
            {steps.map((each, index) => (
              <li key={each}>
                <a
                  href={stepHref(each)}
                  aria-current={each === step ? 'step' : undefined}
                  onClick={(event) => {
                    event.preventDefault();
                    go(each);
                  }}
                >
                  <span aria-hidden="true">{index + 1}</span>
                  <span className={styles.progressName}>{t.flow.steps[each]}</span>
                </a>
              </li>
            ))}
          </ol>
        </nav>
        <p className={styles.stepCount}>{t.flow.progress(stepNumber, steps.length)}</p>
        <h2 id="step-title" tabIndex={-1} className={styles.stepTitle}>
          {t.flow.steps[step]}
        </h2>
        {summary}
        {isQuestion(step) ? (
          <LetterForm
            locale={locale}
            t={t}
            form={form}
            values={values}
            errors={errors}
            askGreetingName={askGreetingName}
            greeting={greeting}
            onText={onText}
            onFlag={onFlag}
            onSubmit={() => void onContinue()}
            step={step}
            after={
              step === 'position' ? (
                <PositionPanel locale={locale} t={t} position={position} />
              ) : null
            }
            continueLabel={t.flow.continue}
            backLabel={t.flow.back}
            onBack={step === 'situation' ? undefined : () => go(previousStep(step))}
          />
        ) : null}
        {step === 'check' ? (
          <>
            <CheckAnswers
              locale={locale}
              t={t}
              form={form}
              values={values}
              onChange={(to, field) => go(to, field)}
            />
            <div className={styles.stepButtons}>
              <button type="button" className={styles.primary} onClick={() => void onContinue()}>
                {t.flow.toResult}
              </button>
              <button type="button" className={styles.back} onClick={() => go('job')}>
                {t.flow.back}
              </button>
            </div>
          </>
        ) : null}
        {step === 'result' ? (
          <>
            <p className={styles.resultIntro}>{t.flow.resultIntro}</p>
            {drafts}
            <PositionPanel locale={locale} t={t} position={position} />
            <AdviceList locale={locale} t={t} advice={result?.advice ?? null} />
            <div className={styles.stepButtons}>
              <button type="button" className={styles.back} onClick={() => go('check')}>
                {t.flow.back}
              </button>
            </div>
          </>
        ) : null}
        {forgetBlock}
      </div>

      {step !== 'result' ? <div className={styles.previewColumn}>{drafts}</div> : null}
    </div>
  );
}

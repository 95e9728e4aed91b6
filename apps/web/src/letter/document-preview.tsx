'use client';

import type { Locale } from '@rescind/core';
import type {
  Address,
  Finding,
  LetterDocument,
  LetterParts,
  ValidLetterInput,
} from '@rescind/core/letter';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { LetterDictionary } from '../i18n/index.ts';
import { download, type FileFormat, fileName } from './files.ts';
import styles from './letter.module.css';
import { LintFindings } from './lint-findings.tsx';
import type { Engine } from './load-engine.ts';
import { PrintedLetter } from './printed-letter.tsx';

/**
 * The .eml as a draft to send, not a message received: `X-Unsent: 1` makes Outlook and Apple Mail
 * open it ready to edit and send. Added here because core's `toEml` does not write it (yet); it
 * goes last in the header, before the blank line that ends it.
 */
export function asDraft(eml: string): string {
  const end = eml.search(/\r?\n\r?\n/);
  if (end < 0 || /^X-Unsent:/im.test(eml.slice(0, end))) return eml;
  const newline = eml.slice(end).startsWith('\r\n') ? '\r\n' : '\n';
  return `${eml.slice(0, end)}${newline}X-Unsent: 1${eml.slice(end)}`;
}

/** A posted letter's parts, for its print layout; other documents have none to lay out. */
function letterPartsOf(doc: LetterDocument): LetterParts | undefined {
  return doc.kind === 'letter' ? doc.parts : undefined;
}

/** What the person changed by hand in one document, and what the engine had written then. */
export interface DocumentEdit {
  text?: string | undefined;
  subject?: string | undefined;
  /** The engine's text and subject when editing began: a later answer that changes them warns. */
  baseText?: string | undefined;
  baseSubject?: string | undefined;
}

export interface DocumentPreviewProps {
  engine: Engine;
  locale: Locale;
  t: LetterDictionary;
  document: LetterDocument;
  edit: DocumentEdit | undefined;
  onEdit: (edit: DocumentEdit | undefined) => void;
  /** The answers the drafts were written from: the lint passes over the names in them. */
  input: ValidLetterInput;
  company: string;
  from: Address | null;
  to: Address | null;
  /** The document the print stylesheet lays out on A4. */
  printable: boolean;
  /** Why the printed letter would not arrive (an address missing), shown next to Print. */
  printWarnings: string[];
}

/**
 * One draft: editable (the subject too), checked against the guide a moment after the person
 * stops typing, and ready to copy, save, send or print. Once edited by hand, the text and its
 * subject stay as the person left them together, and a changed answer is flagged, never merged
 * into one half.
 */
export function DocumentPreview(props: DocumentPreviewProps) {
  const { locale, t, document: doc, edit, input, engine } = props;
  const { createDraftChecker, fitsInMailto, lintOptionsFor, toEml, toMailto, tryFormat } = engine;
  const edited = edit?.text !== undefined || edit?.subject !== undefined;
  const text = edit?.text ?? (edited ? (edit?.baseText ?? doc.text) : doc.text);
  const subject = edit?.subject ?? (edited ? (edit?.baseSubject ?? doc.subject) : doc.subject);
  const stale =
    edited &&
    ((edit?.baseText !== undefined && edit.baseText !== doc.text) ||
      (edit?.baseSubject !== undefined && edit.baseSubject !== doc.subject));
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState('');
  const [findings, setFindings] = useState<Finding[]>([]);
  const id = `doc-${doc.kind}`;
  const checker = useMemo(
    () => createDraftChecker((found) => setFindings(found)),
    [createDraftChecker],
  );
  const options = useMemo(() => lintOptionsFor(input), [lintOptionsFor, input]);
  useEffect(() => {
    checker.check(text, options);
  }, [checker, text, options]);
  useEffect(() => () => checker.cancel(), [checker]);

  // The subject travels as its own line only where the text does not already carry it (a letter's
  // "Ärende:" line is part of its text).
  const separateSubject = subject !== undefined && !text.includes(subject);
  // The document as edited: its kind, and so whether it has a subject, stay as core made it.
  const current = {
    ...doc,
    text,
    ...(subject === undefined ? {} : { subject }),
    markdown: edited ? text : doc.markdown,
  } as LetterDocument;
  const change = (patch: DocumentEdit) =>
    props.onEdit({
      baseText: edit?.baseText ?? doc.text,
      baseSubject: edit?.baseSubject ?? doc.subject,
      text,
      subject,
      ...patch,
    });

  /** PDF and Word files are made by modules of their own, loaded the first time they are asked for. */
  const saveFile = async (format: 'pdf' | 'docx') => {
    setStatus(t.actions.preparing);
    // The letter's parts travel with its text: the layout comes from them (see `letterParts`).
    const options = {
      locale,
      kind: doc.kind,
      title: doc.title,
      text,
      company: props.company,
      parts: letterPartsOf(doc),
    };
    const name = fileName(locale, doc.kind, props.company, format);
    let content: Uint8Array | Blob;
    if (format === 'pdf') {
      const pdf = await import('./pdf.ts');
      // A PDF with empty boxes for a name would look finished and be wrong: send them to Print.
      const missing = pdf.missingCharacters(`${doc.title}\n${text}`);
      if (missing.length > 0) {
        setStatus(t.actions.pdfCannotShow(missing.join('')));
        return;
      }
      content = await pdf.documentPdf(options);
    } else {
      content = await (await import('./docx.ts')).documentDocx(options);
    }
    download(name, format, content);
    setStatus('');
  };

  const save = (format: FileFormat) => {
    checker.flush();
    if (format === 'pdf' || format === 'docx') {
      void saveFile(format);
      return;
    }
    const name = fileName(locale, doc.kind, props.company, format);
    if (format === 'eml') {
      const { from, to } = props;
      if (!from || !to) return;
      const eml = tryFormat(() => toEml(current, { from, to, locale }));
      if (eml.ok) download(name, format, asDraft(eml.value));
      else setStatus(t.formatErrors[eml.code]);
    } else {
      download(name, format, format === 'md' ? current.markdown : withSubject());
    }
  };

  /** What will be sent: the subject line first, where it is not in the text already. */
  const withSubject = () => (separateSubject ? `${t.subject}: ${subject}\n\n${text}` : text);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(withSubject());
      setStatus(t.actions.copied);
    } catch {
      setStatus(t.actions.copyFailed);
    }
  };

  const show = (start: number, end: number) => {
    const area = textareaRef.current;
    if (!area) return;
    area.focus();
    area.setSelectionRange(start, end);
  };

  const isEmail = doc.kind === 'email';
  const canEml = isEmail && props.from !== null && props.to !== null;
  const { to } = props;
  const mailto = isEmail && to ? tryFormat(() => toMailto(current, { to, locale })) : null;
  const mailtoFits = mailto?.ok ? fitsInMailto(mailto.value) : false;
  // The letter prints for its envelope; a call script or meeting notes print to take along.
  const printing = props.printable && doc.kind !== 'email';
  const isLetter = doc.kind === 'letter';

  return (
    <section aria-labelledby={`${id}-title`} className={styles.document}>
      <h3 id={`${id}-title`} tabIndex={-1} data-document-title>
        {doc.title}
      </h3>

      <fieldset className={styles.actions}>
        <legend className="visually-hidden">{t.actions.label(doc.title)}</legend>
        {mailto?.ok && mailtoFits ? (
          <a className={styles.primaryAction} href={mailto.value}>
            {t.actions.openMail}
          </a>
        ) : null}
        {printing ? (
          <button
            type="button"
            className={styles.primaryAction}
            aria-describedby={
              isLetter && props.printWarnings.length > 0 ? `${id}-print-warning` : undefined
            }
            onClick={() => window.print()}
          >
            {!isLetter
              ? t.actions.printNotes
              : props.printWarnings.length > 0
                ? t.printAnyway
                : t.actions.print}
          </button>
        ) : null}
        <button type="button" onClick={copy}>
          {t.actions.copy}
        </button>
        {canEml ? (
          <button type="button" onClick={() => save('eml')}>
            {t.actions.downloadEml}
          </button>
        ) : null}
        {doc.kind !== 'email' ? (
          <>
            <button type="button" onClick={() => save('pdf')}>
              {t.actions.downloadPdf}
            </button>
            <button type="button" onClick={() => save('docx')}>
              {t.actions.downloadDocx}
            </button>
          </>
        ) : null}
        <button type="button" onClick={() => save('txt')}>
          {t.actions.downloadTxt}
        </button>
        <button type="button" onClick={() => save('md')}>
          {t.actions.downloadMd}
        </button>
      </fieldset>
      {printing && isLetter && props.printWarnings.length > 0 ? (
        <ul id={`${id}-print-warning`} className={styles.printWarning}>
          {props.printWarnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      ) : null}
      {isEmail && !canEml ? <p className={styles.muted}>{t.actions.needsEmails}</p> : null}
      {mailto?.ok && !mailtoFits ? <p className={styles.muted}>{t.mailtoTooLong}</p> : null}
      {mailto && !mailto.ok ? <p className={styles.error}>{t.formatErrors[mailto.code]}</p> : null}
      <p role="status" className={styles.status}>
        {status}
      </p>

      {subject !== undefined && separateSubject ? (
        <div className={styles.subjectField}>
          <label htmlFor={`${id}-subject`}>{t.subject}</label>
          <input
            id={`${id}-subject`}
            className={styles.input}
            aria-label={t.subjectLabel(doc.title)}
            value={subject}
            spellCheck
            lang={locale}
            onChange={(event) => change({ subject: event.target.value })}
          />
        </div>
      ) : null}
      <textarea
        ref={textareaRef}
        id={`${id}-text`}
        data-testid="letter-preview"
        aria-label={t.previewLabel(doc.title)}
        aria-describedby={`${id}-lint`}
        className={styles.preview}
        value={text}
        rows={Math.min(28, Math.max(8, text.split('\n').length + 1))}
        spellCheck
        lang={locale}
        onChange={(event) => change({ text: event.target.value })}
        onBlur={() => checker.flush()}
      />
      {edited ? (
        <p className={stale ? styles.staleNote : styles.edited}>
          {stale ? t.stale : t.edited}{' '}
          <button type="button" className={styles.link} onClick={() => props.onEdit(undefined)}>
            {stale ? t.rewrite : t.reset}
          </button>
        </p>
      ) : null}

      <LintFindings id={`${id}-lint`} t={t} findings={findings} onShow={show} />

      {printing ? (
        <div className={styles.printOnly} aria-hidden="true">
          <PrintedLetter
            locale={locale}
            source={{ kind: doc.kind, text, parts: letterPartsOf(doc) }}
          />
        </div>
      ) : null}
    </section>
  );
}

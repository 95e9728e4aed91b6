'use client';

import type { Locale } from '@rescind/core';
import {
  type Address,
  type LetterDocument,
  toEml,
  toMailto,
  type ValidLetterInput,
} from '@rescind/core/letter';
import { useMemo, useRef, useState } from 'react';
import type { LetterDictionary } from '../i18n/index.ts';
import { lintDraft, tryFormat } from './draft-checks.ts';
import { download, type FileFormat, fileName } from './files.ts';
import styles from './letter.module.css';
import { LintFindings } from './lint-findings.tsx';

export interface DocumentPreviewProps {
  locale: Locale;
  t: LetterDictionary;
  document: LetterDocument;
  /** The person's edited text, if they changed the draft. */
  edited: string | undefined;
  onEdit: (text: string | undefined) => void;
  /** The validated answers the drafts were written from: the lint passes over the names in them. */
  input: ValidLetterInput;
  company: string;
  from: Address | null;
  to: Address | null;
  /** The document the print stylesheet lays out on A4. */
  printable: boolean;
}

/**
 * One draft: editable, checked against the guide as the person types, and ready to copy, save,
 * send or print.
 */
export function DocumentPreview(props: DocumentPreviewProps) {
  const { locale, t, document: doc } = props;
  const text = props.edited ?? doc.text;
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState('');
  const id = `doc-${doc.kind}`;
  const { input } = props;
  const findings = useMemo(() => lintDraft(doc.kind, text, input), [doc.kind, text, input]);
  const current: LetterDocument = { ...doc, text, markdown: props.edited ?? doc.markdown };

  const save = (format: FileFormat) => {
    const name = fileName(locale, doc.kind, props.company, format);
    if (format === 'eml') {
      const { from, to } = props;
      if (!from || !to) return;
      const eml = tryFormat(() => toEml(current, { from, to, locale }));
      if (eml.ok) download(name, format, eml.value);
      else setStatus(t.formatErrors[eml.code]);
    } else {
      download(name, format, format === 'md' ? current.markdown : current.text);
    }
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
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

  return (
    <section aria-labelledby={`${id}-title`} className={styles.document}>
      <h3 id={`${id}-title`}>{doc.title}</h3>
      {doc.subject ? (
        <p className={styles.subject}>
          <strong>{t.subject}:</strong> {doc.subject}
        </p>
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
        onChange={(event) => props.onEdit(event.target.value)}
      />
      {props.edited !== undefined ? (
        <p className={styles.edited}>
          {t.edited}{' '}
          <button type="button" className={styles.link} onClick={() => props.onEdit(undefined)}>
            {t.reset}
          </button>
        </p>
      ) : null}

      <LintFindings id={`${id}-lint`} t={t} findings={findings} onShow={show} />

      <fieldset className={styles.actions}>
        <legend className="visually-hidden">{t.actions.label(doc.title)}</legend>
        <button type="button" onClick={copy}>
          {t.actions.copy}
        </button>
        <button type="button" onClick={() => save('txt')}>
          {t.actions.downloadTxt}
        </button>
        <button type="button" onClick={() => save('md')}>
          {t.actions.downloadMd}
        </button>
        {canEml ? (
          <button type="button" onClick={() => save('eml')}>
            {t.actions.downloadEml}
          </button>
        ) : null}
        {mailto?.ok ? <a href={mailto.value}>{t.actions.openMail}</a> : null}
        {props.printable && doc.kind === 'letter' ? (
          <button type="button" onClick={() => window.print()}>
            {t.actions.print}
          </button>
        ) : null}
      </fieldset>
      {isEmail && !canEml ? <p className={styles.muted}>{t.actions.needsEmails}</p> : null}
      {mailto && !mailto.ok ? <p className={styles.error}>{t.formatErrors[mailto.code]}</p> : null}
      <p role="status" className={styles.status}>
        {status}
      </p>

      {props.printable ? (
        <div className={styles.printOnly} aria-hidden="true">
          {text}
        </div>
      ) : null}
    </section>
  );
}

'use client';

import type { InputIssue } from '@rescind/core/letter';
import type { Ref } from 'react';
import type { LetterDictionary } from '../i18n/index.ts';
import { fieldId } from './form-values.ts';
import styles from './letter.module.css';

/**
 * Every problem at once, above the form. It takes focus after a failed submit so a screen reader
 * reads it; each entry links to (and focuses) its field.
 */
export function ErrorSummary(props: {
  t: LetterDictionary;
  issues: InputIssue[];
  ref: Ref<HTMLElement>;
  /** A field not on this page (the check page lists them all): go to its question. */
  onMissing?: (path: string) => void;
}) {
  const { t, issues } = props;
  return (
    <section
      ref={props.ref}
      tabIndex={-1}
      className={styles.summary}
      aria-labelledby="error-summary-title"
    >
      <h2 id="error-summary-title">{t.errorSummaryTitle}</h2>
      <p>{t.errorCount(issues.length)}</p>
      <ul>
        {issues.map((issue) => (
          <li key={`${issue.path}:${issue.code}`}>
            <a
              href={`#${fieldId(issue.path)}`}
              onClick={(event) => {
                const field = document.getElementById(fieldId(issue.path));
                event.preventDefault();
                if (!field) {
                  props.onMissing?.(issue.path);
                  return;
                }
                field.focus();
                field.scrollIntoView({ block: 'center' });
              }}
            >
              {issue.message}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

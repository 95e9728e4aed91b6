'use client';

import type { Finding } from '@rescind/core/letter';
import type { LetterDictionary } from '../i18n/index.ts';
import styles from './letter.module.css';

/**
 * What the guide would say about the draft as it stands. A finding tied to particular words can
 * select them in the text, since a textarea cannot highlight.
 */
export function LintFindings(props: {
  id: string;
  t: LetterDictionary;
  findings: Finding[];
  onShow: (start: number, end: number) => void;
}) {
  const { t, findings } = props;
  return (
    <div id={props.id} className={styles.lint}>
      <h4>{t.lintHeading}</h4>
      {findings.length === 0 ? (
        <p>{t.lintClean}</p>
      ) : (
        <ul>
          {findings.map((finding) => {
            const { start, end } = finding;
            return (
              <li key={`${finding.code}:${start ?? ''}`} className={styles[finding.severity]}>
                <strong>{t.severities[finding.severity]}:</strong> {finding.message}
                {start !== undefined && end !== undefined ? (
                  <>
                    {' '}
                    <button
                      type="button"
                      className={styles.link}
                      onClick={() => props.onShow(start, end)}
                    >
                      {t.showInText}
                    </button>
                  </>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

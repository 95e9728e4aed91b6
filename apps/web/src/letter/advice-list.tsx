import type { Locale } from '@rescind/core';
import type { Advice } from '@rescind/core/letter';
import type { LetterDictionary } from '../i18n/index.ts';
import { guidePath } from '../routes.ts';
import styles from './letter.module.css';

/** The guide's advice for this person's situation, each item linked to the section it comes from. */
export function AdviceList(props: {
  locale: Locale;
  t: LetterDictionary;
  advice: Advice[] | null;
}) {
  const { locale, t, advice } = props;
  return (
    <section aria-labelledby="advice-title" className={styles.advice}>
      <h2 id="advice-title">{t.adviceHeading}</h2>
      {advice === null ? (
        <p className={styles.muted}>{t.adviceEmpty}</p>
      ) : (
        <ul className={styles.adviceList}>
          {advice.map((item) => (
            <li key={item.code} className={styles[item.severity]}>
              <strong>{t.severities[item.severity]}:</strong> {item.message}{' '}
              <a href={guidePath(locale, item.sectionId)}>{t.readInGuide}</a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

import type { Article } from '@rescind/core';
import type { Locale } from '../i18n/dictionary.ts';
import { getDictionary } from '../i18n/index.ts';
import { letterPath, positionPath } from '../routes.ts';
import styles from './front-door.module.css';

/**
 * What a person who just said yes to the wrong job needs first: what this does for them, two ways
 * in, and the five steps on one screen. The guide follows for whoever wants the whole reasoning.
 */
export function FrontDoor({ locale, article }: { locale: Locale; article: Article }) {
  const t = getDictionary(locale).front;
  return (
    <section aria-labelledby="front-title" className={styles.front}>
      <h1 id="front-title" className={styles.title}>
        {t.title}
      </h1>
      <p className={styles.lead}>{t.lead}</p>
      <p className={styles.starts}>
        <a className={styles.primary} href={letterPath(locale)}>
          {t.write}
        </a>
        <a className={styles.secondary} href={positionPath(locale)}>
          {t.position}
        </a>
      </p>
      <h2 className={styles.stepsTitle}>{t.stepsTitle}</h2>
      <ol className={styles.glance}>
        {article.steps.map((step) => (
          <li key={step.id}>
            <span className={styles.number} aria-hidden="true">
              {step.number}
            </span>
            <a href={`#${step.id}`}>{stepTitle(step.title)}</a>
          </li>
        ))}
      </ol>
      <p className={styles.toGuide}>
        <a href="#guide-title">{t.toGuide}</a>
      </p>
    </section>
  );
}

/** "Steg 1: Agera snabbt" → "Agera snabbt": the list already numbers the steps. */
function stepTitle(title: string): string {
  return title.replace(/^(?:steg|stap)\s*\d+\s*[:.–-]\s*/i, '');
}

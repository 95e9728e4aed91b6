import type { Locale } from '@rescind/core';
import { formatLongDate, type Position } from '@rescind/core/letter';
import type { LetterDictionary } from '../i18n/index.ts';
import { guidePath, positionPanelId } from '../routes.ts';
import styles from './letter.module.css';

/** Core closes every position with this message; the panel shows it last, under the sources. */
const notLegalAdvice = 'not-legal-advice';

/**
 * Where the person stands under their country's employment law: core's `position`, laid out. The
 * outcome's one-line summary is the only text of the web's own; everything else is core's wording.
 */
export function PositionPanel(props: {
  locale: Locale;
  t: LetterDictionary;
  position: Position | null;
}) {
  const { locale, t, position } = props;
  const p = t.position;
  const disclaimer = position?.messages.find((item) => item.code === notLegalAdvice);
  // The exposure is a message too; it gets its own heading here, so it is not listed twice.
  const exposure = position?.messages.find((item) => item.message === position.exposure);
  const messages =
    position?.messages.filter((item) => item.code !== notLegalAdvice && item !== exposure) ?? [];
  const dates = position
    ? [
        { label: p.noticeGiven, iso: position.noticeGiven },
        { label: p.lastDay, iso: position.lastDay },
      ].filter((date): date is { label: string; iso: string } => date.iso !== undefined)
    : [];

  return (
    <section id={positionPanelId} aria-labelledby="position-title" className={styles.position}>
      <h2 id="position-title">{p.heading}</h2>
      {/* Announced when an answer changes the outcome. */}
      <div aria-live="polite">
        {position ? (
          <p className={styles.outcome} data-outcome={position.outcome}>
            {p.outcomes[position.outcome]}
          </p>
        ) : (
          <p className={styles.muted}>{p.empty}</p>
        )}
      </div>
      {position ? (
        <>
          {dates.length > 0 ? (
            <dl className={styles.dates}>
              {dates.map((date) => (
                <div key={date.label}>
                  <dt>{date.label}</dt>
                  <dd>
                    <time dateTime={date.iso}>{formatLongDate(locale, date.iso)}</time>
                  </dd>
                </div>
              ))}
            </dl>
          ) : null}
          <ul className={styles.adviceList}>
            {messages.map((item) => (
              <li key={item.code} className={styles[item.severity]}>
                <strong>{t.severities[item.severity]}:</strong> {item.message}{' '}
                <a href={guidePath(locale, item.sectionId)}>{t.readInGuide}</a>
              </li>
            ))}
          </ul>
          {position.exposure ? (
            <>
              <h3>{p.exposure}</h3>
              <p>
                {position.exposure}{' '}
                {exposure ? (
                  <a href={guidePath(locale, exposure.sectionId)}>{t.readInGuide}</a>
                ) : null}
              </p>
            </>
          ) : null}
          <h3>{p.sources}</h3>
          <ul className={styles.sources}>
            {position.sources.map((source) => (
              <li key={source.url}>
                <a href={source.url} rel="noreferrer">
                  {source.title}
                </a>
              </li>
            ))}
          </ul>
          {disclaimer ? <p className={styles.disclaimer}>{disclaimer.message}</p> : null}
        </>
      ) : null}
    </section>
  );
}

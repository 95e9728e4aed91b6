import type { Article, SectionId } from '@rescind/core';
import type { Locale } from '../i18n/dictionary.ts';
import { getDictionary } from '../i18n/index.ts';
import { guidePath } from '../routes.ts';
import styles from './about.module.css';
import { editionChanges } from './edition-changes.ts';

function longDate(locale: Locale, isoDate: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

/**
 * "About this guide": what the edition is, and every change it made to the source's wording, the
 * original beside the edited text, part by part. Rendered on the server; it ships no JavaScript.
 */
export function AboutGuide({ locale, article }: { locale: Locale; article: Article }) {
  const dictionary = getDictionary(locale);
  const t = dictionary.about;
  const groups = editionChanges(article, {
    intro: t.introPart,
    stepLabel: dictionary.guide.stepLabel,
  });
  const count = groups.reduce((sum, group) => sum + group.changes.length, 0);
  const facts = [
    article.source ? { term: t.facts.source, value: article.source } : null,
    article.date ? { term: t.facts.published, value: longDate(locale, article.date) } : null,
    article.edited ? { term: t.facts.edited, value: longDate(locale, article.edited) } : null,
  ].filter((fact) => fact !== null);

  return (
    <article className={styles.about}>
      <h1>{t.title}</h1>
      <p className={styles.lead}>{t.lead}</p>
      {facts.length > 0 ? (
        <dl className={styles.facts}>
          {facts.map((fact) => (
            <div key={fact.term}>
              <dt>{fact.term}</dt>
              <dd>{fact.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {t.body.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}

      <section aria-labelledby="changes">
        <h2 id="changes">{t.changesTitle}</h2>
        <p>{t.changesIntro(count)}</p>
        {groups.map((group) => (
          // Not labelled regions: three dozen landmarks would bury the page's own.
          <section key={group.id} className={styles.part}>
            <h3 id={`changes-${group.id}`}>
              <a
                href={
                  group.id === 'intro'
                    ? guidePath(locale)
                    : guidePath(locale, group.id as SectionId)
                }
              >
                {group.title}
              </a>
            </h3>
            <ol className={styles.changes}>
              {group.changes.map((change) => (
                <li key={`${change.original}\u0000${change.correction}`}>
                  <dl className={styles.change}>
                    <div className={styles.original}>
                      <dt>{t.original}</dt>
                      <dd>
                        <blockquote lang={locale}>
                          <p>{change.original}</p>
                        </blockquote>
                      </dd>
                    </div>
                    <div className={styles.edited}>
                      <dt>{t.edited}</dt>
                      <dd>
                        <blockquote lang={locale}>
                          <p>{change.correction}</p>
                        </blockquote>
                      </dd>
                    </div>
                  </dl>
                </li>
              ))}
            </ol>
          </section>
        ))}
      </section>
    </article>
  );
}

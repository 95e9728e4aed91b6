import type { Article } from '@rescind/core';
import type { Locale } from '../i18n/dictionary.ts';
import { getDictionary } from '../i18n/index.ts';
import { letterPath, positionPath } from '../routes.ts';
import { aboutPath } from './about-route.ts';
import { Blocks } from './blocks.tsx';
import { ChannelComparison } from './channel-comparison.tsx';
import styles from './guide.module.css';
import { TableOfContents } from './table-of-contents.tsx';

/** The source's step titles usually carry their number ("Steg 1: …"); add it where one does not. */
export function stepHeading(title: string, label: string): string {
  return title.toLocaleLowerCase().startsWith(label.toLocaleLowerCase())
    ? title
    : `${label}: ${title}`;
}

/**
 * The whole guide, rendered on the server from core's model: nothing here needs JavaScript to read.
 * Promotions in the source are left out on purpose. The text is the edited edition; what the source
 * said instead is on the about page, which the credit links to, not repeated under each section.
 */
export function GuideArticle({ locale, article }: { locale: Locale; article: Article }) {
  const t = getDictionary(locale).guide;
  const longDate = (isoDate: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${isoDate}T00:00:00Z`),
    );

  return (
    <article className={styles.article}>
      <h2 id="guide-title" className={styles.title}>
        {article.title}
      </h2>
      <div className={styles.intro}>
        <Blocks blocks={article.intro} />
      </div>

      <TableOfContents locale={locale} article={article} />

      <section aria-labelledby="reasons" className={styles.group}>
        <h2 id="reasons">{article.groups.reasons.title}</h2>
        <Blocks blocks={article.groups.reasons.blocks} />
        {article.reasons.map((reason) => (
          <section key={reason.id} aria-labelledby={reason.id}>
            <h3 id={reason.id}>{reason.title}</h3>
            <Blocks blocks={reason.blocks} />
          </section>
        ))}
      </section>

      <section aria-labelledby="steps" className={styles.group}>
        <h2 id="steps">{article.groups.steps.title}</h2>
        <Blocks blocks={article.groups.steps.blocks} />
        <ol className={styles.steps}>
          {article.steps.map((step) => (
            <li key={step.id} className={styles.step}>
              <h3 id={step.id}>{stepHeading(step.title, t.stepLabel(step.number))}</h3>
              <Blocks blocks={step.blocks} />
              {/* Reading the contract is where the law's questions come up. */}
              {step.id === 'step-contract' ? (
                <p className={styles.toLetter}>
                  <a href={positionPath(locale)}>{t.seePosition}</a>
                </p>
              ) : null}
              <p className={styles.toLetter}>
                <a href={letterPath(locale)}>{t.writeLetter}</a>
              </p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="good-faith" className={styles.group}>
        <h2 id="good-faith">{article.goodFaith.title}</h2>
        <Blocks blocks={article.goodFaith.blocks} />
      </section>

      <section aria-labelledby="channels" className={styles.group}>
        <h2 id="channels">{article.groups.channels.title}</h2>
        <Blocks blocks={article.groups.channels.blocks} />
        <ChannelComparison locale={locale} article={article} />
        {article.channels.map((channel) => (
          <section key={channel.id} aria-labelledby={channel.id}>
            <h3 id={channel.id}>{channel.title}</h3>
            <Blocks blocks={channel.blocks} />
            <p className={styles.toLetter}>
              <a href={letterPath(locale, channel.channel)}>
                {t.writeLetterFor(t.channelNames[channel.channel])}
              </a>
            </p>
          </section>
        ))}
      </section>

      <section aria-labelledby="downsides" className={styles.group}>
        <h2 id="downsides">{article.groups.downsides.title}</h2>
        <Blocks blocks={article.groups.downsides.blocks} />
        {article.downsides.map((downside) => (
          <section key={downside.id} aria-labelledby={downside.id}>
            <h3 id={downside.id}>{downside.title}</h3>
            <Blocks blocks={downside.blocks} />
            <h4>{downside.avoidTitle}</h4>
            <ul>
              {downside.avoid.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </section>
        ))}
      </section>

      <section aria-labelledby="verdict" className={styles.group}>
        <h2 id="verdict">{article.verdict.title}</h2>
        <Blocks blocks={article.verdict.blocks} />
      </section>

      <section aria-labelledby="faq" className={styles.group}>
        <h2 id="faq">{article.groups.faq.title}</h2>
        <Blocks blocks={article.groups.faq.blocks} />
        {article.faq.map((faq) => (
          <details key={faq.id} id={faq.id} className={styles.faq}>
            <summary>{faq.question}</summary>
            <Blocks blocks={faq.answer} />
          </details>
        ))}
      </section>

      <aside aria-labelledby="cta-title" className={styles.cta}>
        <h2 id="cta-title">{t.ctaTitle}</h2>
        <p>{t.ctaBody}</p>
        <p>
          <a href={letterPath(locale)} className={styles.ctaLink}>
            {t.writeLetter}
          </a>
        </p>
      </aside>

      <p className={styles.credit}>
        {t.edition(article.edited && longDate(article.edited))}{' '}
        {article.source ? `${t.credit(article.source)} ` : null}
        {article.date ? `${t.published(longDate(article.date))} ` : null}
        <a href={aboutPath(locale)}>{t.aboutLink}</a>
      </p>
    </article>
  );
}

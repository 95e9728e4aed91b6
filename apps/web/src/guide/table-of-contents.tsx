import type { Article } from '@rescind/core';
import type { Locale } from '../i18n/dictionary.ts';
import { getDictionary } from '../i18n/index.ts';
import styles from './guide.module.css';

/** Anchors to every part of the guide; the steps are listed too, since people come for them. */
export function TableOfContents({ locale, article }: { locale: Locale; article: Article }) {
  const t = getDictionary(locale).guide;
  return (
    <nav aria-labelledby="toc-title" className={styles.toc}>
      <h2 id="toc-title">{t.tocTitle}</h2>
      <ol>
        <li>
          <a href="#reasons">{article.groups.reasons.title}</a>
        </li>
        <li>
          <a href="#steps">{article.groups.steps.title}</a>
          <ol>
            {article.steps.map((step) => (
              <li key={step.id}>
                <a href={`#${step.id}`}>{step.title}</a>
              </li>
            ))}
          </ol>
        </li>
        <li>
          <a href="#good-faith">{article.goodFaith.title}</a>
        </li>
        <li>
          <a href="#channels">{article.groups.channels.title}</a>
        </li>
        <li>
          <a href="#downsides">{article.groups.downsides.title}</a>
        </li>
        <li>
          <a href="#verdict">{article.verdict.title}</a>
        </li>
        <li>
          <a href="#faq">{article.groups.faq.title}</a>
        </li>
      </ol>
    </nav>
  );
}

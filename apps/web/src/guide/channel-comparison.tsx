import { type Article, channelFacts } from '@rescind/core';
import type { Locale } from '../i18n/dictionary.ts';
import { getDictionary } from '../i18n/index.ts';
import { letterPath } from '../routes.ts';
import styles from './guide.module.css';

/**
 * The four channels side by side. The facts come from core (`channelFacts`), the names from the
 * article, so the table and the letter engine can never disagree about a channel.
 */
export function ChannelComparison({ locale, article }: { locale: Locale; article: Article }) {
  const t = getDictionary(locale).guide;
  const c = t.comparison;
  const yesNo = (value: boolean) => (value ? c.yes : c.no);
  return (
    // On a phone each channel is a card of its facts (no sideways scrolling); wider, a table. The
    // region stays focusable, so a table wider than the screen still scrolls by keyboard.
    <section
      className={styles.tableWrap}
      aria-labelledby="comparison-caption"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
      tabIndex={0}
    >
      <table className={styles.table}>
        <caption id="comparison-caption">{c.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{c.channel}</th>
            <th scope="col">{c.writtenRecord}</th>
            <th scope="col">{c.speed}</th>
            <th scope="col">{c.personal}</th>
            <th scope="col">{c.followUp}</th>
            <th scope="col">
              <span className="visually-hidden">{t.writeLetter}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {article.channels.map((section) => {
            const facts = channelFacts[section.channel];
            return (
              <tr key={section.channel}>
                <th scope="row">
                  <a href={`#${facts.sectionId}`}>{section.title}</a>
                </th>
                <td data-label={c.writtenRecord}>{yesNo(facts.writtenRecord)}</td>
                <td data-label={c.speed}>{c.speeds[facts.speed]}</td>
                <td data-label={c.personal}>{yesNo(facts.personal)}</td>
                <td data-label={c.followUp}>{c.followUps[facts.followUp ?? 'none']}</td>
                <td>
                  <a href={letterPath(locale, section.channel)}>
                    {t.writeLetterFor(t.channelNames[section.channel])}
                  </a>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

/**
 * `@rescind/core`: the guide as a typed model, in Swedish and Dutch. Browser-safe: the articles
 * were parsed and validated at build time, so this entry never loads remark or `node:` modules.
 */

export {
  type Channel,
  type ChannelFacts,
  channelFacts,
  channels,
  type Speed,
} from './content/channels.ts';
export {
  type EditionChange,
  type EditionSection,
  editionChanges,
} from './content/edition.ts';
export { getArticle } from './content/get-article.ts';
export * from './content/ids.ts';
export * from './content/schema.ts';
export { isLocale, type Locale, locales } from './locales.ts';
export {
  type AvoidedTerm,
  type AvoidedTermFound,
  dutchRegister,
  findAvoidedTerms,
  getFormVocabulary,
  getVocabulary,
  type Vocabulary,
} from './vocabulary/index.ts';

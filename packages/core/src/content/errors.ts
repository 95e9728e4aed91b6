/**
 * The error catalogue: one entry per code. A code never changes once published (tests, editors and
 * CI logs refer to it); the message is built where the problem is found, from its arguments, and
 * says what is wrong and what to do. `why` explains the rule to whoever wonders why it exists.
 */
interface CatalogueEntry<Args> {
  why: string;
  message: (args: Args) => string;
}

function entry<Args = undefined>(
  why: string,
  message: (args: Args) => string,
): CatalogueEntry<Args> {
  return { why, message };
}

/** The parser's error catalogue: for each code, why the rule exists and the message it gives. */
export const contentErrors = {
  'empty-file': entry(
    'An article without text cannot be rendered; usually a save went wrong.',
    () => 'The file is empty: write the frontmatter (locale, title) and the article',
  ),
  'not-markdown': entry<{ given: string }>(
    'The parser reads an article from its text or its bytes; anything else is a caller’s mistake.',
    ({ given }) =>
      `The article must be its markdown as a string or a Uint8Array (the bytes of the file), not ${given}: pass readFileSync(path) or the text`,
  ),
  'not-utf8': entry<{ byte: string }>(
    'Articles are read as UTF-8; other encodings turn å, ë and 💡 into garbage.',
    ({ byte }) => `The file is not UTF-8 (byte ${byte} cannot be read): save it as UTF-8`,
  ),
  'missing-frontmatter': entry(
    'The locale and the title live in the frontmatter; without them the article has no identity.',
    () =>
      'The file has no frontmatter: start it with a `---` block that gives `locale` and `title`, closed by `---`',
  ),
  'bad-frontmatter': entry<{ problem: string }>(
    'The frontmatter becomes the article’s locale, title, date and source, so it must be valid YAML with known fields.',
    ({ problem }) => `Frontmatter ${problem}`,
  ),
  'locale-mismatch': entry<{ declared: string; expected: string; file: string }>(
    'The file name says which language the article is; a mismatch would show one language under the other’s URL.',
    ({ declared, expected, file }) =>
      `Frontmatter says \`locale: ${declared}\` but the file is ${file}: set \`locale: ${expected}\` or move the text to ${declared}.md`,
  ),
  'missing-id': entry<{ title: string; expected: string }>(
    'Every heading carries a stable id shared by both languages; the frontends and the letter engine link to it.',
    ({ title, expected }) => `Heading "${title}" has no id: end it with ${expected}`,
  ),
  'unknown-id': entry<{ id: string; known: string }>(
    'Only the ids listed in src/content/ids.ts exist in the model; any other would be silently dropped.',
    ({ id, known }) => `Unknown section id "${id}": use one of ${known}`,
  ),
  'duplicate-id': entry<{ id: string; firstLine: number }>(
    'An id names exactly one section; two headings with one id would make links ambiguous.',
    ({ id, firstLine }) =>
      `Section id "${id}" is already used on line ${firstLine}: give each heading its own id`,
  ),
  'heading-level': entry<{ label: string; depth: number; expected: string }>(
    'The heading level is the article’s outline: groups are `##`, their sections `###`. The title lives in the frontmatter.',
    ({ label, depth, expected }) => `${label} is a level-${depth} heading: make it ${expected}`,
  ),
  'missing-section': entry<{ label: string; heading: string; where: string }>(
    'Both languages have the same sections (five reasons, five steps, four channels, five downsides, three questions).',
    ({ label, heading, where }) =>
      `${label} is missing: add a \`${heading}\` heading with its text ${where}`,
  ),
  'section-order': entry<{ label: string; problem: string }>(
    'The sections follow the guide’s order; steps are numbered by it.',
    ({ label, problem }) => `${label} ${problem}`,
  ),
  'empty-section': entry<{ label: string }>(
    'A heading without text renders as an empty section.',
    ({ label }) => `${label} has no body: add a paragraph under the heading`,
  ),
  'unexpected-list': entry<{ label: string }>(
    'This part of the model holds paragraphs; a list would lose its items’ meaning.',
    ({ label }) =>
      `${label} takes paragraphs, not a list: write each item as a paragraph of its own`,
  ),
  'missing-list': entry<{ label: string; list: string }>(
    'The model keeps these items as a list (the benefits of good faith, the ways to avoid a downside).',
    ({ label, list }) =>
      `${label} needs ${list} as a list here, not a paragraph: start each item with \`- \``,
  ),
  'trailing-content': entry<{ label: string }>(
    'A downside ends with its avoid list; text after it would have no place in the model.',
    ({ label }) => `${label} continues after its avoid list: move this above the bold question`,
  ),
  'unclosed-correction': entry(
    'A correction `{~~original~>correction~~}` that is not closed would swallow the rest of the text.',
    () =>
      'Correction mark is not closed: end it with `~~}` in the same paragraph, outside emphasis',
  ),
  'bad-correction': entry(
    'A correction records both what the source says and what it means; one side alone is no correction.',
    () =>
      'Correction mark has no `~>` or an empty side: write `{~~original~>correction~~}` with text on both sides',
  ),
  'bad-promotion': entry<{ problem: string }>(
    'Promotions are kept apart from the guide between `<!-- promotion promo-id -->` and `<!-- /promotion -->`.',
    ({ problem }) => `Promotion ${problem}`,
  ),
  'unsupported-markup': entry<{ kind: string }>(
    'The model has paragraphs, lists and 💡 tips; other markdown would not reach the reader.',
    ({ kind }) =>
      `${kind} is not part of the article model: use paragraphs, \`- \` lists or a \`> 💡\` tip`,
  ),
  'invalid-model': entry<{ where: string; problem: string }>(
    'The model is checked against its schema before it is published; this is a gap the other checks missed.',
    ({ where, problem }) => `The model is invalid at ${where}: ${problem}`,
  ),
  'locale-sections': entry<{ id: string; problem: string }>(
    'Both languages must have the same sections, so the frontends can switch language on any section.',
    ({ id, problem }) => `Section "${id}" ${problem}`,
  ),
} as const;

/** A code of `contentErrors`: `Diagnostic.code` of a parse problem. */
export type ContentErrorCode = keyof typeof contentErrors;
export type ContentErrorArgs<Code extends ContentErrorCode> = Parameters<
  (typeof contentErrors)[Code]['message']
>[0];

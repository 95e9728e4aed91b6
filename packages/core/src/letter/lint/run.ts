import { channels } from '../../content/channels.ts';
import { isRecord, localeChoices, mistake, oneOf, requireText } from '../../developer-errors.ts';
import { isLocale } from '../../locales.ts';
import type { Finding, Severity } from '../types.ts';
import { catalogue, type Detail } from './catalogue.ts';
import { createContext, type LintOptions } from './context.ts';
import { draftText, guessLocale } from './draft-text.ts';
import { rules } from './rules/index.ts';
import { typedLimits } from './typed.ts';

const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Plain JavaScript callers get a message that names the function they called and says what to
 * pass, not a TypeError deep inside.
 */
export function checkLintCall(caller: string, text: unknown, options: unknown): void {
  requireText(caller, text, 'the draft');
  if (options === undefined) return;
  if (!isRecord(options)) {
    throw new TypeError(
      mistake(caller, 'options', "an object such as { locale: 'sv', channel: 'email' }", options),
    );
  }
  const { locale, channel, ignore } = options;
  if (locale !== undefined && !isLocale(locale)) {
    throw new RangeError(
      mistake(caller, 'options.locale', `${localeChoices}, or left out to guess it`, locale),
    );
  }
  if (channel !== undefined && !(channels as readonly unknown[]).includes(channel)) {
    throw new RangeError(
      mistake(caller, 'options.channel', `${oneOf(channels)}, or left out`, channel),
    );
  }
  if (
    ignore !== undefined &&
    !(Array.isArray(ignore) && ignore.every((t) => typeof t === 'string'))
  ) {
    throw new TypeError(
      mistake(caller, 'options.ignore', 'a list of strings (names, company, title)', ignore),
    );
  }
  // Each entry becomes part of one regular expression: bound it, so a list pasted from anywhere
  // gets this message rather than the engine's "regular expression too large".
  if (
    ignore !== undefined &&
    (ignore.length > typedLimits.entries ||
      ignore.some((entry) => entry.length > typedLimits.length))
  ) {
    throw new RangeError(
      `${caller}: options.ignore takes at most ${typedLimits.entries} entries of at most ${typedLimits.length} characters each (the names, company and title the person typed), got ${ignore.length} entries of up to ${Math.max(...ignore.map((entry) => entry.length))}.`,
    );
  }
}

/** `lintLetter` for `caller`, which the messages for bad arguments name. */
export function lintAs(
  caller: string,
  text: string,
  options: Partial<LintOptions> = {},
): Finding[] {
  checkLintCall(caller, text, options);
  const draft = draftText(text);
  const locale = options.locale ?? guessLocale(draft);
  const context = createContext(draft, { ...options, locale });
  return rules
    .flatMap((rule) => rule.check(context))
    .map(({ code, start, end, sectionId, ...detail }) => {
      const entry = catalogue[code];
      const finding: Finding = {
        code,
        severity: entry.severity,
        message: entry.message[locale](unmasked(detail, context.unmask)),
        sectionId: sectionId ?? entry.sectionId,
      };
      if (start !== undefined && end !== undefined) Object.assign(finding, { start, end });
      return finding;
    })
    .sort((a, b) => rank[a.severity] - rank[b.severity] || (a.start ?? -1) - (b.start ?? -1));
}

/** The words a message quotes, as the person typed them. */
function unmasked(detail: Detail, unmask: (quote: string) => string): Detail {
  const { found, suggestion, note } = detail;
  return {
    ...detail,
    ...(found === undefined ? {} : { found: unmask(found) }),
    ...(suggestion === undefined ? {} : { suggestion: unmask(suggestion) }),
    ...(note === undefined ? {} : { note: unmask(note) }),
  };
}

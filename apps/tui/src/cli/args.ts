import { parseArgs } from 'node:util';
import type { CliMessages } from '../i18n/cli-messages.ts';
import { UsageError } from './usage-error.ts';

export type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

export interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/** Edits from one word to the other, a swap of two neighbours counting as one ("gudie", "guide"). */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, at(i - 2, j - 2) + 1);
      const row = d[i];
      if (row) row[j] = best;
    }
  }
  return at(a.length, b.length);
}

/** The candidate closest to a mistyped word, when it is close enough to be a typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: { candidate: string; score: number } | undefined;
  for (const candidate of candidates) {
    const score = distance(word, candidate);
    const close = score <= Math.max(1, Math.floor(candidate.length / 3));
    if (close && (!best || score < best.score)) best = { candidate, score };
  }
  return best?.candidate;
}

/** The known option closest to a mistyped one, when it is close enough to be a typo. */
export function suggestOption(name: string, spec: OptionSpec): string | undefined {
  const option = closest(name, Object.keys(spec));
  return option && `--${option}`;
}

/**
 * `util.parseArgs` in its lenient mode, checked token by token so every mistake gets a message in
 * the user's language that names the option and says how to write it, instead of Node's English.
 */
export function parseCommandArgs(
  args: readonly string[],
  spec: OptionSpec,
  options: { maxPositionals: number; messages: CliMessages; command: string },
): ParsedArgs {
  const { messages, command } = options;
  const fail = (message: string): never => {
    throw new UsageError(message, command);
  };
  const { values, positionals, tokens } = parseArgs({
    args: [...args],
    options: spec,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const known = spec[token.name];
    if (!known) fail(messages.usage.unknownOption(token.rawName, suggestOption(token.name, spec)));
    else if (known.type === 'string') {
      // Lenient parsing would swallow the next option as this one's value: `--name --company X`.
      const swallowed = !token.inlineValue && token.value?.startsWith('--');
      if (token.value === undefined || swallowed) fail(messages.usage.missingValue(token.rawName));
    } else if (token.value !== undefined) {
      fail(messages.usage.noValueAllowed(token.rawName));
    }
  }
  const extra = positionals[options.maxPositionals];
  if (extra !== undefined) fail(messages.usage.unexpectedArgument(extra));
  return { values, positionals };
}

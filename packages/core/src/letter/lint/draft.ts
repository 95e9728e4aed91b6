import { mistake } from '../../developer-errors.ts';
import type { Finding } from '../types.ts';
import { catalogue } from './catalogue.ts';
import type { LintOptions } from './context.ts';
import { checkLintCall, lintAs } from './run.ts';

/**
 * The longest draft a frontend checks, in characters (UTF-16 code units, as `String.length`
 * counts). A withdrawal is half a page, some 2,000 characters, and the longest letter the engine
 * writes stays under 4,000; 20,000 leaves room for a pasted reply thread and the sender's
 * signature, while a pasted book or a log file gets a clear message instead of a slow check on
 * every key press. `lintLetter` itself takes any length, in linear time.
 */
export const draftCharacterLimit = 20_000;

/** How long a frontend should wait after the last key press before it checks the draft again. */
export const draftCheckDelayMs = 250;

/**
 * The check a frontend runs on a draft the person is editing: `lintLetter`, or, past
 * `draftCharacterLimit`, one `draft-too-long` error that marks the text past the limit and says
 * how to fix it in the locale's language. Throws what `lintLetter` throws for bad options.
 *
 * @example
 * ```ts
 * import { checkDraft, draftCharacterLimit } from '@rescind/core/letter';
 *
 * const findings = checkDraft('x'.repeat(draftCharacterLimit + 1), { locale: 'sv', channel: 'email' });
 * console.log(findings.map((f) => f.code)); // ['draft-too-long']
 * ```
 */
export function checkDraft(text: string, options: LintOptions): Finding[] {
  if (typeof text === 'string' && text.length > draftCharacterLimit) {
    const entry = catalogue['draft-too-long'];
    checkLintCall('checkDraft', text, options); // the same checks as a draft within the limit
    return [
      {
        code: 'draft-too-long',
        severity: entry.severity,
        message: entry.message[options.locale]({
          count: text.length,
          limit: draftCharacterLimit,
        }),
        sectionId: entry.sectionId,
        start: draftCharacterLimit,
        end: text.length,
      },
    ];
  }
  return lintAs('checkDraft', text, options);
}

/** A debounced `checkDraft`: see `createDraftChecker`. */
export interface DraftChecker {
  /** Checks `text` once no new text has come for the delay; the last call wins. */
  check(text: string, options: LintOptions): void;
  /** Checks what is pending now, without waiting (on blur, before a download). */
  flush(): void;
  /** Drops what is pending (the component unmounts). */
  cancel(): void;
}

/**
 * `checkDraft` as a form calls it while the person types: at most one check per pause of
 * `delayMs`, with `onFindings` called with the findings of the latest text. Browser-safe (plain
 * `setTimeout`); errors for bad options are thrown from `onFindings`'s caller, the timer.
 *
 * @example
 * ```ts
 * import { createDraftChecker } from '@rescind/core/letter';
 *
 * const checker = createDraftChecker((findings) => console.log(findings.length, 'findings'));
 * checker.check('Hej Sara, jag tackar nej till tjänsten. Mvh Anna', { locale: 'sv', channel: 'email' });
 * checker.flush(); // runs now instead of after the pause; checker.cancel() drops a pending run
 * ```
 */
export function createDraftChecker(
  onFindings: (findings: Finding[], text: string) => void,
  { delayMs = draftCheckDelayMs }: { delayMs?: number } = {},
): DraftChecker {
  if (typeof onFindings !== 'function') {
    throw new TypeError(
      mistake(
        'createDraftChecker',
        'onFindings',
        'a function that takes (findings, text)',
        onFindings,
      ),
    );
  }
  let pending: { text: string; options: LintOptions } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    timer = undefined;
    if (pending === undefined) return;
    const { text, options } = pending;
    pending = undefined;
    onFindings(checkDraft(text, options), text);
  };
  return {
    check(text, options) {
      pending = { text, options };
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(run, delayMs);
    },
    flush() {
      if (timer !== undefined) clearTimeout(timer);
      run();
    },
    cancel() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      pending = undefined;
    },
  };
}

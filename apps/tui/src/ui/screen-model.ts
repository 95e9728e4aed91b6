import type { Article } from '@rescind/core';
import { letterEngine } from '../engine.ts';
import type { UiMessages } from '../i18n/ui-messages.ts';
import { type AppState, homeItemsOf, reviewCount } from '../state/app.ts';
import type { TextField } from '../state/text-field.ts';
import { findingLines } from '../text/findings.ts';
import { guideParts, partLines } from '../text/guide.ts';
import type { Line } from '../text/lines.ts';
import { previewLines } from '../text/preview.ts';
import { standingLines } from '../text/standing.ts';
import { wrap } from '../text/wrap.ts';
import { missingAddresses } from './keymap.ts';

/** What the current screen shows and how tall it is: the key map scrolls by these numbers. */
export interface Model {
  title: string;
  lines?: Line[];
  total: number;
  /** Rows of the body above the lines (the preview's document tabs). */
  linesTop: number;
}

export function screenModel(
  state: AppState,
  article: Article | undefined,
  messages: UiMessages | undefined,
  width: number,
): Model {
  if (!messages || !article) return { title: 'rescind', total: 2, linesTop: 0 };
  switch (state.screen) {
    case 'language':
    case 'home':
      return { title: 'rescind', total: homeItemsOf(state).length, linesTop: 0 };
    case 'guide': {
      const parts = guideParts(messages.guide);
      if (state.guide.view === 'parts') {
        return {
          title: messages.guide.parts,
          total: parts.length,
          linesTop: 0,
        };
      }
      const lines = partLines(article, parts[state.guide.part]?.id ?? 'intro', width, messages, {
        heading: false,
      });
      return {
        title: parts[state.guide.part]?.title ?? '',
        lines,
        total: lines.length,
        linesTop: 0,
      };
    }
    case 'wizard': {
      return { title: messages.wizard.title, total: 0, linesTop: 0 };
    }
    case 'review':
      return {
        title: messages.review.title,
        total: reviewCount(state),
        linesTop: 0,
      };
    case 'preview': {
      const lines = state.letter
        ? previewLines(state.letter, state.preview.document, width, messages)
        : [];
      return { title: messages.preview.title, lines, total: lines.length, linesTop: 1 };
    }
    case 'position': {
      const standing = state.standing;
      const locale = state.locale;
      const lines =
        standing && locale
          ? standingLines(standing.position, width, messages, (iso) =>
              letterEngine().formatLongDate(locale, iso),
            )
          : [];
      return {
        title: messages.position.title,
        lines,
        total: lines.length,
        linesTop: 0,
      };
    }
    case 'check': {
      const result = state.check.result;
      if (!result)
        return {
          title: messages.check.title,
          total: 0,
          linesTop: 0,
        };
      const lines = findingLines(result.text, result.findings, width, messages);
      return {
        title: `${messages.check.title}: ${result.path}`,
        lines,
        total: lines.length,
        linesTop: 0,
      };
    }
  }
}

/** The line above the footer: a prompt being answered, the outcome of an action, or where you are. */
export type Status =
  | { kind: 'prompt'; field: TextField; prefix: string }
  | { kind: 'text'; text: string; tone: 'info' | 'error' | 'dim' | 'bold' };

export function screenStatus(
  state: AppState,
  messages: UiMessages | undefined,
  view: Model,
  height: number,
): Status | undefined {
  if (!messages) return undefined;
  const text = (value: string, tone: 'info' | 'error' | 'dim' | 'bold' = 'info'): Status => ({
    kind: 'text',
    text: value,
    tone,
  });
  if (state.confirmQuit) return text(messages.help.confirmQuit(state.autosave === 'saved'), 'bold');
  if (state.screen === 'guide') {
    const { prompt, search } = state.guide;
    if (prompt) return { kind: 'prompt', field: prompt, prefix: messages.guide.searchPrompt };
    if (search && search.hits.length === 0)
      return text(messages.guide.noMatch(search.query), 'error');
    if (search)
      return text(
        messages.guide.match(search.current + 1, search.hits.length, search.query),
        'dim',
      );
    if (state.guide.view === 'reading' && view.total > height) {
      // As the view shows it: a window grown since the last key clamps the scroll position.
      const first = Math.min(state.guide.scroll, view.total - height);
      const last = Math.min(view.total, first + height);
      return text(messages.guide.position(first + 1, last, view.total), 'dim');
    }
  }
  if (state.screen === 'preview') {
    const { prompt, confirm, notice } = state.preview;
    if (prompt) {
      const prefix = {
        document: messages.preview.savePrompt,
        answers: messages.preview.answersPrompt,
        subject: messages.preview.subjectPrompt,
      }[prompt.kind];
      return { kind: 'prompt', field: prompt.field, prefix };
    }
    if (confirm) return text(messages.preview.overwrite(confirm.path), 'bold');
    if (state.preview.addressCheck === 'asking') {
      const missing = missingAddresses(state);
      return text(
        messages.preview.addressMissing(missing.includes('sender'), missing.includes('recipient')),
        'error',
      );
    }
    if (notice) return text(notice.text, notice.tone);
  }
  if (state.screen === 'check') {
    if (state.check.error) return text(state.check.error, 'error');
    if (state.check.result)
      return text(messages.check.findings(state.check.result.findings.length));
  }
  if (state.screen === 'review' && state.notice) return text(state.notice.text, state.notice.tone);
  return undefined;
}

/** Status text wraps (a saved path can be long) but never takes more than three rows. */
export function statusLines(value: Status | undefined, width: number): string[] {
  if (!value || value.kind === 'prompt') return [' '];
  return wrap(value.text, width).slice(0, 3);
}

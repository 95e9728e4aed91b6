import { type Dispatch, useEffect } from 'react';
import { letterEngine } from '../engine.ts';
import { describeFsError } from '../i18n/fs-reasons.ts';
import type { UiMessages } from '../i18n/ui-messages.ts';
import { type AppAction, type AppState, hasWork } from '../state/app.ts';
import type { WriteRequest } from '../state/preview.ts';
import { markdownWithSubject, withSubject } from '../text/documents.ts';
import type { Effects } from './effects.ts';

function isErrno(error: unknown, code: string): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === code;
}

/** What a save request writes, or a message saying why it cannot be written. */
function contentFor(
  state: AppState,
  request: WriteRequest,
  messages: UiMessages,
): { text: string } | { error: string } {
  if (request.kind === 'answers')
    return { text: `${JSON.stringify(state.wizard?.answers ?? {}, null, 2)}\n` };
  const documents = state.letter?.result.documents ?? [];
  const shown = documents[state.preview.document];
  const extension = request.path.toLowerCase().match(/\.(txt|md|eml)$/)?.[1];
  if (!shown || !extension) return { error: messages.preview.badExtension(request.path) };
  if (extension === 'txt') return { text: withSubject(shown, messages.preview.subject) };
  if (extension === 'md') return { text: markdownWithSubject(shown, messages.preview.subject) };
  // An .eml is a message to send: the e-mail itself, even when a call script is on screen.
  const email =
    shown.kind === 'email' ? shown : documents.find((document) => document.kind === 'email');
  const applicant = state.wizard?.answers.applicant;
  const recipient = state.wizard?.answers.recipient;
  const from = typeof applicant?.email === 'string' ? applicant.email.trim() : '';
  const to = typeof recipient?.email === 'string' ? recipient.email.trim() : '';
  if (!email || from === '' || to === '') return { error: messages.preview.emlNeedsAddresses };
  const name = (value: unknown) =>
    typeof value === 'string' && value.trim() !== '' ? { name: value.trim() } : {};
  return {
    text: letterEngine().toEml(email, {
      from: { ...name(applicant?.name), email: from },
      to: { ...name(recipient?.name), email: to },
    }),
  };
}

/** Carries out what the reducers asked for (writes, copies, reads) and reports back by action. */
export function useEffects(
  state: AppState,
  dispatch: Dispatch<AppAction>,
  effects: Effects,
  messages: UiMessages | undefined,
): void {
  const { request, copyRequested } = state.preview;
  const checkRequest = state.check.request;

  useEffect(() => {
    if (!request || !messages) return;
    const done = (text: string, tone: 'info' | 'error') =>
      dispatch({ type: 'preview', action: { type: 'done', notice: { text, tone } } });
    const content = contentFor(state, request, messages);
    if ('error' in content) return done(content.error, 'error');
    void (async () => {
      try {
        if (!request.overwrite && (await effects.exists(request.path))) {
          dispatch({ type: 'preview', action: { type: 'exists', request } });
          return;
        }
        await effects.write(request.path, content.text, request.overwrite);
        const saved =
          request.kind === 'answers' ? messages.preview.answersSaved : messages.preview.saved;
        done(saved(request.path), 'info');
      } catch (error) {
        if (isErrno(error, 'EEXIST'))
          dispatch({ type: 'preview', action: { type: 'exists', request } });
        else
          done(
            messages.preview.cannotWrite(request.path, describeFsError(error, state.locale)),
            'error',
          );
      }
    })();
    // The request object is the trigger; the rest of the state is read as it was when it was made.
  }, [request]);

  useEffect(() => {
    if (!copyRequested || !messages) return;
    const document = state.letter?.result.documents[state.preview.document];
    if (!document) return;
    void effects.copy(withSubject(document, messages.preview.subject)).then(
      (where) =>
        dispatch({
          type: 'preview',
          action: {
            type: 'done',
            notice: {
              text:
                where === 'terminal'
                  ? messages.preview.copiedToTerminal(document.title)
                  : messages.preview.copied(document.title),
              tone: 'info',
            },
          },
        }),
      // The node effects turn every clipboard failure into NoClipboardError: either way there is
      // no clipboard to use, and the message says what to do instead.
      () =>
        dispatch({
          type: 'preview',
          action: { type: 'done', notice: { text: messages.preview.noClipboard, tone: 'error' } },
        }),
    );
  }, [copyRequested]);

  const answers = state.wizard?.answers;
  useEffect(() => {
    if (!answers || !effects.saveDraft || !hasWork(state)) return;
    effects.saveDraft(answers).then(
      () => dispatch({ type: 'autosaved', ok: true }),
      () => dispatch({ type: 'autosaved', ok: false }),
    );
  }, [answers]);

  useEffect(() => {
    if (!checkRequest || !messages || !state.locale) return;
    const locale = state.locale;
    effects.read(checkRequest).then(
      (text) =>
        dispatch({ type: 'check', action: { type: 'loaded', path: checkRequest, text, locale } }),
      (error: unknown) =>
        dispatch({
          type: 'check',
          action: {
            type: 'failed',
            message: messages.check.cannotRead(
              checkRequest,
              describeFsError(error, locale, 'read'),
            ),
          },
        }),
    );
  }, [checkRequest]);
}

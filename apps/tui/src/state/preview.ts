import { moveCursor, type ScrollMove, scrollTo } from './scroll.ts';
import { editText, type TextEdit, type TextField, textField } from './text-field.ts';

/** What the preview asks a path for: a document to save, or the answers to resume from later. */
export type SaveKind = 'document' | 'answers';

/** A write the view should carry out; the reducer only decides, the view touches the disk. */
export interface WriteRequest {
  kind: SaveKind;
  path: string;
  /** Set once the person agreed to replace an existing file. */
  overwrite: boolean;
}

export interface Notice {
  text: string;
  tone: 'info' | 'error';
}

export interface PreviewState {
  document: number;
  scroll: number;
  /** A path to save to, or (`subject`) the e-mail's subject line being edited. */
  prompt?: { kind: SaveKind | 'subject'; field: TextField };
  /** An existing file the person is asked about before it is replaced. */
  confirm?: WriteRequest;
  request?: WriteRequest;
  /** Ask the view to copy the shown document. */
  copyRequested: boolean;
  printOnExit: boolean;
  notice?: Notice;
  /**
   * A posted letter missing a postal address: `asking` while the status line asks whether to save
   * it with core's placeholders all the same, `accepted` once the person said yes.
   */
  addressCheck?: 'asking' | 'accepted';
}

export type PreviewAction =
  | { type: 'next-document'; count: number }
  | { type: 'scroll'; move: ScrollMove; total: number; viewport: number }
  | { type: 'prompt'; kind: SaveKind | 'subject'; suggestion: string }
  | { type: 'address-ask' }
  | { type: 'address-answer'; yes: boolean; suggestion: string }
  | { type: 'prompt-edit'; edit: TextEdit }
  | { type: 'prompt-cancel' }
  | { type: 'prompt-submit' }
  /** The view found the file already there. */
  | { type: 'exists'; request: WriteRequest }
  | { type: 'confirm'; yes: boolean }
  | { type: 'copy' }
  | { type: 'toggle-print'; notice: Notice }
  /** The view finished a write or a copy, well or not. */
  | { type: 'done'; notice: Notice };

export const initialPreview: PreviewState = {
  document: 0,
  scroll: 0,
  copyRequested: false,
  printOnExit: false,
};

/** The preview: documents, advice and findings, and what to do with them. */
export function previewReducer(state: PreviewState, action: PreviewAction): PreviewState {
  switch (action.type) {
    case 'next-document':
      return { ...state, document: moveCursor(state.document, 1, action.count), scroll: 0 };
    case 'scroll':
      return {
        ...state,
        scroll: scrollTo(state.scroll, action.move, action.total, action.viewport),
      };
    case 'prompt':
      return {
        ...state,
        prompt: { kind: action.kind, field: textField(action.suggestion) },
        notice: undefined,
      };
    case 'address-ask':
      return { ...state, addressCheck: 'asking', notice: undefined };
    case 'address-answer':
      if (!action.yes) return { ...state, addressCheck: undefined };
      return {
        ...state,
        addressCheck: 'accepted',
        prompt: { kind: 'document', field: textField(action.suggestion) },
      };
    case 'prompt-edit':
      return state.prompt
        ? {
            ...state,
            prompt: { ...state.prompt, field: editText(state.prompt.field, action.edit) },
          }
        : state;
    case 'prompt-cancel':
      return { ...state, prompt: undefined };
    case 'prompt-submit': {
      const path = state.prompt?.field.value.trim() ?? '';
      if (!state.prompt || path === '' || state.prompt.kind === 'subject')
        return { ...state, prompt: undefined };
      return {
        ...state,
        prompt: undefined,
        request: { kind: state.prompt.kind, path, overwrite: false },
      };
    }
    case 'exists':
      return { ...state, request: undefined, confirm: action.request };
    case 'confirm':
      if (!state.confirm) return state;
      return action.yes
        ? { ...state, confirm: undefined, request: { ...state.confirm, overwrite: true } }
        : { ...state, confirm: undefined };
    case 'copy':
      return { ...state, copyRequested: true, notice: undefined };
    case 'toggle-print':
      return { ...state, printOnExit: !state.printOnExit, notice: action.notice };
    case 'done':
      return { ...state, request: undefined, copyRequested: false, notice: action.notice };
  }
}

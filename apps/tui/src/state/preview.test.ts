import { describe, expect, it } from 'vitest';
import {
  initialPreview,
  type PreviewAction,
  type PreviewState,
  previewReducer,
} from './preview.ts';

function apply(state: PreviewState, ...actions: PreviewAction[]): PreviewState {
  return actions.reduce(previewReducer, state);
}

describe('previewReducer', () => {
  it('asks for a path, suggesting one, and then asks the view to write it', () => {
    const state = apply(
      initialPreview,
      { type: 'prompt', kind: 'document', suggestion: 'brev.txt' },
      { type: 'prompt-edit', edit: { type: 'backspace' } },
      { type: 'prompt-edit', edit: { type: 'insert', text: 'md' } },
      { type: 'prompt-edit', edit: { type: 'left' } },
    );
    expect(state.prompt?.field.value).toBe('brev.txmd');
    const submitted = apply(
      initialPreview,
      { type: 'prompt', kind: 'document', suggestion: 'brev.md' },
      { type: 'prompt-submit' },
    );
    expect(submitted.request).toEqual({ kind: 'document', path: 'brev.md', overwrite: false });
  });

  it('never overwrites without a yes', () => {
    const request = { kind: 'document' as const, path: 'brev.md', overwrite: false };
    const asked = apply(initialPreview, { type: 'exists', request });
    expect(asked.confirm).toEqual(request);
    expect(asked.request).toBeUndefined();
    expect(apply(asked, { type: 'confirm', yes: false }).request).toBeUndefined();
    expect(apply(asked, { type: 'confirm', yes: true }).request).toEqual({
      ...request,
      overwrite: true,
    });
  });

  it('shows the outcome of a write and clears the request', () => {
    const state = apply(
      initialPreview,
      { type: 'prompt', kind: 'answers', suggestion: 'svar.json' },
      { type: 'prompt-submit' },
      { type: 'done', notice: { text: 'Sparade svar.json', tone: 'info' } },
    );
    expect(state.request).toBeUndefined();
    expect(state.notice?.text).toBe('Sparade svar.json');
  });

  it('goes round the documents, each from its top', () => {
    let state = apply(initialPreview, { type: 'scroll', move: 'down', total: 40, viewport: 10 });
    state = apply(state, { type: 'next-document', count: 2 });
    expect(state).toMatchObject({ document: 1, scroll: 0 });
    expect(apply(state, { type: 'next-document', count: 2 }).document).toBe(0);
  });
});

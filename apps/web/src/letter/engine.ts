// First: configures zod before core's schemas are built (see the module).
import './zod-without-eval.ts';

/**
 * Everything the letter page runs of core's engine, behind one module the page loads after its
 * first paint (`loadEngine`). The form, its labels and choices render without it; the engine
 * (validation, the phrasebooks, the law, the lint and the formats) is most of the page's script,
 * and nobody needs it before they have seen the questions.
 */
export {
  createDraftChecker,
  fitsInMailto,
  lintOptionsFor,
  toEml,
  toMailto,
} from '@rescind/core/letter';
export { answerIssues, composeDraft } from './draft.ts';
export { tryFormat } from './draft-checks.ts';
export { positionFor } from './position.ts';

import type { Rule } from '../rule.ts';
import { abbreviationRule } from './abbreviations.ts';
import { actRule } from './act.ts';
import { courtesyRule } from './courtesy.ts';
import { criticismRule } from './criticism.ts';
import { decisionRule } from './decision.ts';
import { formalityRule } from './formality.ts';
import { lengthRule } from './length.ts';
import { mistranslationRule } from './mistranslations.ts';
import { reasonRule } from './reason.ts';
import { salutationRule } from './salutation.ts';
import { wordOrderRule } from './word-order.ts';

/** Every rule, roughly in the order a reader meets the problems. */
export const rules: readonly Rule[] = [
  salutationRule,
  decisionRule,
  actRule,
  wordOrderRule,
  reasonRule,
  courtesyRule,
  criticismRule,
  formalityRule,
  abbreviationRule,
  mistranslationRule,
  lengthRule,
];

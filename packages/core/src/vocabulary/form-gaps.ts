import { channels } from '../content/channels.ts';
import { formalities, reasons, salutations } from '../letter/choices.ts';
import { letterInputJsonSchema } from '../letter/json-schema.ts';
import { acceptances, answers, contractTypes } from '../letter/position/types.ts';

type Schema = { properties?: Record<string, Schema> };

/** Every leaf field of `LetterInput`, by the dotted path `InputIssue.path` and the form words use. */
export function formFieldPaths(schema: Schema = letterInputJsonSchema, prefix = ''): string[] {
  return Object.entries(schema.properties ?? {}).flatMap(([key, value]) =>
    value.properties ? formFieldPaths(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

const choiceGroups = {
  channels,
  reasons,
  formalities,
  salutations,
  acceptances,
  answers,
  contractTypes,
};

/**
 * What a language's form words still lack, one line each (`fields.startDate.why`,
 * `choices.channels.phone.hint`): the checklist a contributor adding a language works through.
 */
export function formGaps(form: {
  fields?: Record<string, { label?: string; hint?: string; why?: string } | undefined>;
  choices?: Record<
    string,
    Record<string, { label?: string; hint?: string } | undefined> | undefined
  >;
}): string[] {
  const gaps: string[] = [];
  for (const path of formFieldPaths()) {
    const words = form.fields?.[path];
    for (const part of ['label', 'hint', 'why'] as const) {
      if (!words?.[part]?.trim()) gaps.push(`fields.${path}.${part}`);
    }
  }
  for (const [group, values] of Object.entries(choiceGroups)) {
    for (const value of values) {
      const words = form.choices?.[group]?.[value];
      for (const part of ['label', 'hint'] as const) {
        if (!words?.[part]?.trim()) gaps.push(`choices.${group}.${value}.${part}`);
      }
    }
  }
  return gaps;
}

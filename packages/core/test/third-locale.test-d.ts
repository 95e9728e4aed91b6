// A third language is a compile error wherever core keeps one thing per language, until it exists.
import { expectTypeOf, test } from 'vitest';
import { nl } from '../src/letter/phrasebook/nl.ts';
import { sv } from '../src/letter/phrasebook/sv.ts';
import type { Phrasebook } from '../src/letter/phrasebook/types.ts';
import { jurisdictions } from '../src/letter/position/registry.ts';
import type { Locale } from '../src/locales.ts';
import { nlForm } from '../src/vocabulary/form-nl.ts';
import { svForm } from '../src/vocabulary/form-sv.ts';
import type { FormVocabulary } from '../src/vocabulary/form-types.ts';

type WithDanish = Locale | 'da';

// @ts-expect-error: 2. no Danish phrasebook yet
export const phrasebooks: Record<WithDanish, Phrasebook> = { sv, nl };
// @ts-expect-error: 3. no Danish form words yet
export const forms: Record<WithDanish, FormVocabulary> = { sv: svForm, nl: nlForm };
// @ts-expect-error: 4. no Danish law module yet
export const laws: Record<WithDanish, (typeof jurisdictions)['sv']> = jurisdictions;

test('a third language is a compile error until each part exists', () => {
  expectTypeOf(jurisdictions).toHaveProperty('sv');
});

import { describe, expectTypeOf, it } from 'vitest';
import type { Article, Block, Channel, Correction, Locale } from '../index.ts';
import { getArticle } from '../index.ts';

describe('the public content types', () => {
  it('ties the model to the shared contract', () => {
    expectTypeOf(getArticle).parameter(0).toEqualTypeOf<Locale>();
    expectTypeOf(getArticle).returns.toEqualTypeOf<Article>();
    expectTypeOf<Article['channels'][number]['channel']>().toEqualTypeOf<Channel>();
    expectTypeOf<Article['steps'][number]['number']>().toEqualTypeOf<number>();
    expectTypeOf<Article['downsides'][number]['avoid']>().toEqualTypeOf<readonly string[]>();
    expectTypeOf<Correction>().toHaveProperty('original').toEqualTypeOf<string>();
    expectTypeOf<Block['type']>().toEqualTypeOf<'paragraph' | 'list' | 'tip'>();
  });
});

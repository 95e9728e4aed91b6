import { expectTypeOf, test } from 'vitest';
import type { Article, Block, Section } from '../index.ts';
import { getArticle } from '../index.ts';
import { parseArticle } from '../parse.ts';
import { article as dutch } from './article-nl.ts';

// `getArticle` returns one shared, deeply frozen guide: its type refuses an edit at every depth, so
// the mistake shows in the editor instead of as a `TypeError` in strict mode at run time.
const guide = getArticle('sv');
declare const step: Article['steps'][number];
declare const downside: Article['downsides'][number];
declare const faq: Article['faq'][number];
declare const correction: Article['corrections'][number];
declare const paragraph: Extract<Block, { type: 'paragraph' }>;

// @ts-expect-error: the sections cannot grow
guide.steps.push(step);
// @ts-expect-error: nor be sorted in place
guide.reasons.sort();
// @ts-expect-error: a title cannot be reassigned
guide.title = 'Another title';
// @ts-expect-error: nor a section's
step.title = 'Step one';
// @ts-expect-error: a section's blocks cannot be replaced
guide.verdict.blocks = [];
// @ts-expect-error: nor grow
guide.verdict.blocks.push(paragraph);
// @ts-expect-error: a block's text is fixed
paragraph.text = 'Edited';
// @ts-expect-error: a list's items too
downside.avoid[0] = 'Edited';
// @ts-expect-error: and a group's introduction
guide.groups.faq.blocks.splice(0, 1);
// @ts-expect-error: and a question's answer
faq.answer.pop();
// @ts-expect-error: and the corrections' lines
correction.line = 1;

// The per-language entries and the parser give the same readonly type.
expectTypeOf(dutch).toEqualTypeOf<Article>();
expectTypeOf(parseArticle).returns.toEqualTypeOf<Article>();
expectTypeOf<Section['blocks']>().toEqualTypeOf<readonly Block[]>();

// Reading is untouched: a copy is an ordinary array to sort or extend.
const titles: string[] = guide.steps.map((s) => s.title);
const copy = [...guide.steps];
copy.reverse();

// The assertions above are checked by tsc at the top level; vitest needs a test to report them under.
test('the guide is readonly all the way down', () => {
  expectTypeOf(titles).toEqualTypeOf<string[]>();
});

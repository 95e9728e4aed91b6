/**
 * `pnpm --filter @rescind/core bench`: every figure of core in one run, each a ratio to a
 * baseline measured in this same process (or, for cold imports, the same machine a moment apart).
 */
import { benchContent } from './content.ts';
import { benchFormats } from './formats.ts';
import { benchFrozenArticle } from './frozen-article.ts';
import { benchLetter } from './letter.ts';
import { benchLintScaling, formatScaling } from './lint-scaling.ts';
import { formatFigures } from './measure.ts';

console.log('Content\n');
for (const line of benchContent()) console.log(line);
console.log('\nThe shared, frozen guide: getArticle\n');
for (const line of formatFigures(benchFrozenArticle())) console.log(line);
console.log('\nLetter engine: generateLetter\n');
for (const line of formatFigures(benchLetter())) console.log(line);
console.log('\nFormats and lint\n');
for (const line of formatFigures(benchFormats())) console.log(line);
console.log('\nDraft check: time per KB from 1 KB to 1 MB\n');
for (const line of formatScaling(benchLintScaling())) console.log(line);

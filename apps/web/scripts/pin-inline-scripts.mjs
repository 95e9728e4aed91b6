// Runs after `next build`: pins each exported page's inline scripts in its CSP meta tag by their
// SHA-256 hashes, so a script injected into the page (or one changed on the way) does not run.
// Browsers that support hashes ignore the `'unsafe-inline'` fallback once a hash is listed.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { outDir } from './static-server.mjs';

const inlineScript = /<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g;
// React writes the meta's quotes as `&#x27;`; the hashes go right after 'self'.
const scriptSrc =
  /(<meta http-equiv="Content-Security-Policy" content="[^"]*?script-src &#x27;self&#x27;)/;

/**
 * The CSP source expressions for the inline scripts of one HTML document. Data blocks
 * (`application/ld+json`) are not scripts a browser runs, so they need none.
 * @param {string} html
 */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const [, attributes = '', body = ''] of html.matchAll(inlineScript)) {
    if (/\stype="application\/(ld\+)?json"/.test(attributes)) continue;
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

/**
 * The document with its inline scripts' hashes in its CSP; unchanged if it has no CSP meta tag.
 * @param {string} html
 */
export function pinInlineScripts(html) {
  // Idempotent: a hash already listed is not added again.
  const hashes = inlineScriptHashes(html).filter(
    (hash) => !html.includes(hash.replaceAll("'", '&#x27;')),
  );
  if (hashes.length === 0 || !scriptSrc.test(html)) return html;
  const escaped = hashes.map((hash) => hash.replaceAll("'", '&#x27;')).join(' ');
  return html.replace(scriptSrc, `$1 ${escaped}`);
}

function main() {
  const pages = readdirSync(outDir, { recursive: true })
    .map((name) => join(outDir, String(name)))
    .filter((path) => path.endsWith('.html') && statSync(path).isFile());
  let pinned = 0;
  for (const path of pages) {
    const html = readFileSync(path, 'utf8');
    const next = pinInlineScripts(html);
    if (next !== html) {
      writeFileSync(path, next);
      pinned++;
    }
  }
  console.log(`CSP: pinned the inline scripts of ${pinned} of ${pages.length} pages by hash.`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();

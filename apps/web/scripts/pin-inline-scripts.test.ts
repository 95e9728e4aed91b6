import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes, pinInlineScripts } from './pin-inline-scripts.mjs';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const page = [
  '<html><head><meta http-equiv="Content-Security-Policy" content="default-src &#x27;none&#x27;; ',
  'script-src &#x27;self&#x27; &#x27;unsafe-inline&#x27;"/>',
  '<script src="/_next/app.js" async=""></script></head><body>',
  '<script type="application/ld+json">{"@type":"HowTo"}</script>',
  '<script>self.__next_f.push([1,"Å"])</script></body></html>',
].join('');

describe('pinning inline scripts in the CSP', () => {
  it('lists the hash of each inline script a browser runs, not of data blocks or files', () => {
    expect(inlineScriptHashes(page)).toEqual([sha('self.__next_f.push([1,"Å"])')]);
  });

  it('adds the hashes to script-src, keeping the fallback for CSP level 1 browsers', () => {
    const pinned = pinInlineScripts(page);
    const hash = sha('self.__next_f.push([1,"Å"])').replaceAll("'", '&#x27;');
    expect(pinned).toContain(`script-src &#x27;self&#x27; ${hash} &#x27;unsafe-inline&#x27;`);
    expect(pinInlineScripts(pinned)).toBe(pinned);
  });

  it('leaves a document without a CSP meta tag alone', () => {
    const html = '<html><body><script>1</script></body></html>';
    expect(pinInlineScripts(html)).toBe(html);
  });
});

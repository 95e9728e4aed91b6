import { describe, expect, it } from 'vitest';
import { fileName } from './files.ts';

describe('a downloaded draft’s file name', () => {
  it('names the document in the page’s language and the company', () => {
    expect(fileName('sv', 'letter', 'Nordljus AB', 'txt')).toBe('brev-nordljus-ab.txt');
    expect(fileName('nl', 'email', 'Café De Drie Zússen B.V.', 'eml')).toBe(
      'e-mail-cafe-de-drie-zussen-b-v.eml',
    );
  });

  it('stays a safe name whatever the company is called', () => {
    expect(fileName('sv', 'call-script', '../../etc/passwd', 'md')).toBe(
      'samtalsmanus-etc-passwd.md',
    );
    expect(fileName('nl', 'meeting-notes', '株式会社', 'txt')).toBe('gesprekspunten.txt');
  });
});

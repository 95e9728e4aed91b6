import { describe, expect, it } from 'vitest';
import sitemap from '../../app/sitemap.ts';
import { pageMetadata } from './metadata.ts';

describe('a page’s metadata', () => {
  it('names its canonical URL and the same page in the other language', () => {
    const metadata = pageMetadata({
      locale: 'nl',
      page: 'letter',
      title: 'Schrijf je bericht',
      description: 'Beschrijving',
    });
    expect(metadata.alternates).toEqual({
      canonical: '/nl/brief/',
      languages: { sv: '/sv/brev/', nl: '/nl/brief/', 'x-default': '/' },
    });
    expect(metadata.openGraph).toMatchObject({
      url: '/nl/brief/',
      locale: 'nl_NL',
      alternateLocale: ['sv_SE'],
    });
    expect(String(metadata.metadataBase)).toMatch(/^https?:\/\//);
  });
});

describe('the sitemap', () => {
  it('lists every page once, with absolute URLs and its language versions', () => {
    const entries = sitemap();
    const paths = entries.map((entry) => new URL(entry.url).pathname);
    expect(paths).toEqual(['/', '/sv/', '/sv/brev/', '/nl/', '/nl/brief/']);
    const letter = entries.find((entry) => entry.url.endsWith('/nl/brief/'));
    expect(letter?.alternates?.languages).toEqual({
      sv: expect.stringMatching(/\/sv\/brev\/$/),
      nl: expect.stringMatching(/\/nl\/brief\/$/),
    });
  });
});

import { describe, expect, it } from 'vitest';
import { metadata as notFoundMetadata } from '../../app/global-not-found.tsx';
import sitemap from '../../app/sitemap.ts';
import { aboutRoute } from '../guide/about-page.tsx';
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

describe('a page’s title', () => {
  it('names the page first and then the site, on every kind of page', () => {
    for (const page of ['guide', 'letter', 'about'] as const) {
      const metadata = pageMetadata({ locale: 'sv', page, title: 'Om guiden', description: '…' });
      expect(metadata.title).toBe('Om guiden · rescind');
      // Open Graph has a field of its own for the site's name.
      expect(metadata.openGraph).toMatchObject({ title: 'Om guiden', siteName: 'rescind' });
    }
    expect(notFoundMetadata.title).toBe('Sidan finns inte · Deze pagina bestaat niet · rescind');
  });

  it('of the about page links the same page in the other language', () => {
    const metadata = aboutRoute('nl').generateMetadata();
    expect(metadata.title).toBe('Over deze gids · rescind');
    expect(metadata.alternates).toEqual({
      canonical: '/nl/over-deze-gids/',
      languages: { sv: '/sv/om-guiden/', nl: '/nl/over-deze-gids/', 'x-default': '/' },
    });
  });
});

describe('the sitemap', () => {
  it('lists every page once, with absolute URLs and its language versions', () => {
    const entries = sitemap();
    const paths = entries.map((entry) => new URL(entry.url).pathname);
    expect(paths).toEqual([
      '/',
      '/sv/',
      '/sv/brev/',
      '/sv/om-guiden/',
      '/nl/',
      '/nl/brief/',
      '/nl/over-deze-gids/',
    ]);
    const about = entries.find((entry) => entry.url.endsWith('/sv/om-guiden/'));
    expect(about?.alternates?.languages).toEqual({
      sv: expect.stringMatching(/\/sv\/om-guiden\/$/),
      nl: expect.stringMatching(/\/nl\/over-deze-gids\/$/),
    });
    const letter = entries.find((entry) => entry.url.endsWith('/nl/brief/'));
    expect(letter?.alternates?.languages).toEqual({
      sv: expect.stringMatching(/\/sv\/brev\/$/),
      nl: expect.stringMatching(/\/nl\/brief\/$/),
    });
  });
});

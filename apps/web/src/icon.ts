import type { Metadata } from 'next';

// The favicon travels inside each page as a data URL: a linked icon is fetched after the page has
// loaded, and the site makes no request after load. `public/icon.svg` is the same drawing as a file.
const svg =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><title>rescind</title><rect width="32" height="32" rx="7" fill="#0b5cad"/><path d="M11 11l10 10M21 11L11 21" fill="none" stroke="#fff" stroke-width="3.2" stroke-linecap="round"/></svg>';

/** The `icons` metadata every layout sets. */
export const icons: Metadata['icons'] = {
  icon: [{ url: `data:image/svg+xml,${encodeURIComponent(svg)}`, type: 'image/svg+xml' }],
};

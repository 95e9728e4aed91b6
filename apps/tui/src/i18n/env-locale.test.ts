import { describe, expect, it } from 'vitest';
import { localeFromEnv } from './env-locale.ts';

describe('localeFromEnv', () => {
  it('reads the language of LANG', () => {
    expect(localeFromEnv({ LANG: 'sv_SE.UTF-8' })).toBe('sv');
    expect(localeFromEnv({ LANG: 'nl_BE@euro' })).toBe('nl');
  });

  it('lets LC_ALL win over LC_MESSAGES and LANG', () => {
    expect(localeFromEnv({ LC_ALL: 'nl_NL.UTF-8', LC_MESSAGES: 'sv_SE', LANG: 'sv_SE' })).toBe(
      'nl',
    );
    expect(localeFromEnv({ LC_MESSAGES: 'sv_SE.UTF-8', LANG: 'nl_NL' })).toBe('sv');
  });

  it('does not fall through to LANG when a stronger setting names another language', () => {
    expect(localeFromEnv({ LC_MESSAGES: 'en_US.UTF-8', LANG: 'sv_SE.UTF-8' })).toBeUndefined();
  });

  it('knows nothing when the language is unset, C or not one it speaks', () => {
    expect(localeFromEnv({})).toBeUndefined();
    expect(localeFromEnv({ LANG: 'C.UTF-8' })).toBeUndefined();
    expect(localeFromEnv({ LANG: 'de_DE.UTF-8', LC_ALL: '' })).toBeUndefined();
  });
});

import { isLocale, type Locale } from '@rescind/core';

/**
 * The language the environment asks for, the POSIX way: the first of `LC_ALL`, `LC_MESSAGES`,
 * `LANG` that is set decides, so `LC_MESSAGES=en_US.UTF-8` with `LANG=sv_SE.UTF-8` means English.
 * Returns the locale when that language is one rescind speaks, else `undefined`.
 */
export function localeFromEnv(env: NodeJS.ProcessEnv): Locale | undefined {
  const setting = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find(
    (value) => value !== undefined && value !== '',
  );
  if (setting === undefined) return undefined;
  // sv_SE.UTF-8, nl_BE@euro, sv-SE: the language is what comes before the territory.
  const language = setting.split(/[_.@-]/, 1)[0]?.toLowerCase();
  return isLocale(language) ? language : undefined;
}

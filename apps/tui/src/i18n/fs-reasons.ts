import type { Locale } from '@rescind/core';

type Known = 'ENOENT' | 'EACCES' | 'EISDIR' | 'EEXIST' | 'ENOTDIR';

const reasons: Record<Locale | 'en', Record<Known, string>> = {
  en: {
    ENOENT: 'no such file or folder',
    EACCES: 'permission denied',
    EISDIR: 'that is a folder, not a file',
    EEXIST: 'the file already exists',
    ENOTDIR: 'a part of the path is not a folder',
  },
  sv: {
    ENOENT: 'filen eller mappen finns inte',
    EACCES: 'behörighet saknas',
    EISDIR: 'det är en mapp, inte en fil',
    EEXIST: 'filen finns redan',
    ENOTDIR: 'en del av sökvägen är ingen mapp',
  },
  nl: {
    ENOENT: 'het bestand of de map bestaat niet',
    EACCES: 'geen toestemming',
    EISDIR: 'dat is een map, geen bestand',
    EEXIST: 'het bestand bestaat al',
    ENOTDIR: 'een deel van het pad is geen map',
  },
};

/** Why a file could not be read or written, in words and in the user's language. */
export function describeFsError(error: unknown, locale: Locale | undefined): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const table = reasons[locale ?? 'en'];
  if (code === 'EPERM') return table.EACCES;
  if (code && code in table) return table[code as Known];
  return error instanceof Error ? error.message : String(error);
}

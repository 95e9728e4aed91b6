import type { Locale } from '@rescind/core';

type Known = 'ENOENT' | 'EACCES' | 'EISDIR' | 'EEXIST' | 'ENOTDIR' | 'ENOSPC' | 'EDQUOT';

const reasons: Record<Locale | 'en', Record<Known, string>> = {
  en: {
    ENOENT: 'no such file or folder',
    EACCES: 'permission denied; choose a folder you may write to, or check the file’s permissions',
    EISDIR: 'that is a folder, not a file',
    EEXIST: 'the file already exists',
    ENOTDIR: 'a part of the path is not a folder',
    ENOSPC: 'the disk is full; free some space and try again',
    EDQUOT: 'your disk quota is used up; free some space and try again',
  },
  sv: {
    ENOENT: 'filen eller mappen finns inte',
    EACCES:
      'behörighet saknas; välj en mapp du får skriva i, eller kontrollera filens behörigheter',
    EISDIR: 'det är en mapp, inte en fil',
    EEXIST: 'filen finns redan',
    ENOTDIR: 'en del av sökvägen är ingen mapp',
    ENOSPC: 'disken är full; frigör lite utrymme och försök igen',
    EDQUOT: 'din diskkvot är slut; frigör lite utrymme och försök igen',
  },
  nl: {
    ENOENT: 'het bestand of de map bestaat niet',
    EACCES:
      'geen toestemming; kies een map waarin je mag schrijven, of controleer de rechten van het bestand',
    EISDIR: 'dat is een map, geen bestand',
    EEXIST: 'het bestand bestaat al',
    ENOTDIR: 'een deel van het pad is geen map',
    ENOSPC: 'de schijf is vol; maak wat ruimte vrij en probeer het opnieuw',
    EDQUOT: 'je schijfquotum is op; maak wat ruimte vrij en probeer het opnieuw',
  },
};

/** A file that may not be read: only its permissions can change that. */
const noRead: Record<Locale | 'en', string> = {
  en: 'permission denied; check the file’s permissions',
  sv: 'behörighet saknas; kontrollera filens behörigheter',
  nl: 'geen toestemming; controleer de rechten van het bestand',
};

const notUtf8: Record<Locale | 'en', string> = {
  en: 'it is not UTF-8 text; save it as UTF-8 and try again',
  sv: 'det är ingen UTF-8-text; spara filen som UTF-8 och försök igen',
  nl: 'het is geen UTF-8-tekst; sla het bestand op als UTF-8 en probeer het opnieuw',
};

/** Why a file could not be read or written, in words and in the user's language. */
export function describeFsError(
  error: unknown,
  locale: Locale | undefined,
  access: 'read' | 'write' = 'write',
): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (access === 'read' && (code === 'EACCES' || code === 'EPERM')) return noRead[locale ?? 'en'];
  const table = reasons[locale ?? 'en'];
  if (error instanceof Error && error.name === 'NotUtf8Error') return notUtf8[locale ?? 'en'];
  if (code === 'EPERM') return table.EACCES;
  if (code && code in table) return table[code as Known];
  return error instanceof Error ? error.message : String(error);
}

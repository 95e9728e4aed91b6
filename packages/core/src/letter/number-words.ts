import type { Locale } from '../locales.ts';

// Running text writes small numbers in words ("tre dagar", "drie maanden"), as Svenska
// skrivregler and the Dutch style guides advise. "en"/"één" is the common-gender form that
// "månad", "dag", "maand" and "dag" take.
const words: Record<Locale, readonly string[]> = {
  sv: ['en', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv'],
  nl: [
    'één',
    'twee',
    'drie',
    'vier',
    'vijf',
    'zes',
    'zeven',
    'acht',
    'negen',
    'tien',
    'elf',
    'twaalf',
  ],
};

/** One to twelve in words; `undefined` for any other number, which stays in digits. */
export function numberWord(locale: Locale, n: number): string | undefined {
  return Number.isInteger(n) ? words[locale][n - 1] : undefined;
}

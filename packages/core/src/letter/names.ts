/**
 * The parts of a name, a company and a job title that letters need. Names are kept as the person
 * wrote them; only the Dutch rule for a surname without first name changes case ("Geachte heer
 * De Vries"), and titles or forms of address typed into the name field are read, not repeated.
 */

// Dutch and Flemish name particles (tussenvoegsels), longest first so "van der" wins over "van".
const particles = [
  'van der',
  'van den',
  'van de',
  'van het',
  "van 't",
  'in het',
  "in 't",
  'op de',
  'op den',
  'op ten',
  'uit de',
  'uit den',
  'van',
  'von',
  'de',
  'der',
  'den',
  'het',
  "'t",
  'te',
  'ten',
  'ter',
  'la',
  'le',
  'du',
  'del',
  'della',
  'di',
  'da',
  'op',
  'in',
  'uit',
] as const;

const particleWords = new Set(particles.flatMap((p) => p.split(' ')));

/** Academic and professional titles people type before a name: not part of the greeting. */
const titleWords = new Set([
  'dr',
  'mr',
  'ir',
  'ing',
  'drs',
  'prof',
  'ds',
  'dipl',
  'bc',
  'lic',
  'fil',
  'civ',
  'jur',
  'med',
  'tekn',
  'docent',
  'professor',
]);
/** Titles written after a name ("Anna Berg MSc"). */
const suffixTitles = new Set(['msc', 'ma', 'mba', 'bsc', 'ba', 'llm', 'phd', 'ba.', 'jr', 'sr']);
/** A form of address typed into the name field, and the salutation it stands for. */
const addressWords: Record<string, 'mr' | 'ms'> = {
  dhr: 'mr',
  heer: 'mr',
  meneer: 'mr',
  herr: 'mr',
  mw: 'ms',
  mevr: 'ms',
  mevrouw: 'ms',
  fru: 'ms',
  mrs: 'ms',
  ms: 'ms',
};

function words(name: string): string[] {
  return name.split(/\s+/).filter((word) => word !== '');
}

/** The word without the full stops it ends in, lower case ("Dr." → "dr"). No pattern: linear. */
function bare(word: string): string {
  let end = word.length;
  while (end > 0 && word[end - 1] === '.') end--;
  return word.slice(0, end).toLocaleLowerCase('nl');
}
// Initials: "J.", "J.P.", "Th.", "A.-M.", or one capital. After the hyphen only one-letter
// initials follow, so no two parts of the pattern can match the same text (linear time).
const isInitial = (word: string) => /^(?:\p{L}{1,2}\.)+(?:-(?:\p{L}\.)*)?$|^\p{Lu}$/u.test(word);
const isParticle = (word: string) => particleWords.has(word.toLocaleLowerCase('nl'));

/** A name read into its parts; each part as typed. */
export interface NameParts {
  /** Titles typed before the name ("dr.", "prof."). */
  readonly titles: readonly string[];
  /** A form of address typed into the field ("mevrouw", "dhr."). */
  salutation?: 'mr' | 'ms' | undefined;
  /** Given names and initials, in order. */
  readonly given: readonly string[];
  /** The surname with its particles, as typed ("van der Berg", "Jansen-de Vries"). */
  surname: string;
  /** The name without titles or forms of address. */
  plain: string;
  /** Could the surname also be longer than `surname` (three or more words, no particle)? */
  unsure: boolean;
}

const read = new Map<string, NameParts>();

/**
 * Reads a typed name: "dr. J.P. van der Berg", "mevrouw Jansen-de Vries", "van Dam", "Anna Berg".
 * One letter reads the same name for its greeting, advice and address lines, so the parts are
 * kept (a session types a handful of names) and shared: they are frozen, as nobody edits them.
 */
export function nameParts(name: string): NameParts {
  let parts = read.get(name);
  if (parts === undefined) {
    parts = readNameParts(name);
    if (read.size > 1000) read.clear();
    read.set(name, parts);
  }
  return parts;
}

function readNameParts(name: string): NameParts {
  const all = words(name);
  const titles: string[] = [];
  let salutation: 'mr' | 'ms' | undefined;
  let index = 0;
  // "de heer" is the form of address, not the particle "de".
  for (; index < all.length - 1; index++) {
    const word = bare(all[index] ?? '');
    const next = bare(all[index + 1] ?? '');
    if (word === 'de' && next === 'heer') {
      salutation = 'mr';
      index++;
    } else if (Object.hasOwn(addressWords, word)) salutation = addressWords[word];
    else if (titleWords.has(word)) titles.push(all[index] ?? '');
    else break;
  }
  let rest = all.slice(index);
  while (rest.length > 1 && suffixTitles.has(bare(rest[rest.length - 1] ?? '').replace(/\./g, '')))
    rest = rest.slice(0, -1);
  const plain = rest.join(' ');

  // The surname begins at the first particle followed by more name ("Jan de Vries"), at a word
  // whose second part is a particle ("Jansen-de Vries"), or else at the last word.
  let start = rest.length - 1;
  for (let i = 0; i < rest.length - 1; i++) {
    const word = rest[i] ?? '';
    if (isParticle(word) && rest.slice(i + 1).some((w) => !isParticle(w))) {
      start = i;
      break;
    }
    if (i > 0 && /-\p{L}/u.test(word) && isParticle(word.split('-').at(-1) ?? '')) {
      start = i;
      break;
    }
  }
  const given = rest.slice(0, start);
  const named = given.filter((word) => !isInitial(word));
  const unsure = start === rest.length - 1 && named.length >= 2;
  const surname = rest.slice(start).join(' ');
  return Object.freeze({
    titles: Object.freeze(titles),
    salutation,
    given: Object.freeze(given),
    surname,
    plain,
    unsure,
  });
}

/** The first given name: "Anna" of "Anna-Karin de Vries" → "Anna-Karin"; none for "J. de Vries". */
export function firstName(name: string): string | undefined {
  const { given } = nameParts(name);
  const first = given[0];
  return first !== undefined && !isInitial(first) ? first : undefined;
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('nl') + text.slice(1);
}

/**
 * The surname as a Dutch greeting uses it, without the first name: "Pieter van der Berg" →
 * "Van der Berg", and "van der Berg" typed alone too (Taaladvies: the first particle takes a
 * capital when no first name or initial precedes it). Titles typed before the name are left out.
 */
export function dutchSurname(name: string): string {
  return capitalise(nameParts(name).surname);
}

/**
 * The name as a Dutch address line writes it: as typed, but a surname that stands alone gets its
 * capital ("van Dam" → "Van Dam"); forms of address typed into the field are left to the caller.
 */
export function dutchFullName(name: string): string {
  const { titles, given, surname } = nameParts(name);
  const rest = given.length === 0 ? capitalise(surname) : [...given, surname].join(' ');
  return [...titles, rest].join(' ');
}

// Legal forms that the register prints but a person does not say ("Polderdata B.V." → "Polderdata").
// One at a time, from the end: one separator character before the form, so each position is tried
// in constant time however long a run of spaces or commas is.
const legalForm =
  /[\s,](?:AB|\(publ\)|Aktiebolag(?:et)?|HB|KB|Handelsbolag(?:et)?|Kommanditbolag(?:et)?|ek\.\s?för\.|B\.\s?V\.|BV|N\.\s?V\.|NV|V\.O\.F\.|VOF|C\.V\.|CV|Holding|GmbH|Ltd\.?|Inc\.?|i\.o\.)$/u;

/** The text without the spaces and commas it ends in. */
function trimSeparators(text: string): string {
  let end = text.length;
  while (end > 0 && /[\s,]/u.test(text[end - 1] ?? '')) end--;
  return text.slice(0, end);
}

/**
 * A company as running text and greetings name it: without its legal form ("Nordlys AB" →
 * "Nordlys", "Polderdata Holding B.V." → "Polderdata"). Address blocks keep the registered name.
 */
export function companyInText(company: string): string {
  let short = company;
  for (let match = legalForm.exec(short); match; match = legalForm.exec(short))
    short = trimSeparators(short.slice(0, match.index));
  short = short.trim();
  return short === '' ? company : short;
}

/**
 * A job title in running text: "Projektledare" → "projektledare", as Swedish and Dutch write titles
 * in lower case; anything else that carries capitals ("UX-designer", "Head of Sales") stays as typed.
 */
export function titleInText(title: string): string {
  // Unicode's own case rules, not the runtime's locale (a Turkish one would dot a capital I).
  const rest = title.slice(1);
  if (rest !== rest.toLowerCase()) return title;
  return title.charAt(0).toLowerCase() + rest;
}

/** The person's own words as a sentence: a capital first, a full stop last; nothing else changed. */
export function asSentence(text: string): string {
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?…]["”’)]*$/u.test(capital) ? capital : `${capital}.`;
}

/**
 * The parts of a name and a job title that letters need. Names are kept as the person wrote them;
 * only the Dutch rule for a surname without first name changes case ("Geachte heer De Vries").
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
] as const;

function words(name: string): string[] {
  return name.split(/\s+/).filter((word) => word !== '');
}

/** The first given name: "Anna" of "Anna-Karin de Vries" → "Anna-Karin". */
export function firstName(name: string): string {
  return words(name)[0] ?? name;
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('nl') + text.slice(1);
}

/**
 * The surname as a Dutch greeting uses it, without the first name: "Pieter van der Berg" →
 * "Van der Berg" (Taaladvies: the first particle takes a capital when no first name precedes it).
 * A one-word name is returned as it is.
 */
export function dutchSurname(name: string): string {
  const parts = words(name);
  if (parts.length < 2) return name;
  for (let start = 1; start < parts.length - 1; start++) {
    const rest = parts.slice(start).join(' ');
    const lower = rest.toLocaleLowerCase('nl');
    const particle = particles.find((p) => lower.startsWith(`${p} `));
    if (particle) return capitalise(rest);
  }
  return parts[parts.length - 1] ?? name;
}

/**
 * A job title in running text: "Projektledare" → "projektledare", as Swedish and Dutch write titles
 * in lower case; anything else that carries capitals ("UX-designer", "Head of Sales") stays as typed.
 */
export function titleInText(title: string): string {
  const rest = title.slice(1);
  if (rest !== rest.toLocaleLowerCase()) return title;
  return title.charAt(0).toLocaleLowerCase() + rest;
}

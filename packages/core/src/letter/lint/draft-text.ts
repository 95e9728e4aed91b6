import { requireText } from '../../developer-errors.ts';
import type { Locale } from '../../locales.ts';

/**
 * What a draft is before the rules read it: plain text, or a saved e-mail (.eml) whose body is the
 * draft. Browser-safe: no Node APIs, only `atob` and `TextDecoder`.
 */

/** Words that are common in one language and rare in the other. */
const markers: Record<Locale, RegExp> = {
  sv: /(?<![\p{L}])(?:och|att|jag|är|för|det|inte|med|till|på|du|dig|av|som|har|hej|tack|mitt|min|erbjudandet|tjänsten|hälsning|ursäkt|eftersom|skälet|vänlig)(?![\p{L}])/giu,
  nl: /(?<![\p{L}])(?:en|het|ik|je|jij|u|uw|van|een|niet|dat|voor|met|op|heb|zijn|bedankt|geachte|beste|mijn|acceptatie|functie|groet|excuses|omdat|reden|graag|wil|ook)(?![\p{L}])/giu,
};

/**
 * Which of the two languages a text is written in: by how many of each language's common words
 * it holds, and its letters (å, ä, ö are Swedish; "ij" is Dutch). Ties go to Swedish.
 *
 * @example
 * ```ts
 * import { guessLocale } from '@rescind/core/letter';
 *
 * console.log(guessLocale('Hej, jag kommer inte att börja.'), guessLocale('Ik trek mijn acceptatie in.')); // 'sv' 'nl'
 * ```
 */
export function guessLocale(text: string): Locale {
  const sample = requireText('guessLocale', text).slice(0, 20_000);
  let sv = sample.match(markers.sv)?.length ?? 0;
  let nl = sample.match(markers.nl)?.length ?? 0;
  sv += (sample.match(/[åäöÅÄÖ]/g)?.length ?? 0) / 2;
  nl += (sample.match(/ij/gi)?.length ?? 0) / 2;
  return nl > sv ? 'nl' : 'sv';
}

// A header block: "Name: value" lines (and folded continuations) up to the first blank line,
// with at least one of the headers every message has.
const headerLine = /^[!-9;-~]+:[ \t]?.*$|^[ \t]+\S.*$/;
const knownHeader = /^(?:from|to|subject|date|mime-version|message-id|content-type):/im;

interface Part {
  headers: Map<string, string>;
  body: string;
}

function splitHeaders(text: string): Part | undefined {
  const match = /\r?\n\r?\n/.exec(text);
  if (!match) return undefined;
  const head = text.slice(0, match.index);
  const lines = head.split(/\r?\n/);
  if (!lines.every((line) => headerLine.test(line)) || !knownHeader.test(head)) return undefined;
  const headers = new Map<string, string>();
  let last = '';
  for (const line of lines) {
    if (/^[ \t]/.test(line)) headers.set(last, `${headers.get(last) ?? ''} ${line.trim()}`);
    else {
      const colon = line.indexOf(':');
      last = line.slice(0, colon).toLowerCase();
      headers.set(last, line.slice(colon + 1).trim());
    }
  }
  return { headers, body: text.slice(match.index + match[0].length) };
}

function charsetOf(contentType: string): string {
  return /charset="?([^";\s]+)"?/i.exec(contentType)?.[1] ?? 'utf-8';
}

function decodeBytes(bytes: Uint8Array, charset: string): string {
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function decodeQuotedPrintable(body: string, charset: string): string {
  const joined = body.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const char = joined[i] ?? '';
    const hex = joined.slice(i + 1, i + 3);
    if (char === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      // Non-ASCII in a quoted-printable body is invalid; keep it as its UTF-8 bytes.
      bytes.push(...new TextEncoder().encode(char));
    }
  }
  return decodeBytes(Uint8Array.from(bytes), charset);
}

function decodeBase64(body: string, charset: string): string {
  try {
    const binary = atob(body.replace(/\s+/g, ''));
    return decodeBytes(
      Uint8Array.from(binary, (c) => c.charCodeAt(0)),
      charset,
    );
  } catch {
    return body;
  }
}

function decodePart(part: Part): string {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '').toLowerCase();
  const charset = charsetOf(part.headers.get('content-type') ?? '');
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(part.body, charset);
  if (encoding === 'base64') return decodeBase64(part.body, charset);
  return part.body;
}

/** The first text/plain part of a multipart body, or the body itself. */
function plainText(part: Part, depth = 0): string | undefined {
  const type = (part.headers.get('content-type') ?? 'text/plain').toLowerCase();
  if (type.startsWith('multipart/') && depth < 5) {
    const boundary = /boundary="?([^";]+)"?/i.exec(part.headers.get('content-type') ?? '')?.[1];
    if (!boundary) return undefined;
    for (const chunk of part.body.split(`--${boundary}`).slice(1)) {
      if (chunk.startsWith('--')) break;
      const inner = splitHeaders(chunk.replace(/^\r?\n/, ''));
      const text = inner && plainText(inner, depth + 1);
      if (text !== undefined) return text;
    }
    return undefined;
  }
  if (!type.startsWith('text/plain')) return undefined;
  return decodePart(part);
}

/**
 * The text the lint reads from a draft: for a saved e-mail (.eml, headers then a blank line), its
 * plain-text body, decoded; otherwise the draft itself. Finding offsets refer to this text. A
 * plain, unencoded body keeps its place: the headers are blanked out, not removed.
 *
 * @example
 * ```ts
 * import { draftText } from '@rescind/core/letter';
 *
 * const eml = 'Subject: Hej\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHej Sara,\r\njag tackar nej.\r\n';
 * console.log(draftText(eml)); // the body: 'Hej Sara,\njag tackar nej.\n'
 * ```
 */
export function draftText(text: string): string {
  const message = splitHeaders(requireText('draftText', text));
  if (!message) return text;
  const encoding = (message.headers.get('content-transfer-encoding') ?? '').toLowerCase();
  const type = (message.headers.get('content-type') ?? 'text/plain').toLowerCase();
  if (type.startsWith('text/plain') && !['quoted-printable', 'base64'].includes(encoding)) {
    const bodyStart = text.length - message.body.length;
    return text.slice(0, bodyStart).replace(/[^\r\n]/g, ' ') + message.body;
  }
  return (plainText(message) ?? message.body).replace(/\r\n/g, '\n');
}

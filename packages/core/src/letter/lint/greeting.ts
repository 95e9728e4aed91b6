/** A non-empty line of the draft, trimmed, with the offset where its text starts. */
export interface Line {
  start: number;
  text: string;
}

/** Non-empty lines with their offsets, trimmed of surrounding spaces. */
export function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed !== '') out.push({ start: start + lead, text: trimmed });
    start += raw.length + 1;
  }
  return out;
}

/** After the comma or exclamation mark, several more words: the body has begun on this line. */
export const runOn = /[,!]\s*\p{L}+\s+\p{L}+/u;

const firstWord = /^\p{L}+/u;

/** A sentence's end ("Tack!", "Ik …"), not an abbreviation's full stop ("B.V."). */
const sentenceEnd = /(?:\p{L}\p{Ll}[.!?]|…)["”’)]*$/u;

/**
 * A line of a letter's head (name, street, post code, date, company): a few words, each
 * capitalised or a number, bar short particles ("van der", "af"), and not a sentence. The body
 * starts with a sentence or a clause: lower-case words ("Jag måste tacka nej"), or in Swedish,
 * after the greeting's comma, a lower-case letter.
 */
function isHeadLine(line: Line): boolean {
  const words = line.text.split(/\s+/);
  return (
    words.length <= 5 &&
    !sentenceEnd.test(line.text) &&
    !/^\p{Ll}/u.test(line.text) &&
    words.every((word) => !/^\p{Ll}/u.test(word) || /^\p{Ll}{1,3}$/u.test(word))
  );
}

/**
 * The greeting line: the line before the body, after the sender's and recipient's blocks and the
 * subject. A letter may open with the sender's name ("Hi Andersson", "Hallo Bakker"): a line
 * that starts with a greeting word is the greeting only when the body follows it, on the same
 * line ("Hej Karin, jag skriver …") or the next, not another line of an address block or another
 * greeting.
 */
export function findGreeting(
  text: string,
  isGreetingWord: (word: string) => boolean,
): Line | undefined {
  const all = lines(text);
  const opens = (line: Line | undefined) =>
    line !== undefined && isGreetingWord(firstWord.exec(line.text)?.[0].toLowerCase() ?? '');
  return all.find((line, index) => {
    if (!opens(line)) return false;
    if (runOn.test(line.text)) return true;
    const next = all[index + 1];
    return next === undefined || (!opens(next) && !isHeadLine(next));
  });
}

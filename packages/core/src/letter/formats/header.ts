/** RFC 5322 §2.1.1 recommends lines of at most 78 characters; 76 matches the body's limit. */
const maxLine = 76;

/**
 * One header field, its tokens joined by spaces and folded (CRLF + space) between tokens when a
 * line would grow too long. Tokens are already safe (atoms, encoded-words, `<addr>`), so folding
 * never splits one and unfolding gives back the same value.
 */
export function headerField(name: string, tokens: readonly string[]): string {
  let out = `${name}:`;
  let lineLength = out.length;
  for (const token of tokens) {
    if (lineLength > name.length + 1 && lineLength + 1 + token.length > maxLine) {
      out += `\r\n ${token}`;
      lineLength = 1 + token.length;
    } else {
      out += ` ${token}`;
      lineLength += 1 + token.length;
    }
  }
  return out;
}

/** Mailboxes for an address-list header: each one's tokens, a comma after all but the last. */
export function addressListTokens(mailboxes: readonly string[][]): string[] {
  return mailboxes.flatMap((tokens, index) =>
    index === mailboxes.length - 1 ? tokens : [...tokens.slice(0, -1), `${tokens.at(-1)},`],
  );
}

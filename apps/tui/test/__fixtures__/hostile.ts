/**
 * What a hostile file holds: a window title (OSC 0), a clipboard write (OSC 52), a screen clear
 * (CSI 2J) and a bare CR that would write over the line before it.
 */
export const hostile =
  '\u001b]0;PWNED-TITLE\u0007 \u001b]52;c;UFdORUQ=\u0007 \u001b[2JCLEAR-MARK bare\rCR-MARK';

/**
 * A greeting whose name holds the sequences: the check suggests the greeting with its
 * punctuation, quoting the name as written, so the sequences reach a finding's message.
 */
export const hostileGreeting = (word: string) =>
  `${word} \u001b]0;GREETING-TITLE\u0007\u001b]52;c;UA==\u0007\u001b[2JX`;

/** The sequences as a terminal would have received them, had they got through. */
export const payloads = [
  '\u001b]0;PWNED-TITLE',
  '\u001b]0;GREETING-TITLE',
  '\u001b]52;c;',
  '\u001b[2JCLEAR-MARK',
  '\u001b[2JX',
  '\rCR-MARK',
];

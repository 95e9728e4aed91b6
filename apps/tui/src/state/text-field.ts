/** A one-line text field being edited: its value and where the cursor stands (in characters). */
export interface TextField {
  value: string;
  cursor: number;
}

export type TextEdit =
  | { type: 'insert'; text: string }
  /** `count` for several presses that arrived together (key repeat on a busy machine). */
  | { type: 'backspace'; count?: number }
  | { type: 'delete' }
  | { type: 'left' }
  | { type: 'right' }
  | { type: 'home' }
  | { type: 'end' }
  /** Ctrl-U, as in a shell: empty the field. */
  | { type: 'clear' };

/** A field holding `value`, the cursor after its last character. */
export function textField(value = ''): TextField {
  return { value, cursor: [...value].length };
}

/**
 * Applies one edit. Works on characters, not UTF-16 units, so the cursor never splits "å" written as
 * a surrogate-free code point or an emoji. Pasted line breaks and tabs become spaces: the field is
 * one line, and core rejects control characters with its own message anyway.
 */
export function editText(field: TextField, edit: TextEdit): TextField {
  const chars = [...field.value];
  const cursor = Math.min(Math.max(field.cursor, 0), chars.length);
  switch (edit.type) {
    case 'insert': {
      // On a busy machine Backspace presses and the letters typed after them can arrive in one
      // read ("\u007f\u007f28"): each DEL or BS erases, in the order they were typed.
      let at = cursor;
      for (const char of edit.text.replace(/\r\n|[\r\n\t]/g, ' ')) {
        if (char === '\u007f' || char === '\b') {
          if (at > 0) chars.splice(--at, 1);
        } else if (!/\p{Cc}/u.test(char)) {
          chars.splice(at++, 0, char);
        }
      }
      return { value: chars.join(''), cursor: at };
    }
    case 'backspace': {
      const count = Math.min(cursor, edit.count ?? 1);
      chars.splice(cursor - count, count);
      return { value: chars.join(''), cursor: cursor - count };
    }
    case 'delete':
      chars.splice(cursor, 1);
      return { value: chars.join(''), cursor };
    case 'left':
      return { ...field, cursor: Math.max(0, cursor - 1) };
    case 'right':
      return { ...field, cursor: Math.min(chars.length, cursor + 1) };
    case 'home':
      return { ...field, cursor: 0 };
    case 'end':
      return { ...field, cursor: chars.length };
    case 'clear':
      return textField();
  }
}

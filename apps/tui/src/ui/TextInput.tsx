import type { TextField } from '../state/text-field.ts';
import { displayWidth } from '../text/wrap.ts';
import { Text } from './Text.tsx';

/**
 * A one-line field with a visible cursor. When the text is wider than the room, the part around
 * the cursor shows, so typing at the end of a long name still shows what is typed.
 */
export function TextInput({
  field,
  width,
  prefix = '',
}: {
  field: TextField;
  width: number;
  prefix?: string;
}) {
  const chars = [...field.value];
  const room = Math.max(4, width - displayWidth(prefix) - 1);
  const start = Math.max(0, field.cursor - room + 1);
  const visible = chars.slice(start, start + room);
  const at = field.cursor - start;
  const before = visible.slice(0, at).join('');
  const under = visible[at] ?? ' ';
  const after = visible.slice(at + 1).join('');
  return (
    <Text>
      {prefix}
      {before}
      <Text inverse>{under}</Text>
      {after}
    </Text>
  );
}

import { Box } from 'ink';
import { truncate } from '../text/wrap.ts';
import { Text } from './Text.tsx';
import { useTheme } from './theme.ts';

/**
 * A list with one highlighted item, marked with "›" so it shows without colour too. Scrolls to keep
 * the highlighted item in view when there are more items than rows.
 */
export function SelectList({
  items,
  index,
  width,
  height,
}: {
  items: readonly string[];
  index: number;
  width: number;
  height: number;
}) {
  const { color } = useTheme();
  const rows = Math.max(1, height);
  const start = Math.min(Math.max(0, index - rows + 1), Math.max(0, items.length - rows));
  return (
    <Box flexDirection="column">
      {items.slice(start, start + rows).map((item, offset) => {
        const selected = start + offset === index;
        const text = truncate(`${selected ? '›' : ' '} ${item}`, width);
        return (
          <Text
            key={`${start + offset}`}
            bold={selected}
            {...(selected && color ? { color: 'cyan' } : {})}
          >
            {text}
          </Text>
        );
      })}
    </Box>
  );
}

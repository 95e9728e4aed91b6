import { Box } from 'ink';
import type { Line } from '../text/lines.ts';
import { Text } from './Text.tsx';
import { useTheme } from './theme.ts';

function highlight(text: string, query: string | undefined) {
  if (!query) return text;
  const lower = text.toLocaleLowerCase();
  const needle = query.toLocaleLowerCase();
  const parts = [];
  let from = 0;
  let at = lower.indexOf(needle, from);
  while (at !== -1) {
    parts.push(text.slice(from, at));
    parts.push(
      <Text key={at} inverse>
        {text.slice(at, at + needle.length)}
      </Text>,
    );
    from = at + needle.length;
    at = lower.indexOf(needle, from);
  }
  parts.push(text.slice(from));
  return parts;
}

/** A window of already-wrapped lines, headings in bold, search hits inverted. */
export function LinesView({
  lines,
  scroll: offset,
  height,
  query,
}: {
  lines: readonly Line[];
  scroll: number;
  height: number;
  query?: string;
}) {
  const { color } = useTheme();
  // After the window grows, a scroll position kept from a smaller one would leave rows empty.
  const scroll = Math.min(offset, Math.max(0, lines.length - height));
  return (
    <Box flexDirection="column" height={height} overflow="hidden">
      {lines.slice(scroll, scroll + height).map((line, offset) => {
        const heading =
          line.style === 'title' || line.style === 'heading' || line.style === 'subheading';
        const colour =
          color && line.style === 'heading'
            ? 'cyan'
            : color && line.style === 'tip'
              ? 'green'
              : undefined;
        return (
          <Text key={`${scroll + offset}`} bold={heading} {...(colour ? { color: colour } : {})}>
            {line.text === '' ? ' ' : highlight(line.text, query)}
          </Text>
        );
      })}
    </Box>
  );
}

import { Box } from 'ink';
import type { Status } from './screen-model.ts';
import { Text } from './Text.tsx';
import { TextInput } from './TextInput.tsx';
import { useTheme } from './theme.ts';

/** The status rows: a prompt being typed, or a message in its tone (errors in red with colour). */
export function StatusLine({
  value,
  lines,
  width,
}: {
  value: Status | undefined;
  lines: string[];
  width: number;
}) {
  const { color } = useTheme();
  if (value?.kind === 'prompt')
    return <TextInput field={value.field} width={width} prefix={value.prefix} />;
  const tone = value?.tone ?? 'info';
  return (
    <Box flexDirection="column">
      {lines.map((line) => (
        <Text
          key={line}
          bold={tone === 'bold'}
          dimColor={tone === 'dim'}
          {...(tone === 'error' && color ? { color: 'red' } : {})}
        >
          {line}
        </Text>
      ))}
    </Box>
  );
}

// The baseline: the smallest Ink app that waits for keys, bundled exactly as rescind is. The text
// comes from argv so the benchmark can also time a greeting with non-ASCII letters: Ink measures
// such text on a slower path (grapheme segmentation) than plain ASCII, and every rescind screen has it.
import { render, Text, useApp, useInput } from 'ink';

const greeting = process.argv[2] ?? 'Hello, world';

function Hello() {
  const { exit } = useApp();
  useInput(
    (input) => {
      if (input === 'q') exit();
    },
    { isActive: process.stdin.isTTY === true },
  );
  return <Text>{greeting}</Text>;
}

const app = render(<Hello />);
if (!process.stdin.isTTY) app.unmount();

// The baseline: the smallest Ink app that waits for keys, bundled exactly as rescind is.
import { render, Text, useApp, useInput } from 'ink';

function Hello() {
  const { exit } = useApp();
  useInput(
    (input) => {
      if (input === 'q') exit();
    },
    { isActive: process.stdin.isTTY === true },
  );
  return <Text>Hello, world</Text>;
}

const app = render(<Hello />);
if (!process.stdin.isTTY) app.unmount();

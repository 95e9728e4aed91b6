import { useStdout } from 'ink';
import { useEffect, useState } from 'react';

export interface Size {
  columns: number;
  rows: number;
}

function read(stdout: NodeJS.WritableStream): Size {
  // Ink types its stdout as any writable stream; a terminal's also knows its size.
  const { columns, rows } = stdout as Partial<NodeJS.WriteStream>;
  return { columns: columns || 80, rows: rows || 24 };
}

/** The terminal's size, updated when it is resized so every view redraws to fit. */
export function useTerminalSize(): Size {
  const { stdout } = useStdout();
  const [size, setSize] = useState(() => read(stdout));
  useEffect(() => {
    const update = () => setSize(read(stdout));
    stdout.on('resize', update);
    return () => {
      stdout.off('resize', update);
    };
  }, [stdout]);
  return size;
}

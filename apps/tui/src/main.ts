import { localeOf, run } from './cli/run.ts';
import { outputFailed, unexpectedFailure } from './cli/stream-errors.ts';

const argv = process.argv.slice(2);
const locale = localeOf(argv, process.env);

// A closed pipe or a full disk reaches the stream as an 'error' event, after the write returned.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    process.exit(outputFailed(error, locale, process.stderr));
  });
}

try {
  process.exitCode = await run(argv, {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
  });
} catch (error) {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  process.exitCode =
    code === 'EPIPE' || code === 'ENOSPC' || code === 'EDQUOT'
      ? outputFailed(error, locale, process.stderr)
      : unexpectedFailure(error, locale, process.stderr);
}

// `pnpm serve` (and the root `pnpm start`): the exported site on http://localhost:3000.
import { existsSync } from 'node:fs';
import { outDir, startStaticServer } from './static-server.mjs';

const port = Number(process.env.PORT ?? 3000);

if (!existsSync(outDir)) {
  console.error(
    `There is no built site in ${outDir}. Run "pnpm build" first (or "pnpm start" at the repository root).`,
  );
  process.exit(1);
}

try {
  // Both loopback addresses, since "localhost" may resolve to either; only IPv4 is required.
  await startStaticServer({ port, host: '127.0.0.1' });
  await startStaticServer({ port, host: '::1' }).catch(() => {});
} catch (error) {
  if (error && typeof error === 'object' && 'code' in error && error.code === 'EADDRINUSE') {
    console.error(
      `Port ${port} is already in use. Stop the program using it, or choose another port: PORT=3001 pnpm start`,
    );
    process.exit(1);
  }
  throw error;
}

console.log(`rescind is running at http://localhost:${port}/  (Ctrl+C stops it)`);

// Ctrl+C is how this server is meant to stop, not a failure.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));

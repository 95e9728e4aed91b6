// Cold start of `rescind --version` and of rescind's first interactive frame, each as a ratio to a
// hello-world Ink app bundled the same way, measured in the same run. Goal: ≤ 1.25×.
//
// "Cold" is a new Node process each time (the OS file cache stays warm, as it is for a person who
// runs the command twice). The interactive frame is timed in a real pseudo-terminal made by
// `script`, from spawn until the frame's text arrives.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { bundleOptions } from '../scripts/bundle-options.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const rescind = join(root, 'dist/rescind.js');
const runs = Number(process.env.BENCH_RUNS ?? 15);

if (!existsSync(rescind)) {
  console.error('dist/rescind.js is missing: run `pnpm --filter @rescind/tui build` first.');
  process.exit(1);
}
if (spawnSync('script', ['--version']).error) {
  console.error('`script` (util-linux) is needed to time the first frame in a pseudo-terminal.');
  process.exit(1);
}

const outdir = mkdtempSync(join(tmpdir(), 'rescind-bench-'));
await build(bundleOptions({ root, entryPoints: { hello: 'bench/hello-world.jsx' }, outdir }));
const hello = join(outdir, 'hello.js');

const env = { ...process.env, LANG: 'sv_SE.UTF-8', TERM: 'xterm-256color' };
delete env.CI;
delete env.CONTINUOUS_INTEGRATION;

/** Milliseconds from spawn to exit of a command outside a terminal. */
function timeToExit(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Milliseconds from spawn until `marker` appears on a pseudo-terminal, then the app is stopped. */
function timeToFrame(args, marker) {
  return new Promise((resolve, reject) => {
    const command = [process.execPath, ...args].map((part) => `'${part}'`).join(' ');
    const start = process.hrtime.bigint();
    const child = spawn('script', ['-qfec', `stty cols 80 rows 24; ${command}`, '/dev/null'], {
      env,
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let seen = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${marker} never appeared:\n${seen}`));
    }, 10_000);
    const onData = (chunk) => {
      seen += chunk.toString('utf8');
      if (!seen.includes(marker)) return;
      const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
      clearTimeout(timer);
      child.stdout.off('data', onData);
      child.stdout.resume();
      // Closing the pseudo-terminal hangs the app up, as closing a terminal window would.
      child.once('exit', () => resolve(elapsed));
      child.kill('SIGTERM');
    };
    child.stdin.on('error', () => {});
    child.stdout.on('data', onData);
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const samples = { version: [], helloExit: [], frame: [], helloFrame: [] };
// One warm-up of each fills the file cache; then they are interleaved so drift hits all alike.
timeToExit([rescind, '--version']);
timeToExit([hello]);
await timeToFrame([rescind, '--locale', 'sv'], 'Läs guiden');
await timeToFrame([hello], 'Hello, world');
for (let run = 0; run < runs; run += 1) {
  samples.version.push(timeToExit([rescind, '--version']));
  samples.helloExit.push(timeToExit([hello]));
  samples.frame.push(await timeToFrame([rescind, '--locale', 'sv'], 'Läs guiden'));
  samples.helloFrame.push(await timeToFrame([hello], 'Hello, world'));
}

const stat = (pick) =>
  Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, pick(values)]));
const m = stat(median);
const low = stat((values) => Math.min(...values));
const row = (label, ours, baseline, fastest) =>
  `${label.padEnd(40)} ${ours.toFixed(0).padStart(5)} ms vs ${baseline.toFixed(0).padStart(5)} ms = ${(ours / baseline).toFixed(2)}×   (fastest runs: ${fastest.toFixed(2)}×)`;
console.log(`Cold start, median of ${runs} runs each, Node ${process.version}`);
console.log('Baseline: a hello-world Ink app bundled the same way, in the same run');
console.log(
  row('rescind --version (spawn to exit)', m.version, m.helloExit, low.version / low.helloExit),
);
console.log(
  row('first interactive frame (pty)', m.frame, m.helloFrame, low.frame / low.helloFrame),
);
console.log('Goal: ≤ 1.25×.');

rmSync(outdir, { recursive: true, force: true });

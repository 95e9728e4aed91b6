import { appendFileSync } from 'node:fs';

export async function load(url, context, nextLoad) {
  if (process.env.RESCIND_TRACE) appendFileSync(process.env.RESCIND_TRACE, `${url}\n`);
  return nextLoad(url, context);
}

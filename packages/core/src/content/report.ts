import type { VFile } from 'vfile';
import { type ContentErrorArgs, type ContentErrorCode, contentErrors } from './errors.ts';
import type { Point, Position } from './file-data.ts';

/**
 * Records an error on the file, remark-lint style (`ruleId` = catalogue code), and carries on: the
 * parser collects every problem and fails once at the end.
 */
export function report<Code extends ContentErrorCode>(
  file: VFile,
  code: Code,
  place: Position | Point | undefined,
  ...args: [ContentErrorArgs<Code>] extends [undefined] ? [] : [ContentErrorArgs<Code>]
): void {
  const render = contentErrors[code].message as (args: unknown) => string;
  const message = file.message(render(args[0]), { place, ruleId: code, source: 'rescind' });
  message.fatal = true;
}

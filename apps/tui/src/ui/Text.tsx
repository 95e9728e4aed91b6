import { Text as InkText } from 'ink';
import { Children, type ComponentProps, isValidElement } from 'react';
import { sanitizeLine } from '../text/sanitize.ts';

/**
 * Ink's `Text` for every view: each string in it is shown with the characters a terminal would
 * obey made visible (`\u001b`, `\r`), so no file, pasted draft or resumed answer can set the
 * title, write the clipboard or clear the screen. Views import `Text` from here, never from ink.
 */
export function Text({ children, ...props }: ComponentProps<typeof InkText>) {
  return (
    <InkText {...props}>
      {Children.map(children, (child) =>
        typeof child === 'string' ? sanitizeLine(child) : isValidElement(child) ? child : child,
      )}
    </InkText>
  );
}

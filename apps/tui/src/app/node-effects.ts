import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { occupant, writeOut } from '../cli/out-file.ts';
import { decodeUtf8 } from '../io/streams.ts';
import { type Effects, NoClipboardError } from '../ui/effects.ts';

/** A path as a person types it: `~/brev.txt` means their home, anything else the current folder. */
export function expandPath(path: string): string {
  if (path === '~' || path.startsWith('~/')) return resolve(homedir(), path.slice(2));
  return resolve(path);
}

/** Is there a display server to own a clipboard? Without one (as over SSH) there is nothing to copy to. */
function hasClipboard(env: NodeJS.ProcessEnv): boolean {
  if (process.platform !== 'linux') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY || env.TERMUX_VERSION || env.WSL_DISTRO_NAME);
}

/** The real files and clipboard. */
export function nodeEffects(env: NodeJS.ProcessEnv): Effects {
  return {
    async exists(path) {
      // A link counts, even one to nothing: replacing it must be agreed to like a file.
      try {
        return (await occupant(expandPath(path))) !== 'none';
      } catch {
        return false;
      }
    },
    async write(path, text, overwrite) {
      // `wx` fails if the file appeared since we looked: never replace a file nobody agreed to.
      // An agreed replacement replaces a link itself, never the file it points at (cli/out-file.ts).
      const target = expandPath(path);
      if (!overwrite) return writeOut(target, text, 'create');
      return writeOut(target, text, (await occupant(target)) === 'stream' ? 'stream' : 'replace');
    },
    // Strictly UTF-8: a Latin-1 file is an error that says so, not a letter full of U+FFFD.
    read: async (path) => decodeUtf8(await readFile(expandPath(path))),
    async copy(text) {
      if (!hasClipboard(env)) throw new NoClipboardError();
      try {
        const { default: clipboard } = await import('clipboardy');
        await clipboard.write(text);
      } catch (error) {
        throw new NoClipboardError(error instanceof Error ? error.message : String(error));
      }
    },
  };
}

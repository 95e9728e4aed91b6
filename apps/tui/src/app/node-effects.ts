import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { occupant, writeOut } from '../cli/out-file.ts';
import { decodeUtf8 } from '../io/streams.ts';
import { type Effects, NoClipboardError } from '../ui/effects.ts';
import { saveDraft } from './draft.ts';

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

/**
 * Can the terminal take a copy itself, by OSC 52? Over SSH it is the only clipboard within reach,
 * and the terminals named here take it (tmux passes it on with `set-clipboard on`). There is no answer to ask
 * for, so the rest are not sent a sequence they might print.
 */
export function supportsOsc52(env: NodeJS.ProcessEnv): boolean {
  const term = env.TERM ?? '';
  if (term === '' || term === 'dumb' || term === 'linux') return false;
  if (env.SSH_TTY || env.SSH_CONNECTION) return true;
  if (/kitty|alacritty|foot|wezterm|ghostty|contour/.test(term)) return true;
  return /^(iTerm\.app|WezTerm|vscode|ghostty|WarpTerminal)$/.test(env.TERM_PROGRAM ?? '');
}

/** The OSC 52 sequence that puts `text` on the terminal's clipboard. */
export function osc52(text: string): string {
  return `\u001b]52;c;${Buffer.from(text, 'utf8').toString('base64')}\u0007`;
}

/** The real files and clipboard. */
export function nodeEffects(env: NodeJS.ProcessEnv): Effects {
  return {
    saveDraft: (answers) => saveDraft(env, answers),
    suspend: () =>
      new Promise<void>((resolve) => {
        // Ink has let go of raw mode; leave the alternate screen so the shell is seen as it was.
        process.stdout.write('\u001b[?1049l\u001b[?25h');
        // A signal listener does not keep Node running, and with input paused nothing else does:
        // without this timer the app would end the moment it is continued.
        const alive = setInterval(() => {}, 60_000);
        process.once('SIGCONT', () => {
          clearInterval(alive);
          process.stdout.write('\u001b[?1049h');
          resolve();
        });
        // SIGTSTP would be ignored under some shells' job control; SIGSTOP cannot be.
        process.kill(process.pid, 'SIGSTOP');
      }),
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
      if (supportsOsc52(env)) {
        process.stdout.write(osc52(text));
        return 'terminal';
      }
      if (!hasClipboard(env)) throw new NoClipboardError();
      try {
        const { default: clipboard } = await import('clipboardy');
        await clipboard.write(text);
        return undefined;
      } catch (error) {
        throw new NoClipboardError(error instanceof Error ? error.message : String(error));
      }
    },
  };
}

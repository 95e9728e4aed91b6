import { channels } from '@rescind/core';
import { choiceFlags } from './answers.ts';
import type { OptionSpec } from './args.ts';
import { type CommandContext, parseSubcommand } from './context.ts';
import { guideOptions } from './guide.ts';
import { letterOptions } from './letter.ts';
import { lintOptions } from './lint.ts';
import { positionOptions } from './position.ts';
import { UsageError } from './usage-error.ts';

/** The commands and their flags, as the parser knows them: completions never list another set. */
export function commandSpecs(): Record<string, OptionSpec> {
  return {
    guide: guideOptions,
    letter: letterOptions,
    position: positionOptions,
    lint: lintOptions,
    completions: { help: { type: 'boolean', short: 'h' } },
  };
}

export const topFlags = ['--locale', '--resume', '--help', '--version'];

/** The values a flag takes, where they are few. */
export function flagValues(command: string, flag: string): readonly string[] | undefined {
  if (flag === 'locale') return ['sv', 'nl'];
  if (flag === 'channel') return channels;
  if (flag === 'format')
    return command === 'position' ? ['text', 'json'] : ['text', 'md', 'eml', 'json'];
  return (choiceFlags as Record<string, readonly string[] | undefined>)[flag];
}

const shells = ['bash', 'zsh', 'fish'] as const;
type Shell = (typeof shells)[number];

function flagsOf(spec: OptionSpec): string[] {
  return Object.keys(spec).map((name) => `--${name}`);
}

function bash(specs: Record<string, OptionSpec>): string {
  const cases = Object.entries(specs)
    .map(([command, spec]) => {
      const values = Object.keys(spec)
        .map((flag) => [flag, flagValues(command, flag)] as const)
        .filter((entry): entry is readonly [string, readonly string[]] => entry[1] !== undefined)
        .map(
          ([flag, list]) =>
            `      --${flag}) COMPREPLY=($(compgen -W "${list.join(' ')}" -- "$cur")); return ;;`,
        )
        .join('\n');
      return `    ${command})
      case "$prev" in
${values}
      esac
      COMPREPLY=($(compgen -W "${flagsOf(spec).join(' ')}" -- "$cur"))
      [[ $cur != -* ]] && COMPREPLY+=($(compgen -f -- "$cur"))
      ;;`;
    })
    .join('\n');
  return `# bash completion for rescind (rescind completions bash > /etc/bash_completion.d/rescind)
_rescind() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}"
  if [[ $COMP_CWORD -eq 1 ]]; then
    COMPREPLY=($(compgen -W "${Object.keys(specs).join(' ')} ${topFlags.join(' ')}" -- "$cur"))
    return
  fi
  case "\${COMP_WORDS[1]}" in
${cases}
    *)
      case "$prev" in
        --locale) COMPREPLY=($(compgen -W "sv nl" -- "$cur")); return ;;
        --resume) COMPREPLY=($(compgen -f -- "$cur")); return ;;
      esac
      COMPREPLY=($(compgen -W "${topFlags.join(' ')}" -- "$cur"))
      ;;
  esac
}
complete -F _rescind rescind
`;
}

function zsh(specs: Record<string, OptionSpec>): string {
  const functions = Object.entries(specs)
    .map(([command, spec]) => {
      const args = Object.entries(spec)
        .map(([flag, option]) => {
          const values = flagValues(command, flag);
          const takes =
            option.type === 'string'
              ? `:${flag}:${values ? `(${values.join(' ')})` : '_files'}`
              : '';
          return `    '--${flag}[${flag}]${takes}'`;
        })
        .join(' \\\n');
      return `_rescind_${command.replace(/-/g, '_')}() {
  _arguments \\
${args} \\
    '*:file:_files'
}`;
    })
    .join('\n\n');
  return `#compdef rescind
# zsh completion for rescind (rescind completions zsh > "\${fpath[1]}/_rescind")
${functions}

_rescind() {
  if (( CURRENT == 2 )); then
    _values 'command' ${Object.keys(specs).join(' ')} ${topFlags.map((flag) => `'${flag}'`).join(' ')}
    return
  fi
  case $words[2] in
${Object.keys(specs)
  .map(
    (command) =>
      `    ${command}) shift words; (( CURRENT-- )); _rescind_${command.replace(/-/g, '_')} ;;`,
  )
  .join('\n')}
  esac
}

_rescind "$@"
`;
}

function fish(specs: Record<string, OptionSpec>): string {
  const lines = [
    '# fish completion for rescind (rescind completions fish > ~/.config/fish/completions/rescind.fish)',
    `complete -c rescind -f -n __fish_use_subcommand -a '${Object.keys(specs).join(' ')}'`,
    "complete -c rescind -n __fish_use_subcommand -l locale -x -a 'sv nl'",
    'complete -c rescind -n __fish_use_subcommand -l resume -r -F',
    'complete -c rescind -n __fish_use_subcommand -l help -s h',
    'complete -c rescind -n __fish_use_subcommand -l version -s v',
  ];
  for (const [command, spec] of Object.entries(specs)) {
    for (const [flag, option] of Object.entries(spec)) {
      const values = flagValues(command, flag);
      const short = option.short ? ` -s ${option.short}` : '';
      const takes =
        option.type === 'boolean' ? '' : values ? ` -x -a '${values.join(' ')}'` : ' -r -F';
      lines.push(
        `complete -c rescind -n '__fish_seen_subcommand_from ${command}' -l ${flag}${short}${takes}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The completion script for `shell`, from the commands' own flag definitions. */
export function completionScript(shell: Shell): string {
  const specs = commandSpecs();
  return { bash, zsh, fish }[shell](specs);
}

/** `rescind completions bash|zsh|fish`: prints the shell's completion script. */
export async function completionsCommand(
  args: readonly string[],
  context: CommandContext,
): Promise<number> {
  const parsed = parseSubcommand(
    'completions',
    args,
    { help: { type: 'boolean', short: 'h' } },
    context,
    1,
  );
  if (!parsed) return 0;
  const shell = parsed.positionals[0];
  if (!shells.includes(shell as Shell))
    throw new UsageError(context.messages.usage.badShell(shell ?? ''), 'completions');
  context.io.stdout.write(completionScript(shell as Shell));
  return 0;
}

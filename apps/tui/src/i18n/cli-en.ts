import type { CliMessages } from './cli-messages.ts';
import { list } from './list.ts';

const legalFlags = `Where you stand (each optional; leave one out for "don't know"):
  --acceptance spoken|email|signed       how you said yes
  --contract permanent|fixed-term|unknown   the kind of contract
  --exit-clause | --no-exit-clause       a fixed-term contract may (or may not) be ended early
  --trial yes|no|unknown                 the job starts with a trial period
  --trial-months N                       its length, in whole months
  --notice-months N                      your notice period in the contract, in whole months
  --collective-agreement yes|no|unknown  a collective agreement applies
  --essentials-agreed yes|no|unknown     nl: pay, hours and start date were agreed
  --state-employer | --no-state-employer sv: the employer is the Swedish state
  --resigned | --no-resigned             you have resigned from your current job`;

export const cliEn: CliMessages = {
  help: {
    top: `rescind: take back a job acceptance early, honestly and politely, in Swedish or Dutch.

Usage
  rescind                    read the guide and write a letter, interactively
  rescind --resume FILE      go on from answers saved as JSON
  rescind guide [options]    print the guide
  rescind letter [options]   write the letter from flags or a JSON file
  rescind lint FILE|-        check a letter you wrote against the guide
  rescind position [options] where you stand under the law, from flags or a JSON file
  rescind completions bash|zsh|fish   the shell's completion script

Options
  --locale sv|nl   language (else from LC_ALL, LC_MESSAGES or LANG)
  -h, --help       help; for a command: rescind letter --help
  -v, --version    the version

Exit status: 0 done, 1 the check found problems, 2 a usage or input error, 130 Ctrl-C.`,
    guide: `Usage: rescind guide [--locale sv|nl] [--section ID] [--json]

Prints the guide as text, without the publisher's promotions: on a terminal wrapped to its width
and paged through $PAGER (or less -R) when longer than the screen, else wrapped to 80 columns.

  --locale sv|nl   the guide's language
  --section ID     only this part: intro, reasons, steps, good-faith, channels, downsides,
                   verdict, faq, or one section such as step-act-fast or channel-email
  --json           the guide's model as JSON instead of text`,
    letter: `Usage: rescind letter --locale sv|nl --channel CHANNEL --name NAME --company COMPANY
                      --position TITLE --start DATE [options]

Writes what you need to take back your acceptance: the letter or e-mail, a call script or talking
points, and a confirming e-mail. Advice from the guide goes to stderr.

  --channel email|letter|phone|meeting   how you will tell them
  --name NAME            your name              --email ADDRESS       your e-mail
  --company COMPANY      the employer           --recipient NAME      who you write to
  --recipient-email ADDRESS                     their e-mail (needed for --format eml)
  --address "LINE, LINE"  your postal address    --recipient-address "LINE, LINE"  theirs (for --channel letter)
  --position TITLE       the job you accepted   --start DATE          its first day
  --accepted DATE        when you accepted      --today DATE          date the letter
  DATE                   for example 14-12-2026, 2026-12-14 or 14 december 2026 (month in sv or nl)
  --reason compensation|career|better-offer|conditions|personal   (default personal)
  --detail TEXT          one or two sentences on your reason
  --formal | --informal  tone, Dutch u or je (default formal)
  --place CITY           for a letter's date line
  --contract-signed      you have signed the contract
  --counter-offer        the employer might come back with a counter-offer
  --format text|md|eml|json              output (default text)
  --out FILE             write to FILE instead of stdout
  --force                replace FILE if it exists, without asking
  --input FILE|-         read the answers from a JSON file (or stdin); flags override them

${legalFlags}`,
    lint: `Usage: rescind lint FILE|- [--locale sv|nl] [--formal|--informal] [--channel CHANNEL]

Checks a letter against the guide and prints one line per finding, like a linter:
  letter.txt:3:1 warning <what the guide asks for>  <code>
Exits with 1 when there are findings. Give - to read the letter from stdin. A saved e-mail (.eml)
is checked by its text. Without --locale the letter's language is recognised from its words.`,
    completions: `Usage: rescind completions bash|zsh|fish

Prints the completion script for the shell, from the same flag definitions the commands use:
  rescind completions bash > ~/.local/share/bash-completion/completions/rescind
  rescind completions zsh > "\${fpath[1]}/_rescind"
  rescind completions fish > ~/.config/fish/completions/rescind.fish`,
    position: `Usage: rescind position --locale sv|nl --channel CHANNEL --start DATE [options]

Says where your answers leave you under Swedish or Dutch employment law: whether you are bound,
how the contract ends, the last day, what is at stake, and the sources. This is information, not
legal advice.

  --channel email|letter|phone|meeting   how you will tell them (decides when your notice arrives)
  --start DATE           the first working day  --today DATE          the day you give notice
  --accepted DATE        when you accepted      --contract-signed     same as --acceptance signed
  DATE                   for example 14-12-2026, 2026-12-14 or 14 december 2026 (month in sv or nl)
  --format text|json     output (default text)
  --input FILE|-         read the answers from a JSON file (or stdin); flags override them
  The other flags of rescind letter are taken too (and not needed here).

${legalFlags}`,
  },
  usage: {
    seeHelp: (command) => `Run \`${command} --help\` to see the options.`,
    unknownCommand: (name, suggestion) =>
      `There is no command "${name}".${suggestion ? ` Did you mean ${suggestion}?` : ''} Use guide, letter, position, lint or completions, or no command for the interactive app.`,
    badShell: (shell) =>
      `${shell === '' ? 'Name a shell' : `There is no completion script for "${shell}"`}: use bash, zsh or fish.`,
    unknownOption: (option, suggestion) =>
      `Unknown option ${option}.${suggestion ? ` Did you mean ${suggestion}?` : ''}`,
    missingValue: (option) =>
      `${option} needs a value: write it after the option, as in ${option} VALUE.`,
    noValueAllowed: (option) => `${option} is a switch and takes no value: write just ${option}.`,
    unexpectedArgument: (argument) =>
      `Unexpected argument "${argument}". Put quotes around a value with spaces in it.`,
    badLocale: (value) =>
      `"${value}" is not a language rescind speaks: use --locale sv or --locale nl.`,
    needsLocale: 'Which language? Add --locale sv or --locale nl.',
    notInteractive:
      'No command given and this is not an interactive terminal. Use rescind guide, rescind letter or rescind lint.',
    unknownSection: (id, known) =>
      `There is no section "${id}". Known sections: ${known.join(', ')}.`,
    conflicting: (first, second) => `${first} and ${second} cannot be used together: choose one.`,
    badFormat: (value) => `"${value}" is not an output format: use text, md, eml or json.`,
    badPositionFormat: (value) =>
      `"${value}" is not an output format of rescind position: use text or json.`,
    badChoice: (option, value, choices, suggestion) =>
      `${option} cannot be "${value}": use ${list(choices, 'or')}.${suggestion ? ` Did you mean ${suggestion}?` : ''}`,
    badChannel: (value) => `"${value}" is not a channel: use email, letter, phone or meeting.`,
    needsFile: 'Say which letter to check: give a file name, or - to read from stdin.',
    cannotRead: (path, reason) => `Cannot read ${path}: ${reason}.`,
    notJson: (path, detail) =>
      `${path} is not valid JSON (${detail}). Fix the file or save the answers again.`,
    notAnObject: (path) =>
      `${path} must hold one JSON object with your answers, as saved by rescind.`,
    cannotWrite: (path, reason) => `Cannot write ${path}: ${reason}.`,
    outExists: (path) =>
      `${path} already exists (or is a link). Add --force to replace it, or choose another file with --out.`,
    notUtf8: (path) =>
      `${path} is not UTF-8 text. Save it as UTF-8 (in most editors: Save as… › Encoding › UTF-8) and try again.`,
    emlNeedsAddress: (option) => `--format eml needs an address for the message: add ${option}.`,
    badAnswer: (where, message) => `${where}: ${message}`,
  },
  lint: {
    summary: (count) => (count === 1 ? '1 finding' : `${count} findings`),
    clean: (file) => `${file}: no findings`,
  },
  letter: {
    wrote: (path) => `Wrote ${path}`,
    replace: (path) => `${path} already exists. Replace it? [y/N] `,
    yes: 'y',
    kept: (path) => `Kept ${path} as it was; nothing written.`,
    warning: 'warning',
    advice: 'Advice',
  },
};

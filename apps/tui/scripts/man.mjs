// Writes dist/rescind.1, the man page, from the built CLI's own English --help of each command:
// one source for the flags, so the page cannot say other than `--help` does.
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';

const commands = ['guide', 'letter', 'position', 'lint', 'completions'];

/** Text as roff reads it: backslashes and a line's leading dot or quote made literal, flags' hyphens as minus signs. */
function roff(text) {
  return text
    .replaceAll('\\', '\\e')
    .replaceAll('-', '\\-')
    .split('\n')
    .map((line) => (/^[.']/.test(line) ? `\\&${line}` : line))
    .join('\n');
}

export async function writeManPage(bin, out, version) {
  const help = (args) =>
    execFileSync(process.execPath, [bin, ...args, '--help'], {
      encoding: 'utf8',
      env: { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '' },
    }).trimEnd();
  const [lead, ...rest] = help([]).split('\n\n');
  const sections = commands.map((command) => `.SS ${command}\n.nf\n${roff(help([command]))}\n.fi`);
  const page = `.TH RESCIND 1 "" "rescind ${version}" "User Commands"
.SH NAME
rescind \\- ${roff(lead.replace(/^rescind: /, ''))}
.SH SYNOPSIS
.nf
${roff(rest.join('\n\n'))}
.fi
.SH COMMANDS
${sections.join('\n')}
.SH FILES
.TP
.I $XDG_STATE_HOME/rescind/answers.json
The interactive app's answers, saved as they are given (mode 0600), offered at the next start and
kept for 30 days after the last change. Without XDG_STATE_HOME: ~/.local/state/rescind.
.SH ENVIRONMENT
.TP
.B LC_ALL, LC_MESSAGES, LANG
The language, when \\-\\-locale is not given.
.TP
.B PAGER
Pages \\fBrescind guide\\fR on a terminal (else \\fBless \\-R\\fR).
.TP
.B NO_COLOR
No colour in the interactive app.
.SH EXIT STATUS
0 done, 1 the check found problems, 2 a usage or input error, 130 interrupted by Ctrl\\-C,
128 + the signal's number when ended by one.
`;
  await writeFile(out, page);
}

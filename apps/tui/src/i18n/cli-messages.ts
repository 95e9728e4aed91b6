/**
 * Everything the plain CLI says to a person. English is the fallback when no language is known;
 * help is printed in English followed by the locale's language, as the issue asks.
 */
export interface CliMessages {
  help: {
    top: string;
    guide: string;
    letter: string;
    lint: string;
    position: string;
    completions: string;
  };
  usage: {
    /** Appended to a usage error: where to find the options (`command` as typed, `rescind letter`). */
    seeHelp(command: string): string;
    unknownCommand(name: string, suggestion: string | undefined): string;
    /** `rescind completions` without one of the shells it writes for. */
    badShell(shell: string): string;
    unknownOption(option: string, suggestion: string | undefined): string;
    missingValue(option: string): string;
    noValueAllowed(option: string): string;
    unexpectedArgument(argument: string): string;
    badLocale(value: string): string;
    needsLocale: string;
    notInteractive: string;
    unknownSection(id: string, known: readonly string[]): string;
    conflicting(first: string, second: string): string;
    badFormat(value: string): string;
    /** `rescind position` prints text or JSON only. */
    badPositionFormat(value: string): string;
    /** A flag's value is none of its `choices`; `suggestion` is the one it looks like a typo of. */
    badChoice(
      option: string,
      value: string,
      choices: readonly string[],
      suggestion?: string,
    ): string;
    badChannel(value: string): string;
    needsFile: string;
    cannotRead(path: string, reason: string): string;
    notJson(path: string, detail: string): string;
    notAnObject(path: string): string;
    cannotWrite(path: string, reason: string): string;
    /** `--out` names a file or a link that is there already, and nobody can be asked. */
    outExists(path: string): string;
    /** A file that is not UTF-8 text. */
    notUtf8(path: string): string;
    emlNeedsAddress(option: string): string;
    badAnswer(where: string, message: string): string;
  };
  lint: {
    summary(count: number): string;
    clean(file: string): string;
  };
  letter: {
    wrote(path: string): string;
    /** Asked on a terminal before `--out` replaces a file; answered y/j or n. */
    replace(path: string): string;
    /** The answer that means yes, besides "y". */
    yes: string;
    kept(path: string): string;
    /** Before a warning that the output is not finished (a placeholder left in a letter). */
    warning: string;
    advice: string;
  };
}

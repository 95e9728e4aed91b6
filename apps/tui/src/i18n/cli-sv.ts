import { getFormVocabulary } from '@rescind/core/vocabulary';
import type { CliMessages } from './cli-messages.ts';
import { list } from './list.ts';

/** How a date may be written: core's hint, the web form's and the wizard's too. */
const dateHint = getFormVocabulary('sv').fields.startDate.hint;

const legalFlags = `Så ligger det till juridiskt (alla valfria; en flagga som saknas är ”vet inte”):
  --acceptance spoken|email|signed       hur du tackade ja: muntligt, per mejl, påskrivet avtal
  --contract permanent|fixed-term|unknown   tillsvidareanställning eller tidsbegränsad
  --exit-clause | --no-exit-clause       får (inte) sägas upp i förtid enligt avtalet
  --trial yes|no|unknown                 anställningen börjar med en provanställning
  --trial-months N                       provanställningens längd i hela månader
  --notice-months N                      din uppsägningstid enligt avtalet, i hela månader
  --collective-agreement yes|no|unknown  arbetsgivaren har kollektivavtal
  --essentials-agreed yes|no|unknown     nl: lön, arbetstid och startdatum var bestämda
  --state-employer | --no-state-employer sv: arbetsgivaren är staten
  --resigned | --no-resigned             du har sagt upp dig från ditt nuvarande jobb`;

export const cliSv: CliMessages = {
  help: {
    top: `rescind: ta tillbaka din accept av ett jobberbjudande – tidigt, ärligt och artigt, på svenska eller nederländska.

Användning
  rescind                    läs guiden och skriv ett brev, interaktivt
  rescind --resume FIL       fortsätt med svar som har sparats som JSON
  rescind guide [flaggor]    skriv ut guiden
  rescind letter [flaggor]   skriv brevet utifrån flaggor eller en JSON-fil
  rescind lint FIL|-         granska ett brev du har skrivit mot guiden
  rescind position [flaggor] så ligger det till juridiskt, utifrån flaggor eller en JSON-fil
  rescind completions bash|zsh|fish   skalets kompletteringsskript

Flaggor
  --locale sv|nl   språk (annars från LC_ALL, LC_MESSAGES eller LANG)
  -h, --help       hjälp; för ett kommando: rescind letter --help
  -v, --version    versionen

Slutstatus: 0 klart, 1 granskningen hittade problem, 2 fel i kommandot eller i svaren, 130 Ctrl-C.`,
    guide: `Användning: rescind guide [--locale sv|nl] [--section ID] [--json]

Skriver ut guiden som text, utan utgivarens reklam: i en terminal med radbrytning efter dess
bredd och genom $PAGER (eller less -R) när texten är längre än skärmen, annars vid 80 tecken.

  --locale sv|nl   guidens språk
  --section ID     bara den här delen: intro, reasons, steps, good-faith, channels, downsides,
                   verdict, faq eller ett enskilt avsnitt, till exempel step-act-fast
  --json           guidens modell som JSON i stället för text`,
    letter: `Användning: rescind letter --locale sv|nl --channel KANAL --name NAMN --company FÖRETAG
                           --position TJÄNST --start DATUM [flaggor]

Skriver det du behöver för att ta tillbaka din accept: brevet eller mejlet, ett samtalsmanus eller
stödpunkter, och ett bekräftande mejl. Guidens råd skrivs till stderr.

  --channel email|letter|phone|meeting   hur du meddelar dem
  --name NAMN            ditt namn              --email ADRESS        din e-postadress
  --company FÖRETAG      arbetsgivaren          --recipient NAMN      den du skriver till
  --recipient-email ADRESS                      mottagarens e-post (krävs för --format eml)
  --address "RAD, RAD"    din postadress         --recipient-address "RAD, RAD"  mottagarens (för --channel letter)
  --position TJÄNST      tjänsten du tackade ja till
  --start DATUM          första arbetsdagen     --accepted DATUM       dagen du tackade ja
  --today DATUM          brevets datum          --place ORT           ort på brevets datumrad
  DATUM                  ${dateHint}
  --reason compensation|career|better-offer|conditions|personal   (standard: personal)
  --detail TEXT          en eller två meningar om skälet
  --formal | --informal  ton, formell eller personlig (standard: formell)
  --contract-signed      du har skrivit på anställningsavtalet
  --counter-offer        arbetsgivaren kan tänkas komma med ett motbud
  --format text|md|eml|json              utdata (standard: text)
  --out FIL              skriv till FIL i stället för stdout
  --force                ersätt FIL om den finns, utan att fråga
  --input FIL|-          läs svaren från en JSON-fil (eller stdin); flaggor går före

${legalFlags}`,
    lint: `Användning: rescind lint FIL|- [--locale sv|nl] [--formal|--informal] [--channel KANAL]

Granskar ett brev mot guiden och skriver en rad per anmärkning, som en linter. Avslutar med
status 1 när något hittas. Ange - för att läsa brevet från stdin. Ett sparat mejl (.eml)
granskas utifrån sin text. Utan --locale känns brevets språk igen på orden.`,
    completions: `Användning: rescind completions bash|zsh|fish

Skriver ut skalets kompletteringsskript, byggt på samma flaggor som kommandona själva använder.`,
    position: `Användning: rescind position --locale sv|nl --channel KANAL --start DATUM [flaggor]

Visar hur det ligger till för dig enligt svensk eller nederländsk arbetsrätt, utifrån dina svar:
om du är bunden, hur avtalet avslutas, sista anställningsdagen, vad som står på spel och
källorna. Det här är information, inte juridisk rådgivning.

  --channel email|letter|phone|meeting   hur du meddelar dem (avgör när beskedet når fram)
  --start DATUM          första arbetsdagen     --today DATUM         dagen du säger upp dig
  --accepted DATUM       dagen du tackade ja    --contract-signed     samma som --acceptance signed
  DATUM                  ${dateHint}
  --format text|json     utdata (standard: text)
  --input FIL|-          läs svaren från en JSON-fil (eller stdin); flaggor går före
  Övriga flaggor för rescind letter fungerar också, men behövs inte här.

${legalFlags}`,
  },
  usage: {
    seeHelp: (command) => `Kör \`${command} --help\` för att se flaggorna.`,
    unknownCommand: (name, suggestion) =>
      `Det finns inget kommando som heter "${name}".${suggestion ? ` Menade du ${suggestion}?` : ''} Använd guide, letter, position, lint eller completions – eller inget kommando för det interaktiva läget.`,
    badShell: (shell) =>
      `${shell === '' ? 'Ange ett skal' : `Det finns inget kompletteringsskript för "${shell}"`}: använd bash, zsh eller fish.`,
    unknownOption: (option, suggestion) =>
      `Okänd flagga ${option}.${suggestion ? ` Menade du ${suggestion}?` : ''}`,
    missingValue: (option) =>
      `${option} behöver ett värde: skriv det efter flaggan, som i ${option} VÄRDE.`,
    noValueAllowed: (option) => `${option} är en växel och tar inget värde: skriv bara ${option}.`,
    unexpectedArgument: (argument) =>
      `Oväntat argument "${argument}". Sätt citattecken runt ett värde som innehåller mellanslag.`,
    badLocale: (value) =>
      `"${value}" är inget språk som rescind kan: använd --locale sv eller --locale nl.`,
    needsLocale: 'Vilket språk? Lägg till --locale sv eller --locale nl.',
    notInteractive:
      'Inget kommando angavs och det här är ingen interaktiv terminal. Använd rescind guide, rescind letter eller rescind lint.',
    unknownSection: (id, known) =>
      `Det finns inget avsnitt "${id}". Kända avsnitt: ${known.join(', ')}.`,
    conflicting: (first, second) =>
      `${first} och ${second} går inte att använda samtidigt: välj en av dem.`,
    badFormat: (value) => `"${value}" är inget utdataformat: använd text, md, eml eller json.`,
    badPositionFormat: (value) =>
      `"${value}" är inget utdataformat för rescind position: använd text eller json.`,
    badChoice: (option, value, choices, suggestion) =>
      `${option} kan inte vara "${value}": använd ${list(choices, 'eller')}.${suggestion ? ` Menade du ${suggestion}?` : ''}`,
    badChannel: (value) => `"${value}" är ingen kanal: använd email, letter, phone eller meeting.`,
    needsFile: 'Ange vilket brev som ska granskas: ett filnamn, eller - för att läsa från stdin.',
    cannotRead: (path, reason) => `Kan inte läsa ${path}: ${reason}.`,
    notJson: (path, detail) =>
      `${path} innehåller inte giltig JSON (${detail}). Rätta filen eller spara svaren på nytt.`,
    notAnObject: (path) =>
      `${path} ska innehålla ett JSON-objekt med dina svar, som rescind sparar dem.`,
    cannotWrite: (path, reason) => `Kan inte skriva ${path}: ${reason}.`,
    outExists: (path) =>
      `${path} finns redan (eller är en länk). Lägg till --force för att ersätta den, eller välj en annan fil med --out.`,
    notUtf8: (path) =>
      `${path} är ingen UTF-8-text. Spara filen som UTF-8 (i de flesta redigerare: Spara som … › Kodning › UTF-8) och försök igen.`,
    emlNeedsAddress: (option) =>
      `--format eml behöver en adress till meddelandet: lägg till ${option}.`,
    badAnswer: (where, message) => `${where}: ${message}`,
  },
  lint: {
    summary: (count) => (count === 1 ? '1 anmärkning' : `${count} anmärkningar`),
    clean: (file) => `${file}: inga anmärkningar`,
  },
  letter: {
    wrote: (path) => `Skrev ${path}`,
    replace: (path) => `${path} finns redan. Vill du ersätta den? [j/N] `,
    yes: 'j',
    kept: (path) => `${path} är orörd; inget skrevs.`,
    warning: 'varning',
    advice: 'Råd',
  },
};

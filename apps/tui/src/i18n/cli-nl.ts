import { getFormVocabulary } from '@rescind/core/vocabulary';
import type { CliMessages } from './cli-messages.ts';
import { list } from './list.ts';

/** How a date may be written: core's hint, the web form's and the wizard's too. */
const dateHint = getFormVocabulary('nl').fields.startDate.hint;

const legalFlags = `Zo sta je er juridisch voor (alles optioneel; wat ontbreekt, is ‘weet ik niet’):
  --acceptance spoken|email|signed       hoe je ja zei: mondeling, per e-mail, contract getekend
  --contract permanent|fixed-term|unknown   onbepaalde of bepaalde tijd
  --exit-clause | --no-exit-clause       tussentijds opzeggen mag (niet) volgens het contract
  --trial yes|no|unknown                 er is een proeftijd afgesproken
  --trial-months N                       de duur van de proeftijd, in hele maanden
  --notice-months N                      je opzegtermijn volgens het contract, in hele maanden
  --collective-agreement yes|no|unknown  er geldt een cao
  --essentials-agreed yes|no|unknown     nl: salaris, werktijden en startdatum waren afgesproken
  --state-employer | --no-state-employer sv: de werkgever is de Zweedse staat
  --resigned | --no-resigned             je hebt je huidige baan al opgezegd`;

export const cliNl: CliMessages = {
  help: {
    top: `rescind: trek je acceptatie van een baanaanbod in – vroeg, eerlijk en beleefd, in het Zweeds of het Nederlands.

Gebruik
  rescind                    lees de gids en schrijf een brief, interactief
  rescind --resume BESTAND   ga verder met antwoorden die als JSON zijn opgeslagen
  rescind guide [opties]     toon de gids
  rescind letter [opties]    schrijf de brief op basis van opties of een JSON-bestand
  rescind lint BESTAND|-     toets een brief die je zelf hebt geschreven aan de gids
  rescind position [opties]  hoe je er juridisch voor staat, op basis van opties of een JSON-bestand
  rescind completions bash|zsh|fish   het aanvulscript voor je shell

Opties
  --locale sv|nl   taal (anders uit LC_ALL, LC_MESSAGES of LANG)
  -h, --help       hulp; voor een opdracht: rescind letter --help
  -v, --version    de versie

Afsluitstatus: 0 klaar, 1 de controle vond problemen, 2 een fout in de opdracht of de antwoorden,
130 Ctrl-C.`,
    guide: `Gebruik: rescind guide [--locale sv|nl] [--section ID] [--json]

Toont de gids als tekst, zonder de reclame van de uitgever: in een terminal afgebroken op de
breedte ervan en via $PAGER (of less -R) als de tekst langer is dan het scherm, anders op 80 tekens.

  --locale sv|nl   taal van de gids
  --section ID     alleen dit deel: intro, reasons, steps, good-faith, channels, downsides,
                   verdict, faq of één onderdeel, bijvoorbeeld step-act-fast
  --json           het model van de gids als JSON in plaats van tekst`,
    letter: `Gebruik: rescind letter --locale sv|nl --channel KANAAL --name NAAM --company BEDRIJF
                        --position FUNCTIE --start DATUM [opties]

Schrijft wat je nodig hebt om je acceptatie in te trekken: de brief of e-mail, een belscript of
gesprekspunten, en een bevestigingsmail. Het advies uit de gids gaat naar stderr.

  --channel email|letter|phone|meeting   hoe je het hun laat weten
  --name NAAM            je naam                --email ADRES         je e-mailadres
  --company BEDRIJF      de werkgever           --recipient NAAM      aan wie je schrijft
  --recipient-email ADRES                       hun e-mailadres (nodig voor --format eml)
  --address "REGEL, REGEL" je postadres         --recipient-address "REGEL, REGEL"  dat van de ontvanger (voor --channel letter)
  --position FUNCTIE     de functie die je had geaccepteerd
  --start DATUM          de eerste werkdag      --accepted DATUM       wanneer je accepteerde
  --today DATUM          datum van de brief     --place PLAATS        voor de datumregel
  DATUM                  ${dateHint}
  --reason compensation|career|better-offer|conditions|personal   (standaard personal)
  --detail TEKST         een of twee zinnen over je reden
  --formal | --informal  toon, ‘u’ of ‘je’ (standaard formal)
  --contract-signed      je hebt het contract ondertekend
  --counter-offer        de werkgever zou met een tegenbod kunnen komen
  --format text|md|eml|json              uitvoer (standaard text)
  --out BESTAND          schrijf naar BESTAND in plaats van stdout
  --force                vervang BESTAND als het al bestaat, zonder te vragen
  --input BESTAND|-      lees de antwoorden uit een JSON-bestand (of stdin); opties gaan voor

${legalFlags}`,
    lint: `Gebruik: rescind lint BESTAND|- [--locale sv|nl] [--formal|--informal] [--channel KANAAL]

Toetst een brief aan de gids en geeft per bevinding één regel, zoals een linter. Sluit af met
status 1 als er iets gevonden is. Geef - op om de brief van stdin te lezen. Een opgeslagen
e-mail (.eml) wordt op zijn tekst getoetst. Zonder --locale wordt de taal van de brief aan de
woorden herkend.`,
    completions: `Gebruik: rescind completions bash|zsh|fish

Geeft het aanvulscript voor de shell, gemaakt uit dezelfde opties die de opdrachten zelf gebruiken.`,
    position: `Gebruik: rescind position --locale sv|nl --channel KANAAL --start DATUM [opties]

Laat zien hoe je er met je antwoorden voor staat volgens het Zweedse of Nederlandse arbeidsrecht:
of je gebonden bent, hoe de overeenkomst eindigt, je laatste dag in dienst, wat er op het spel
staat en de bronnen. Dit is informatie, geen juridisch advies.

  --channel email|letter|phone|meeting   hoe je het laat weten (bepaalt wanneer je opzegging aankomt)
  --start DATUM          de eerste werkdag      --today DATUM         de dag waarop je opzegt
  --accepted DATUM       wanneer je accepteerde --contract-signed     hetzelfde als --acceptance signed
  DATUM                  ${dateHint}
  --format text|json     uitvoer (standaard text)
  --input BESTAND|-      lees de antwoorden uit een JSON-bestand (of stdin); opties gaan voor
  De andere opties van rescind letter werken ook, maar zijn hier niet nodig.

${legalFlags}`,
  },
  usage: {
    seeHelp: (command) => `Voer \`${command} --help\` uit om de opties te zien.`,
    unknownCommand: (name, suggestion) =>
      `Er is geen opdracht "${name}".${suggestion ? ` Bedoelde je ${suggestion}?` : ''} Gebruik guide, letter, position, lint of completions – of geen opdracht voor de interactieve versie.`,
    badShell: (shell) =>
      `${shell === '' ? 'Noem een shell' : `Er is geen aanvulscript voor "${shell}"`}: gebruik bash, zsh of fish.`,
    unknownOption: (option, suggestion) =>
      `Onbekende optie ${option}.${suggestion ? ` Bedoelde je ${suggestion}?` : ''}`,
    missingValue: (option) =>
      `${option} heeft een waarde nodig: zet die na de optie, zoals ${option} WAARDE.`,
    noValueAllowed: (option) =>
      `${option} is een schakelaar zonder waarde: schrijf alleen ${option}.`,
    unexpectedArgument: (argument) =>
      `Onverwacht argument "${argument}". Zet aanhalingstekens om een waarde met spaties.`,
    badLocale: (value) =>
      `"${value}" is geen taal die rescind spreekt: gebruik --locale sv of --locale nl.`,
    needsLocale: 'Welke taal? Voeg --locale sv of --locale nl toe.',
    notInteractive:
      'Geen opdracht gegeven en dit is geen interactieve terminal. Gebruik rescind guide, rescind letter of rescind lint.',
    unknownSection: (id, known) =>
      `Er is geen onderdeel "${id}". Bekende onderdelen: ${known.join(', ')}.`,
    conflicting: (first, second) => `${first} en ${second} gaan niet samen: kies er één.`,
    badFormat: (value) => `"${value}" is geen uitvoerformaat: gebruik text, md, eml of json.`,
    badPositionFormat: (value) =>
      `"${value}" is geen uitvoerformaat van rescind position: gebruik text of json.`,
    badChoice: (option, value, choices, suggestion) =>
      `${option} kan niet "${value}" zijn: gebruik ${list(choices, 'of')}.${suggestion ? ` Bedoelde je ${suggestion}?` : ''}`,
    badChannel: (value) => `"${value}" is geen kanaal: gebruik email, letter, phone of meeting.`,
    needsFile:
      'Geef aan welke brief je wilt toetsen: een bestandsnaam, of - om van stdin te lezen.',
    cannotRead: (path, reason) => `Kan ${path} niet lezen: ${reason}.`,
    notJson: (path, detail) =>
      `${path} bevat geen geldige JSON (${detail}). Herstel het bestand of sla de antwoorden opnieuw op.`,
    notAnObject: (path) =>
      `${path} moet één JSON-object met je antwoorden bevatten, zoals rescind ze opslaat.`,
    cannotWrite: (path, reason) => `Kan ${path} niet schrijven: ${reason}.`,
    outExists: (path) =>
      `${path} bestaat al (of is een koppeling). Voeg --force toe om het te vervangen, of kies met --out een ander bestand.`,
    notUtf8: (path) =>
      `${path} is geen UTF-8-tekst. Sla het bestand op als UTF-8 (in de meeste editors: Opslaan als… › Codering › UTF-8) en probeer het opnieuw.`,
    emlNeedsAddress: (option) =>
      `--format eml heeft een adres voor het bericht nodig: voeg ${option} toe.`,
    badAnswer: (where, message) => `${where}: ${message}`,
  },
  lint: {
    summary: (count) => (count === 1 ? '1 bevinding' : `${count} bevindingen`),
    clean: (file) => `${file}: geen bevindingen`,
  },
  letter: {
    wrote: (path) => `${path} geschreven`,
    replace: (path) => `${path} bestaat al. Wil je het vervangen? [j/N] `,
    yes: 'j',
    kept: (path) => `${path} is ongewijzigd gelaten; er is niets geschreven.`,
    warning: 'waarschuwing',
    advice: 'Advies',
  },
};

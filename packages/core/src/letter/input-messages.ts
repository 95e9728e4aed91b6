import { oneOf, shown } from '../developer-errors.ts';
import type { Locale } from '../locales.ts';
import { formatLongDate } from './dates.ts';

/** Every way an answer can be wrong; `InputIssue.code` is one of these. */
export type InputRule =
  | 'not-an-object'
  | 'unknown-field'
  | 'unknown-locale'
  | 'required'
  | 'not-text'
  | 'not-yes-no'
  | 'invalid-choice'
  | 'too-long'
  | 'too-many-lines'
  | 'too-many-sentences'
  | 'line-break'
  | 'control-character'
  | 'invisible-character'
  | 'name-characters'
  | 'email'
  | 'phone'
  | 'date-format'
  | 'date-not-real'
  | 'accepted-after-start'
  | 'accepted-in-future'
  | 'not-a-number'
  | 'months'
  | 'acceptance-conflict'
  | 'start-date-passed'
  | 'name-for-conversation';

/** What a message needs besides the field: the limit broken, the choices, the dates involved. */
export interface RuleDetails {
  /** `unknown-field`: the key given, and the valid key nearest to it. */
  key?: string;
  nearest?: string;
  min?: number;
  max?: number;
  choices?: readonly string[];
  value?: string;
  acceptedOn?: string;
  startDate?: string;
  today?: string;
}

/** Field paths as the schema names them, and what a person calls them. */
export const fieldLabels = {
  sv: {
    '': 'Uppgifterna',
    locale: 'Språk',
    channel: 'Sätt att meddela',
    formality: 'Ton',
    applicant: 'Om dig',
    'applicant.name': 'Ditt namn',
    'applicant.email': 'Din e-postadress',
    'applicant.phone': 'Ditt telefonnummer',
    'applicant.address': 'Din postadress',
    recipient: 'Mottagare',
    'recipient.name': 'Mottagarens namn',
    'recipient.greetingName': 'Namnet i hälsningen',
    'recipient.salutation': 'Tilltal',
    'recipient.title': 'Mottagarens titel',
    'recipient.company': 'Företag',
    'recipient.email': 'Mottagarens e-postadress',
    'recipient.address': 'Företagets postadress',
    position: 'Tjänst',
    reason: 'Skäl',
    reasonDetail: 'Skälet med egna ord',
    acceptedOn: 'Datum då du tackade ja',
    startDate: 'Planerat startdatum',
    today: 'Dagens datum',
    contractSigned: 'Påskrivet avtal',
    acceptance: 'Hur du tackade ja',
    contractType: 'Anställningsform',
    earlyTerminationClause: 'Uppsägning i förtid',
    trialPeriod: 'Provanställning',
    trialMonths: 'Provanställningens längd',
    noticeMonths: 'Uppsägningstid',
    collectiveAgreement: 'Kollektivavtal',
    essentialsAgreed: 'Lön, arbetstid och start avtalade',
    stateEmployer: 'Statlig arbetsgivare',
    resignedCurrentJob: 'Uppsagd från nuvarande jobb',
    counterOffer: 'Motbud',
    keepDoorOpen: 'Hålla dörren öppen',
    place: 'Ort',
  },
  nl: {
    '': 'De gegevens',
    locale: 'Taal',
    channel: 'Manier van melden',
    formality: 'Toon',
    applicant: 'Over jou',
    'applicant.name': 'Je naam',
    'applicant.email': 'Je e-mailadres',
    'applicant.phone': 'Je telefoonnummer',
    'applicant.address': 'Je postadres',
    recipient: 'Ontvanger',
    'recipient.name': 'Naam van de ontvanger',
    'recipient.greetingName': 'Naam in de aanhef',
    'recipient.salutation': 'Aanhef',
    'recipient.title': 'Functie van de ontvanger',
    'recipient.company': 'Bedrijf',
    'recipient.email': 'E-mailadres van de ontvanger',
    'recipient.address': 'Postadres van het bedrijf',
    position: 'Functie',
    reason: 'Reden',
    reasonDetail: 'De reden in eigen woorden',
    acceptedOn: 'Datum waarop je het aanbod hebt aanvaard',
    startDate: 'Geplande startdatum',
    today: 'Datum van vandaag',
    contractSigned: 'Contract getekend',
    acceptance: 'Hoe je het aanbod hebt aanvaard',
    contractType: 'Soort contract',
    earlyTerminationClause: 'Tussentijds opzegbeding',
    trialPeriod: 'Proeftijd',
    trialMonths: 'Duur van de proeftijd',
    noticeMonths: 'Opzegtermijn',
    collectiveAgreement: 'Cao',
    essentialsAgreed: 'Salaris, werktijden en start afgesproken',
    stateEmployer: 'Werkgever is de Zweedse staat',
    resignedCurrentJob: 'Ontslag genomen bij huidige werkgever',
    counterOffer: 'Tegenbod',
    keepDoorOpen: 'De deur openhouden',
    place: 'Plaats',
  },
} as const satisfies Record<Locale, Record<string, string>>;

export type FieldPath = keyof (typeof fieldLabels)['sv'];

function label(locale: Locale, path: string): string {
  const labels: Record<string, string> = fieldLabels[locale];
  return labels[path] ?? path;
}

function date(locale: Locale, iso: string | undefined): string {
  return iso ? formatLongDate(locale, iso) : '';
}

/**
 * A developer's mistakes, not a person's: no form lets anyone type a locale, send a non-object or
 * add a key. Their messages are in English, for the developer who reads them, and say what to pass.
 */
export type DeveloperRule = 'not-an-object' | 'unknown-field' | 'unknown-locale';

const developer: Record<
  DeveloperRule,
  (caller: string, path: string, details: RuleDetails) => string
> = {
  'not-an-object': (caller, _path, d) =>
    `${caller}: the answers must be an object (LetterInput) with at least locale, channel, formality, applicant, recipient, position, reason and startDate, got ${d.value}.`,
  'unknown-field': (caller, path, d) =>
    `${caller}: ${shown(path)} is not a field of LetterInput${d.nearest ? `; did you mean ${shown(d.nearest)}?` : '.'} Remove it or rename it: unknown fields are refused, not ignored.`,
  'unknown-locale': (caller, _path, d) =>
    `${caller}: locale must be ${oneOf(d.choices ?? [])}, got ${d.value}.`,
};

export function isDeveloperRule(rule: InputRule): rule is DeveloperRule {
  return rule in developer;
}

type MessageBook = Record<
  Exclude<InputRule, DeveloperRule>,
  (field: string, details: RuleDetails) => string
>;

const sv: MessageBook = {
  required: (f) => `Fältet ”${f}” saknas eller är tomt. Fyll i det.`,
  'not-text': (f) => `Fältet ”${f}” ska vara text. Skriv in det som text.`,
  'not-yes-no': (f) => `Fältet ”${f}” ska vara ja eller nej (true eller false).`,
  'invalid-choice': (f, d) =>
    `Fältet ”${f}” har ett okänt värde. Välj ett av följande: ${(d.choices ?? []).join(', ')}.`,
  'too-long': (f, d) => `Fältet ”${f}” är för långt, högst ${d.max} tecken. Korta ner det.`,
  'too-many-lines': (f, d) => `Fältet ”${f}” har för många rader, högst ${d.max}. Slå ihop några.`,
  'too-many-sentences': (f) =>
    `Fältet ”${f}” får vara en eller två meningar: var ärlig, men gå inte in på detaljer. Korta ner det.`,
  'line-break': (f) => `Fältet ”${f}” får inte innehålla radbrytningar. Skriv allt på en rad.`,
  'control-character': (f) =>
    `Fältet ”${f}” innehåller ett osynligt styrtecken. Skriv in texten på nytt i stället för att klistra in den.`,
  'invisible-character': (f) =>
    `Fältet ”${f}” innehåller ett osynligt tecken, till exempel ett mellanslag utan bredd, som ofta följer med när man kopierar från en webbsida eller ett chattprogram. Radera fältet och skriv in texten på nytt.`,
  'name-characters': (f) =>
    `Fältet ”${f}” får bara innehålla bokstäver, mellanslag, apostrofer, bindestreck och punkter. Ta bort övriga tecken.`,
  email: (f) =>
    `Fältet ”${f}” är ingen giltig e-postadress. Skriv den som namn@exempel.se, utan mellanslag och utan å, ä, ö eller andra specialtecken före @.`,
  phone: (f) =>
    `Fältet ”${f}” är inget giltigt telefonnummer. Använd siffror, mellanslag och bindestreck, gärna med + och landsnummer först.`,
  'date-format': (f) =>
    `Fältet ”${f}” ska vara ett datum, till exempel 14 december 2026 eller 2026-12-14.`,
  'date-not-real': (f, d) =>
    `Datumet ${d.value} i fältet ”${f}” finns inte i kalendern. Kontrollera dag och månad.`,
  'accepted-after-start': (_f, d) =>
    `Dagen du tackade ja (${date('sv', d.acceptedOn)}) ligger efter startdatumet (${date('sv', d.startDate)}). Kontrollera båda datumen.`,
  'accepted-in-future': (_f, d) =>
    `Dagen du tackade ja (${date('sv', d.acceptedOn)}) ligger efter dagens datum (${date('sv', d.today)}). Ange dagen då du faktiskt tackade ja.`,
  'not-a-number': (f) => `Fältet ”${f}” ska vara ett tal. Skriv in det med siffror.`,
  months: (f, d) =>
    `Fältet ”${f}” ska vara ett helt antal månader, från ${d.min} till ${d.max}. Räkna om veckor till månader och avrunda uppåt.`,
  'acceptance-conflict': (f) =>
    `Fältet ”${f}” säger inte att du har skrivit under avtalet, men ”Påskrivet avtal” är ikryssat. Ändra något av dem så att de stämmer överens.`,
  'start-date-passed': (_f, d) =>
    `Startdatumet (${date('sv', d.startDate)}) har redan passerat. Har du börjat arbeta är det en uppsägning, inte ett återkallande: läs vad ditt avtal eller kollektivavtal säger om uppsägningstid och skriv en uppsägning. Har startdagen flyttats fram, ange det nya startdatumet.`,
  'name-for-conversation': (f) =>
    `Fältet ”${f}” behövs när du ringer eller träffar någon: du vet då vem du pratade med, och det bekräftande mejlet ska hälsa på den personen. Skriv personens namn.`,
};

const nl: MessageBook = {
  required: (f) => `Het veld ‘${f}’ ontbreekt of is leeg. Vul het in.`,
  'not-text': (f) => `Het veld ‘${f}’ moet tekst zijn. Vul het in als tekst.`,
  'not-yes-no': (f) => `Het veld ‘${f}’ moet ja of nee zijn (true of false).`,
  'invalid-choice': (f, d) =>
    `Het veld ‘${f}’ heeft een onbekende waarde. Kies een van deze: ${(d.choices ?? []).join(', ')}.`,
  'too-long': (f, d) => `Het veld ‘${f}’ is te lang, maximaal ${d.max} tekens. Maak het korter.`,
  'too-many-lines': (f, d) =>
    `Het veld ‘${f}’ heeft te veel regels, maximaal ${d.max}. Voeg er een paar samen.`,
  'too-many-sentences': (f) =>
    `Het veld ‘${f}’ mag een of twee zinnen zijn: wees eerlijk, maar treed niet in details. Maak het korter.`,
  'line-break': (f) => `Het veld ‘${f}’ mag geen regeleinden bevatten. Zet alles op één regel.`,
  'control-character': (f) =>
    `Het veld ‘${f}’ bevat een onzichtbaar stuurteken. Typ de tekst opnieuw in plaats van hem te plakken.`,
  'invisible-character': (f) =>
    `Het veld ‘${f}’ bevat een onzichtbaar teken, zoals een spatie zonder breedte, dat vaak meekomt als je tekst kopieert van een website of uit een chatprogramma. Maak het veld leeg en typ de tekst opnieuw.`,
  'name-characters': (f) =>
    `Het veld ‘${f}’ mag alleen letters, spaties, apostroffen, koppeltekens en punten bevatten. Haal de andere tekens weg.`,
  email: (f) =>
    `Het veld ‘${f}’ is geen geldig e-mailadres. Schrijf het als naam@voorbeeld.nl, zonder spaties en zonder letters met accenten of andere bijzondere tekens vóór de @.`,
  phone: (f) =>
    `Het veld ‘${f}’ is geen geldig telefoonnummer. Gebruik cijfers, spaties en koppeltekens, eventueel met + en landnummer vooraan.`,
  'date-format': (f) =>
    `Het veld ‘${f}’ moet een datum zijn, bijvoorbeeld 14-12-2026 of 14 december 2026.`,
  'date-not-real': (f, d) =>
    `De datum ${d.value} in het veld ‘${f}’ bestaat niet. Controleer de dag en de maand.`,
  'accepted-after-start': (_f, d) =>
    `De datum van je acceptatie (${date('nl', d.acceptedOn)}) ligt na de startdatum (${date('nl', d.startDate)}). Controleer beide datums.`,
  'accepted-in-future': (_f, d) =>
    `De datum van je acceptatie (${date('nl', d.acceptedOn)}) ligt na vandaag (${date('nl', d.today)}). Vul de dag in waarop je het aanbod echt hebt geaccepteerd.`,
  'not-a-number': (f) => `Het veld ‘${f}’ moet een getal zijn. Vul het in met cijfers.`,
  months: (f, d) =>
    `Het veld ‘${f}’ moet een heel aantal maanden zijn, van ${d.min} tot en met ${d.max}. Reken weken om naar maanden en rond naar boven af.`,
  'acceptance-conflict': (f) =>
    `Het veld ‘${f}’ zegt niet dat je het contract hebt ondertekend, maar ‘Contract getekend’ staat aangevinkt. Pas een van beide aan, zodat ze overeenkomen.`,
  'start-date-passed': (_f, d) =>
    `De startdatum (${date('nl', d.startDate)}) is al voorbij. Ben je al begonnen, dan trek je geen acceptatie meer in maar zeg je je arbeidsovereenkomst op: kijk in je contract of cao welke opzegtermijn geldt. Is je startdatum verschoven, vul dan de nieuwe datum in.`,
  'name-for-conversation': (f) =>
    `Het veld ‘${f}’ is nodig als je belt of langsgaat: je weet dan met wie je hebt gesproken, en de bevestigende e-mail is aan die persoon gericht. Vul de naam in.`,
};

const books: Record<Locale, MessageBook> = { sv, nl };

/**
 * The message for one broken rule, in the person's language, naming the field and what to do; a
 * developer's mistake in English, naming `caller`, the public function that was called.
 */
export function inputMessage(
  locale: Locale,
  rule: InputRule,
  path: string,
  details: RuleDetails = {},
  caller = 'safeParseLetterInput',
): string {
  if (isDeveloperRule(rule)) return developer[rule](caller, path, details);
  return books[locale][rule](label(locale, path), details);
}

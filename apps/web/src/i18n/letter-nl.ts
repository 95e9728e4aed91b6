import { getVocabulary } from '@rescind/core/vocabulary';
import type { LetterDictionary } from './dictionary.ts';

const words = getVocabulary('nl');

/** The letter generator's Dutch strings (the client island ships these, not the whole site's). */
export const nlLetter: LetterDictionary = {
  title: 'Schrijf je bericht',
  metaDescription:
    'Schrijf een beleefd en duidelijk bericht waarmee je je acceptatie van een baan intrekt. Alles blijft in je browser.',
  intro:
    'Beantwoord de vragen stap voor stap. Het concept wordt geschreven terwijl je antwoordt, en je kunt altijd terug om iets te wijzigen.',
  noScript:
    'De concepten worden door JavaScript in je browser geschreven. Zet JavaScript aan om het formulier te gebruiken; de gids werkt ook zonder.',
  privacy: 'Je antwoorden worden alleen in deze browser bewaard en nergens heen gestuurd.',
  sections: {
    you: 'Over jou',
    employer: 'De werkgever',
    job: 'De functie',
    message: 'Je bericht',
    contract: 'Je contract',
  },
  optional: 'optioneel',
  whyWeAsk: 'Waarom vragen we dit?',
  greetingPreview: (greeting) => `In de aanhef: ${greeting}`,
  position: {
    heading: 'Wat de wet zegt over jouw situatie',
    empty: 'Vul de startdatum en de vragen over je contract in, dan zie je hier waar je staat.',
    outcomes: words.position.outcomes,
    noticeGiven: words.position.noticeGiven,
    lastDay: words.position.lastDay,
    exposure: words.position.exposure,
    sources: words.position.sources,
  },
  submit: 'Bekijk het concept',
  errorSummaryTitle: 'Een paar antwoorden moeten worden aangepast',
  errorCount: (n) =>
    n === 1 ? 'Eén antwoord moet worden aangepast:' : `${n} antwoorden moeten worden aangepast:`,
  forget: 'Vergeet mijn antwoorden',
  forgotten: 'Je antwoorden zijn uit deze browser verwijderd.',
  previewHeading: 'Concept',
  previewEmpty: 'Het concept verschijnt hier zo.',
  previewLabel: (title) => `Concept: ${title}`,
  flow: {
    steps: {
      situation: 'Je besluit',
      position: 'Waar sta je?',
      you: 'Over jou',
      employer: 'De werkgever',
      job: 'De functie',
      check: 'Controleer je antwoorden',
      result: 'Je bericht',
    },
    progress: (n, total) => `Stap ${n} van ${total}`,
    progressLabel: 'De stappen',
    continue: 'Verder',
    back: 'Terug',
    toResult: 'Toon mijn bericht',
    change: 'Wijzigen',
    changeLabel: (label) => `Wijzigen: ${label}`,
    notAnswered: 'Niet ingevuld',
    checkIntro: 'Klopt alles? Pas aan wat nodig is; je andere antwoorden blijven bewaard.',
    resultIntro:
      'Hier staat wat je nodig hebt om je besluit te laten weten. Lees de tekst na en pas hem gerust aan voordat je hem verstuurt.',
    draftAside: 'Het concept volgt je antwoorden terwijl je ze invult.',
  },
  subjectLabel: (title) => `Onderwerp van de ${title.toLowerCase()}`,
  fieldRequired: (label) => `Vul ‘${label}’ in.`,
  choiceRequired: (label) => `Kies een antwoord bij ‘${label}’.`,
  titleWithErrors: (n) =>
    n === 1 ? 'Eén antwoord moet worden aangepast' : `${n} antwoorden moeten worden aangepast`,
  pending: (labels) =>
    `Het concept wacht nog op: ${labels}. Wat ontbreekt, staat tussen haken in de tekst.`,
  stale:
    'Je hebt je antwoorden veranderd nadat je de tekst had aangepast, en de tekst hieronder verandert niet mee. Maak hem opnieuw op basis van je antwoorden, of pas hem zelf aan.',
  rewrite: 'Opnieuw maken uit mijn antwoorden',
  forgetConfirm: 'Wil je al je antwoorden en concepten uit deze browser wissen, in beide talen?',
  forgetYes: 'Ja, wissen',
  forgetNo: 'Annuleren',
  expiry: 'Je antwoorden blijven 30 dagen na je laatste wijziging bewaard en worden daarna gewist.',
  printAnyway: 'Toch afdrukken',
  mailtoTooLong:
    'De tekst is te lang om rechtstreeks in je mailprogramma te openen. Download het .eml-bestand en open dat.',
  jumpToDraft: 'Naar het concept',
  draftUpdated: 'Het concept is bijgewerkt.',
  subject: 'Onderwerp',
  edited: 'Je hebt de tekst aangepast. Je antwoorden werken hem niet meer bij.',
  reset: 'Concept herstellen',
  adviceHeading: 'Advies voor jouw situatie',
  adviceEmpty: 'De adviezen verschijnen zodra je het formulier hebt ingevuld.',
  readInGuide: 'Lees meer in de gids',
  lintHeading: 'Controle aan de hand van de gids',
  lintClean: 'De tekst volgt de adviezen van de gids.',
  showInText: 'Toon in de tekst',
  actions: {
    label: (title) => `${title}: kopiëren, opslaan of versturen`,
    copy: 'Kopiëren',
    copied: 'Gekopieerd.',
    copyFailed: 'Kopiëren is niet gelukt. Selecteer de tekst en kopieer hem zelf.',
    downloadTxt: 'Download .txt',
    downloadMd: 'Download .md',
    downloadPdf: 'Download .pdf',
    downloadDocx: 'Download .docx',
    preparing: 'Het bestand wordt gemaakt …',
    pdfCannotShow: (characters) =>
      `Het pdf-bestand kan ${Array.from(characters, (char) => `‘${char}’`).join(' ')} niet weergeven. Druk in plaats daarvan af en kies daarbij voor opslaan als pdf. Je antwoorden blijven staan.`,
    downloadEml: 'Download .eml',
    openMail: 'Open in je mailprogramma',
    print: 'Brief afdrukken',
    printNotes: 'Afdrukken',
    needsEmails:
      'Vul je eigen e-mailadres en dat van de ontvanger in om een .eml-bestand te downloaden.',
  },
  formatErrors: {
    'invalid-address':
      'De e-mail kon niet worden gemaakt: een van de e-mailadressen is niet bruikbaar. Controleer je eigen adres en dat van de ontvanger.',
    'invalid-date':
      'De e-mail kon niet worden gemaakt: de datum is ongeldig. Controleer de datums in het formulier.',
    'invalid-message-id':
      'De e-mail kon niet worden gemaakt. Laad de pagina opnieuw en probeer het nog eens; je antwoorden blijven bewaard.',
    'invalid-locale':
      'De e-mail kon niet worden gemaakt. Laad de pagina opnieuw en probeer het nog eens; je antwoorden blijven bewaard.',
  },
  severities: words.severities,
};

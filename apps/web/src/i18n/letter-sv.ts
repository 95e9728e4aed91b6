import { getVocabulary } from '@rescind/core/vocabulary';
import type { LetterDictionary } from './dictionary.ts';

const words = getVocabulary('sv');

/** The letter generator's Swedish strings (the client island ships these, not the whole site's). */
export const svLetter: LetterDictionary = {
  title: 'Skriv ditt besked',
  metaDescription:
    'Skriv ett artigt och tydligt besked om att du tar tillbaka ditt accepterande av en tjänst. Allt stannar i din webbläsare.',
  intro:
    'Svara på frågorna steg för steg. Utkastet skrivs medan du svarar, och du kan gå tillbaka och ändra när du vill.',
  noScript:
    'Utkasten skrivs av JavaScript i din webbläsare. Slå på JavaScript för att använda formuläret; guiden fungerar utan.',
  privacy: 'Dina svar sparas bara i den här webbläsaren och skickas ingenstans.',
  sections: {
    you: 'Om dig',
    employer: 'Arbetsgivaren',
    job: 'Tjänsten',
    message: 'Ditt besked',
    contract: 'Ditt avtal',
  },
  optional: 'valfritt',
  whyWeAsk: 'Varför frågar vi?',
  greetingPreview: (greeting) => `I hälsningen: ${greeting}`,
  position: {
    heading: 'Vad lagen säger om din situation',
    empty: 'Fyll i startdatumet och frågorna om ditt avtal, så ser du här hur det ligger till.',
    outcomes: words.position.outcomes,
    noticeGiven: words.position.noticeGiven,
    lastDay: words.position.lastDay,
    exposure: words.position.exposure,
    sources: words.position.sources,
  },
  submit: 'Visa utkastet',
  errorSummaryTitle: 'Några svar behöver rättas',
  errorCount: (n) => (n === 1 ? 'Ett svar behöver rättas:' : `${n} svar behöver rättas:`),
  forget: 'Glöm mina svar',
  forgotten: 'Dina svar är borttagna från den här webbläsaren.',
  previewHeading: 'Utkast',
  previewEmpty: 'Utkastet visas här om ett ögonblick.',
  previewLabel: (title) => `Utkast: ${title}`,
  flow: {
    steps: {
      situation: 'Ditt beslut',
      position: 'Var står du?',
      you: 'Om dig',
      employer: 'Arbetsgivaren',
      job: 'Tjänsten',
      check: 'Kontrollera dina svar',
      result: 'Ditt besked',
    },
    progress: (n, total) => `Steg ${n} av ${total}`,
    progressLabel: 'Stegen',
    continue: 'Fortsätt',
    back: 'Tillbaka',
    toResult: 'Visa mitt besked',
    change: 'Ändra',
    changeLabel: (label) => `Ändra: ${label}`,
    notAnswered: 'Inte ifyllt',
    checkIntro: 'Stämmer allt? Ändra det som behövs; dina övriga svar finns kvar.',
    resultIntro:
      'Här är det du behöver för att meddela beslutet. Läs igenom texten och ändra den gärna innan du skickar.',
    draftAside: 'Utkastet följer dina svar medan du fyller i.',
  },
  subjectLabel: (title) => `Ämnesrad: ${title}`,
  fieldRequired: (label) => `Fyll i fältet ”${label}”.`,
  choiceRequired: (label) => `Välj ett svar på frågan ”${label}”.`,
  titleWithErrors: (n) => (n === 1 ? 'Ett svar behöver rättas' : `${n} svar behöver rättas`),
  pending: (labels) =>
    `Utkastet väntar på: ${labels}. Det som saknas står inom hakparentes i texten.`,
  stale:
    'Du har ändrat svaren efter att du redigerade texten, och texten nedan följer inte med. Skriv om den från svaren eller ändra den själv.',
  rewrite: 'Skriv om från svaren',
  forgetConfirm:
    'Vill du ta bort alla dina svar och utkast från den här webbläsaren, på båda språken?',
  forgetYes: 'Ja, ta bort dem',
  forgetNo: 'Avbryt',
  expiry: 'Svaren sparas i 30 dagar efter din senaste ändring och tas sedan bort.',
  printAnyway: 'Skriv ut ändå',
  mailtoTooLong:
    'Texten är för lång för att öppnas direkt i e-postprogrammet. Ladda ner .eml-filen och öppna den i stället.',
  jumpToDraft: 'Till utkastet',
  draftUpdated: 'Utkastet är uppdaterat.',
  subject: 'Ämne',
  edited: 'Du har ändrat texten. Den uppdateras inte längre av dina svar.',
  reset: 'Återställ utkastet',
  adviceHeading: 'Råd för din situation',
  adviceEmpty: 'Råden visas när du har fyllt i formuläret.',
  readInGuide: 'Läs mer i guiden',
  lintHeading: 'Kontroll mot guiden',
  lintClean: 'Texten följer guidens råd.',
  showInText: 'Visa i texten',
  actions: {
    label: (title) => `${title}: kopiera, spara eller skicka`,
    copy: 'Kopiera',
    copied: 'Kopierat.',
    copyFailed: 'Det gick inte att kopiera. Markera texten och kopiera den själv.',
    downloadTxt: 'Ladda ner .txt',
    downloadMd: 'Ladda ner .md',
    downloadPdf: 'Ladda ner .pdf',
    downloadDocx: 'Ladda ner .docx',
    preparing: 'Filen skapas …',
    pdfCannotShow: (characters) =>
      `Pdf-filen kan inte visa ${Array.from(characters, (char) => `”${char}”`).join(' ')}. Skriv ut i stället och välj att spara som pdf i utskriftsdialogen. Dina svar finns kvar.`,
    downloadEml: 'Ladda ner .eml',
    openMail: 'Öppna i e-postprogrammet',
    print: 'Skriv ut brevet',
    printNotes: 'Skriv ut',
    needsEmails: 'Fyll i din och mottagarens e-postadress för att ladda ner en .eml-fil.',
  },
  formatErrors: {
    'invalid-address':
      'E-postmeddelandet gick inte att skapa: en av e-postadresserna går inte att använda. Kontrollera din och mottagarens adress.',
    'invalid-date':
      'E-postmeddelandet gick inte att skapa: datumet är ogiltigt. Kontrollera datumen i formuläret.',
    'invalid-message-id':
      'E-postmeddelandet gick inte att skapa. Ladda om sidan och försök igen; dina svar finns kvar.',
    'invalid-locale':
      'E-postmeddelandet gick inte att skapa. Ladda om sidan och försök igen; dina svar finns kvar.',
  },
  severities: words.severities,
};

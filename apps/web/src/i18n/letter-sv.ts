import { getVocabulary } from '@rescind/core/vocabulary';
import type { LetterDictionary } from './dictionary.ts';

const words = getVocabulary('sv');

/** The letter generator's Swedish strings (the client island ships these, not the whole site's). */
export const svLetter: LetterDictionary = {
  title: 'Skriv ditt besked',
  metaDescription:
    'Skriv ett artigt och tydligt besked om att du tar tillbaka ditt accepterande av en tjänst. Allt stannar i din webbläsare.',
  intro:
    'Fyll i det du vet. Utkastet uppdateras medan du skriver, och råden bredvid kommer från guiden.',
  noScript:
    'Utkasten skrivs av JavaScript i din webbläsare. Slå på JavaScript för att använda formuläret; guiden fungerar utan.',
  privacy: 'Dina svar sparas bara i den här webbläsaren och skickas ingenstans.',
  sections: {
    you: 'Om dig',
    employer: 'Arbetsgivaren',
    job: 'Tjänsten',
    message: 'Ditt besked',
  },
  fields: {
    applicantName: 'Ditt namn',
    applicantEmail: 'Din e-postadress',
    applicantPhone: 'Ditt telefonnummer',
    applicantAddress: 'Din postadress',
    recipientName: 'Mottagarens namn',
    recipientSalutation: 'Tilltal',
    recipientTitle: 'Mottagarens titel',
    recipientCompany: 'Företag',
    recipientEmail: 'Mottagarens e-postadress',
    recipientAddress: 'Företagets postadress',
    position: 'Tjänst',
    acceptedOn: 'Datum då du tackade ja',
    startDate: 'Planerat startdatum',
    place: 'Ort',
    channel: 'Hur vill du meddela beslutet?',
    reason: 'Skäl',
    reasonDetail: 'Något att lägga till om skälet',
    formality: 'Ton',
    contractSigned: 'Jag har skrivit på anställningsavtalet',
    counterOffer: 'De har erbjudit mer för att jag ska stanna',
    keepDoorOpen: 'Jag vill hålla dörren öppen för framtiden',
  },
  hints: {
    optional: 'valfritt',
    address: 'Skriv varje adressrad på en egen rad.',
    reasonDetail: 'En eller två meningar räcker. Var konkret men inte detaljerad.',
    formality:
      'På svenska skriver du alltid ”du” till mottagaren; tonen avgör hälsning, avslutning och ordval.',
    place: 'Visas på datumraden i ett brev.',
    date: 'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-12-01.',
  },
  salutations: words.salutations,
  channelOptions: words.channels,
  reasons: words.reasons,
  formalities: words.formalities,
  submit: 'Skriv utkastet',
  errorSummaryTitle: 'Några svar behöver rättas',
  errorCount: (n) => (n === 1 ? 'Ett svar behöver rättas:' : `${n} svar behöver rättas:`),
  forget: 'Glöm mina svar',
  forgotten: 'Dina svar är borttagna från den här webbläsaren.',
  previewHeading: 'Utkast',
  previewEmpty: 'Fyll i formuläret så visas ditt utkast här.',
  previewLabel: (title) => `Utkast: ${title}`,
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
    downloadEml: 'Ladda ner .eml',
    openMail: 'Öppna i e-postprogrammet',
    print: 'Skriv ut brevet',
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

import { fieldLabels } from '../letter/input-messages.ts';
import type { FormVocabulary } from './form-types.ts';
import { sv as words } from './sv.ts';

const labels = fieldLabels.sv;

/** The Swedish form: labels, hints and why each answer is asked. */
export const svForm: FormVocabulary = {
  fields: {
    locale: {
      label: labels.locale,
      hint: 'Språket som beskedet skrivs på.',
      why: 'Språket avgör också vilket lands lag som gäller: svenska för en svensk arbetsgivare.',
    },
    channel: {
      label: 'Hur vill du meddela beslutet?',
      hint: 'Samtal och möten är mest personliga; mejl och brev ger beskedet skriftligt.',
      why: 'Varje sätt ger egna texter: ett samtal får ett underlag och ett mejl som bekräftar det.',
    },
    formality: {
      label: 'Ton',
      hint: 'På svenska skriver du alltid ”du” till mottagaren; tonen avgör hälsning, avslutning och ordval.',
      why: 'En formell ton passar ett större företag, en personlig ton någon du redan känner.',
    },
    'applicant.name': {
      label: labels['applicant.name'],
      hint: 'För- och efternamn, som de står i ansökan.',
      why: 'Du skriver under med ditt namn.',
    },
    'applicant.email': {
      label: labels['applicant.email'],
      hint: 'Till exempel namn@exempel.se.',
      why: 'Behövs för att skapa en .eml-fil som du kan skicka.',
    },
    'applicant.phone': {
      label: labels['applicant.phone'],
      hint: 'Gärna med landsnummer, till exempel +46 70 123 45 67.',
      why: 'Står under ditt namn, så att arbetsgivaren kan ringa dig.',
    },
    'applicant.address': {
      label: 'Din postadress',
      hint: 'Gatuadress på första raden, postnummer och ort på nästa.',
      why: 'Ett brev har avsändarens adress överst.',
    },
    'recipient.name': {
      label: labels['recipient.name'],
      hint: 'Personen som erbjöd dig jobbet, ofta rekryteraren.',
      why: 'Hälsningen nämner personen vid namn, och efter ett samtal eller möte behöver du namnet för att bekräfta det skriftligt.',
    },
    'recipient.greetingName': {
      label: labels['recipient.greetingName'],
      hint: 'Så som namnet ska stå i hälsningen, om det inte blir rätt av sig självt.',
      why: 'Alla namn går inte att dela upp i förnamn och efternamn.',
    },
    'recipient.salutation': {
      label: labels['recipient.salutation'],
      hint: 'Används inte i svenska hälsningar.',
      why: 'Svenska hälsningar använder namnet utan herr eller fru.',
    },
    'recipient.title': {
      label: labels['recipient.title'],
      hint: 'Till exempel HR-chef.',
      why: 'Står under namnet i brevets adressfält.',
    },
    'recipient.company': {
      label: labels['recipient.company'],
      hint: 'Företagets namn, som det står i erbjudandet.',
      why: 'Beskedet nämner företaget och tackar för erbjudandet.',
    },
    'recipient.email': {
      label: labels['recipient.email'],
      hint: 'Till exempel rekrytering@foretag.se.',
      why: 'Behövs för en .eml-fil eller en länk till ditt e-postprogram.',
    },
    'recipient.address': {
      label: 'Företagets postadress',
      hint: 'Gatuadress på första raden, postnummer och ort på nästa.',
      why: 'Ett brev har mottagarens adress i adressfältet.',
    },
    position: {
      label: labels.position,
      hint: 'Titeln på tjänsten du tackade ja till, till exempel projektledare.',
      why: 'Beskedet säger vilken tjänst du tackar nej till.',
    },
    reason: {
      label: labels.reason,
      hint: 'Välj det skäl som stämmer bäst.',
      why: 'Guiden råder dig att ge ett ärligt skäl utan detaljer; beskedet säger det med guidens ord.',
    },
    reasonDetail: {
      label: 'Något att lägga till om skälet',
      hint: 'En eller två meningar räcker. Var konkret men inte detaljerad.',
      why: 'Med egna ord blir skälet ditt; mer än två meningar blir för mycket.',
    },
    acceptedOn: {
      label: 'Datum då du tackade ja',
      hint: 'Till exempel 14 december 2026 eller 2026-12-14.',
      why: 'Beskedet kan nämna när du tackade ja.',
    },
    startDate: {
      label: 'Planerat startdatum',
      hint: 'Till exempel 14 december 2026 eller 2026-12-14.',
      why: 'Det avgör hur bråttom det är och när uppsägningstiden går ut.',
    },
    today: {
      label: labels.today,
      hint: 'Lämna tomt för dagens datum, eller skriv till exempel 14 december 2026.',
      why: 'Beskedet dateras, och uppsägningstiden räknas från den dagen.',
    },
    contractSigned: {
      label: labels.contractSigned,
      hint: 'Ersätts av frågan om hur du tackade ja.',
      why: 'Ett påskrivet avtal behöver sägas upp.',
    },
    acceptance: {
      label: 'Hur tackade du ja?',
      hint: 'Har du både tackat ja muntligt och skrivit på avtalet, välj avtalet.',
      why: 'Det avgör vad beskedet behöver säga om avtalet.',
    },
    contractType: {
      label: 'Vilken sorts anställning är det?',
      hint: 'Det står i erbjudandet eller avtalet.',
      why: 'En tidsbegränsad anställning avslutas på andra villkor än en tillsvidareanställning.',
    },
    earlyTerminationClause: {
      label: 'Står det i avtalet att anställningen får sägas upp i förtid?',
      hint: 'Gäller bara en tidsbegränsad anställning.',
      why: 'En tidsbegränsad anställning kan som regel bara sägas upp i förtid om avtalet eller kollektivavtalet tillåter det.',
    },
    trialPeriod: {
      label: 'Börjar anställningen med en provanställning?',
      hint: 'Det står i erbjudandet eller avtalet.',
      why: 'Då kan du oftast avsluta anställningen direkt, utan uppsägningstid.',
    },
    trialMonths: {
      label: 'Hur många månader är provanställningen?',
      hint: 'Skriv ett helt antal månader, till exempel 6.',
      why: 'Lagen sätter en gräns för hur lång den får vara.',
    },
    noticeMonths: {
      label: 'Uppsägningstid i månader',
      hint: 'Den uppsägningstid som står i ditt avtal eller kollektivavtal. Lämna fältet tomt om ingen anges.',
      why: 'Den avgör din sista anställningsdag; utan den räknar vi med lagens.',
    },
    collectiveAgreement: {
      label: 'Har arbetsgivaren kollektivavtal?',
      hint: 'Fråga arbetsgivaren eller facket om du inte vet.',
      why: 'Ett kollektivavtal kan ge en längre uppsägningstid än lagen.',
    },
    essentialsAgreed: {
      label: labels.essentialsAgreed,
      hint: 'Frågas bara för nederländsk rätt.',
      why: 'I Sverige blir ett muntligt ja bindande utan den frågan.',
    },
    stateEmployer: {
      label: 'Den nya arbetsgivaren är statlig',
      hint: 'Till exempel en myndighet eller ett universitet.',
      why: 'Hos en statlig arbetsgivare ska uppsägningen vara skriftlig.',
    },
    resignedCurrentJob: {
      label: 'Jag har redan sagt upp mig från mitt nuvarande jobb',
      hint: 'Hos den arbetsgivare du har i dag, inte den nya.',
      why: 'Det kan påverka din ersättning från a-kassan.',
    },
    counterOffer: {
      label: 'Arbetsgivaren kan tänkas komma med ett motbud',
      hint: 'Till exempel högre lön, för att du ska börja ändå.',
      why: 'Då får du ett färdigt svar på ett motbud och råd om hur du bemöter det.',
    },
    keepDoorOpen: {
      label: 'Jag vill hålla dörren öppen för framtiden',
      hint: 'Passar om du kan tänka dig att söka dig dit igen.',
      why: 'Beskedet slutar då med att du gärna hör av dig längre fram.',
    },
    place: {
      label: labels.place,
      hint: 'Till exempel Göteborg.',
      why: 'Visas på datumraden i ett brev.',
    },
  },
  choices: {
    channels: {
      email: { label: words.channels.email, hint: 'Snabbast, och du har beskedet skriftligt.' },
      letter: {
        label: words.channels.letter,
        hint: 'För en formell arbetsgivare; ett mejl skickas före, eftersom posten tar tid.',
      },
      phone: {
        label: words.channels.phone,
        hint: 'Personligt; ett mejl bekräftar samtalet skriftligt.',
      },
      meeting: {
        label: words.channels.meeting,
        hint: 'Mest personligt; ett mejl bekräftar mötet skriftligt.',
      },
    },
    reasons: {
      compensation: { label: words.reasons.compensation, hint: 'Lön eller förmåner.' },
      career: { label: words.reasons.career, hint: 'Tjänsten leder inte dit du vill.' },
      'better-offer': {
        label: words.reasons['better-offer'],
        hint: 'Du har tackat ja till något annat.',
      },
      conditions: {
        label: words.reasons.conditions,
        hint: 'Arbetstider, resor eller arbetsplatsen.',
      },
      personal: { label: words.reasons.personal, hint: 'Familj, hälsa eller flytt.' },
    },
    formalities: {
      formal: { label: words.formalities.formal, hint: 'För ett företag eller en myndighet.' },
      informal: { label: words.formalities.informal, hint: 'För någon du redan känner.' },
    },
    salutations: {
      mr: { label: words.salutations.mr, hint: 'Används inte i svenska hälsningar.' },
      ms: { label: words.salutations.ms, hint: 'Används inte i svenska hälsningar.' },
      none: { label: words.salutations.none, hint: 'Hälsningen använder bara namnet.' },
    },
    acceptances: {
      spoken: {
        label: 'Muntligt, i telefon eller på ett möte',
        hint: 'Ett muntligt ja är också bindande.',
      },
      email: { label: 'Per e-post', hint: 'Du svarade ja i ett mejl.' },
      signed: {
        label: 'Genom att skriva på avtalet',
        hint: 'Du har skrivit under avtalet.',
      },
    },
    answers: {
      yes: { label: 'Ja', hint: 'Det står i erbjudandet eller avtalet.' },
      no: { label: 'Nej', hint: 'Det står inte i erbjudandet eller avtalet.' },
      unknown: { label: 'Vet inte', hint: 'Beskedet skrivs så att det stämmer oavsett svar.' },
    },
    contractTypes: {
      permanent: {
        label: 'Tillsvidareanställning (fast jobb)',
        hint: 'Anställningen har inget slutdatum.',
      },
      'fixed-term': {
        label: 'Tidsbegränsad anställning (visstid)',
        hint: 'Anställningen har ett slutdatum.',
      },
      unknown: { label: 'Vet inte', hint: 'Beskedet skrivs så att det stämmer oavsett svar.' },
    },
  },
};

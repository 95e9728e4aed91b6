import { fieldLabels } from '../letter/input-messages.ts';
import type { FormVocabulary } from './form-types.ts';
import { nl as words } from './nl.ts';

const labels = fieldLabels.nl;

/** The Dutch form: labels, hints and why each answer is asked. */
export const nlForm: FormVocabulary = {
  fields: {
    locale: {
      label: labels.locale,
      hint: 'De taal waarin je bericht wordt geschreven.',
      why: 'De taal bepaalt ook welk recht geldt: Nederlands voor een Nederlandse werkgever.',
    },
    channel: {
      label: 'Hoe wil je het laten weten?',
      hint: 'Een gesprek is persoonlijker; een e-mail of brief legt je besluit vast.',
      why: 'Elke manier krijgt eigen teksten: een gesprek krijgt een belscript en een e-mail die het bevestigt.',
    },
    formality: {
      label: 'Toon',
      hint: 'Formeel spreek je de ontvanger aan met ‘u’, persoonlijk met ‘je’.',
      why: 'De toon bepaalt de aanhef, de afsluiting en de woorden.',
    },
    'applicant.name': {
      label: labels['applicant.name'],
      hint: 'Je voor- en achternaam, zoals in je sollicitatie.',
      why: 'Je ondertekent met je naam.',
    },
    'applicant.email': {
      label: labels['applicant.email'],
      hint: 'Bijvoorbeeld naam@voorbeeld.nl.',
      why: 'Nodig om de e-mail als bestand te bewaren en te versturen.',
    },
    'applicant.phone': {
      label: labels['applicant.phone'],
      hint: 'Liefst met landnummer, bijvoorbeeld +31 6 12345678.',
      why: 'Staat onder je naam, zodat de werkgever je kan bellen.',
    },
    'applicant.address': {
      label: 'Je postadres',
      hint: 'Straat en huisnummer op de eerste regel, postcode en plaats op de volgende.',
      why: 'Een brief begint met het adres van de afzender.',
    },
    'recipient.name': {
      label: labels['recipient.name'],
      hint: 'De persoon die je de baan heeft aangeboden, vaak de recruiter.',
      why: 'De aanhef noemt die persoon bij naam, en na een gesprek heb je de naam nodig om het gesprek schriftelijk te bevestigen.',
    },
    'recipient.greetingName': {
      label: labels['recipient.greetingName'],
      hint: 'Alleen als de aanhef de naam anders moet noemen dan hierboven.',
      why: 'Niet elke achternaam is uit de volledige naam af te leiden, zoals Garcia Lopez.',
    },
    'recipient.salutation': {
      label: labels['recipient.salutation'],
      hint: 'Bepaalt de aanhef in een formele brief: ‘Geachte heer Jansen’ of ‘Geachte mevrouw Jansen’. Zonder voorkeur noemt de aanhef de volledige naam.',
      why: 'Een formele Nederlandse aanhef luidt ‘Geachte heer’ of ‘Geachte mevrouw’.',
    },
    'recipient.title': {
      label: labels['recipient.title'],
      hint: 'Bijvoorbeeld HR-manager.',
      why: 'Staat in een brief onder de naam, boven het adres.',
    },
    'recipient.company': {
      label: labels['recipient.company'],
      hint: 'De naam van het bedrijf, zoals in het aanbod.',
      why: 'Je bericht noemt het bedrijf en bedankt voor het aanbod.',
    },
    'recipient.email': {
      label: labels['recipient.email'],
      hint: 'Bijvoorbeeld werving@bedrijf.nl.',
      why: 'Nodig om de e-mail als bestand te bewaren of in je e-mailprogramma te openen.',
    },
    'recipient.address': {
      label: 'Postadres van het bedrijf',
      hint: 'Straat en huisnummer op de eerste regel, postcode en plaats op de volgende.',
      why: 'Een brief heeft het adres van de ontvanger bovenaan.',
    },
    position: {
      label: labels.position,
      hint: 'De functie die je hebt aanvaard, bijvoorbeeld projectleider.',
      why: 'Je bericht noemt de functie die je niet gaat vervullen.',
    },
    reason: {
      label: labels.reason,
      hint: 'Kies de reden die het best past.',
      why: 'De gids raadt een eerlijke reden zonder details aan; je bericht zegt die in de woorden van de gids.',
    },
    reasonDetail: {
      label: 'Wil je iets over de reden toevoegen?',
      hint: 'Een of twee zinnen zijn genoeg. Wees concreet, maar ga niet in details.',
      why: 'In je eigen woorden wordt de reden van jou; meer dan twee zinnen is te veel.',
    },
    acceptedOn: {
      label: 'Datum waarop je het aanbod hebt aanvaard',
      hint: 'Bijvoorbeeld 14-12-2026 of 14 december 2026.',
      why: 'Je bericht kan noemen wanneer je het aanbod hebt aanvaard.',
    },
    startDate: {
      label: 'Geplande startdatum',
      hint: 'Bijvoorbeeld 14-12-2026 of 14 december 2026.',
      why: 'Die bepaalt hoeveel haast er is en wanneer de opzegtermijn afloopt.',
    },
    today: {
      label: labels.today,
      hint: 'Laat leeg voor de datum van vandaag, of schrijf bijvoorbeeld 14-12-2026.',
      why: 'Je bericht krijgt die datum, en de opzegtermijn telt vanaf die dag.',
    },
    contractSigned: {
      label: labels.contractSigned,
      hint: 'Vervangen door de vraag hoe je het aanbod hebt aanvaard.',
      why: 'Een getekend contract moet je opzeggen.',
    },
    acceptance: {
      label: 'Hoe heb je het aanbod aanvaard?',
      hint: 'Heb je mondeling ja gezegd en ook het contract getekend, kies dan het contract.',
      why: 'Daarvan hangt af of er al een arbeidsovereenkomst is die je moet opzeggen.',
    },
    contractType: {
      label: 'Wat voor contract is het?',
      hint: 'Het staat in het aanbod of het contract.',
      why: 'Een tijdelijk contract eindigt op een andere manier dan een vast contract.',
    },
    earlyTerminationClause: {
      label: 'Staat er in het contract dat het tussentijds mag worden opgezegd?',
      hint: 'Geldt alleen voor een tijdelijk contract.',
      why: 'Een tijdelijk contract kun je alleen eerder opzeggen als dat schriftelijk is afgesproken.',
    },
    trialPeriod: {
      label: 'Staat er een proeftijd in het contract?',
      hint: 'Alleen een schriftelijk afgesproken proeftijd telt.',
      why: 'Tijdens een proeftijd kun je meteen opzeggen.',
    },
    trialMonths: {
      label: 'Hoeveel maanden duurt de proeftijd?',
      hint: 'Vul een heel aantal maanden in, bijvoorbeeld 1.',
      why: 'De wet bepaalt hoe lang een proeftijd mag zijn.',
    },
    noticeMonths: {
      label: 'Opzegtermijn in maanden',
      hint: 'De termijn uit je contract of cao. Laat het veld leeg als er niets over staat.',
      why: 'Die bepaalt de laatste dag van je arbeidsovereenkomst; zonder termijn rekenen we met de wettelijke.',
    },
    collectiveAgreement: {
      label: 'Geldt er een cao?',
      hint: 'Vraag het de werkgever als je het niet weet.',
      why: 'Een cao kan een andere opzegtermijn voorschrijven.',
    },
    essentialsAgreed: {
      label: 'Hadden jullie salaris, werktijden en startdatum al afgesproken?',
      hint: 'Kijk in het aanbod of in je e-mails met de werkgever.',
      why: 'Zonder handtekening is er pas een arbeidsovereenkomst als jullie het over die punten eens waren.',
    },
    stateEmployer: {
      label: labels.stateEmployer,
      hint: 'Wordt alleen voor Zweeds recht gevraagd.',
      why: 'In Nederland hangt de opzegging daar niet van af.',
    },
    resignedCurrentJob: {
      label: 'Ik heb al ontslag genomen bij mijn huidige werkgever',
      hint: 'Bij je huidige werkgever, niet bij de nieuwe.',
      why: 'Dat kan gevolgen hebben voor een WW-uitkering.',
    },
    counterOffer: {
      label: 'De werkgever komt misschien met een tegenbod',
      hint: 'Bijvoorbeeld een hoger salaris, zodat je toch begint.',
      why: 'Je krijgt dan een antwoord klaar op een tegenbod en advies over hoe je erop reageert.',
    },
    keepDoorOpen: {
      label: 'Ik wil de deur openhouden voor later',
      hint: 'Past als je er later misschien nog eens wilt solliciteren.',
      why: 'Je bericht sluit dan af met de wens om later weer contact te hebben.',
    },
    place: {
      label: labels.place,
      hint: 'Bijvoorbeeld Utrecht.',
      why: 'Staat in een brief vóór de datum.',
    },
  },
  choices: {
    channels: {
      email: { label: words.channels.email, hint: 'Het snelst, en je hebt het zwart op wit.' },
      letter: {
        label: words.channels.letter,
        hint: 'Voor een formele werkgever; er gaat een e-mail vooraf, want de post duurt dagen.',
      },
      phone: {
        label: words.channels.phone,
        hint: 'Persoonlijk; een e-mail bevestigt het gesprek schriftelijk.',
      },
      meeting: {
        label: words.channels.meeting,
        hint: 'Het meest persoonlijk; een e-mail bevestigt het gesprek schriftelijk.',
      },
    },
    reasons: {
      compensation: {
        label: words.reasons.compensation,
        hint: 'Salaris of secundaire voorwaarden.',
      },
      career: { label: words.reasons.career, hint: 'De functie brengt je niet waar je wilt.' },
      'better-offer': {
        label: words.reasons['better-offer'],
        hint: 'Je hebt iets anders aanvaard.',
      },
      conditions: {
        label: words.reasons.conditions,
        hint: 'Werktijden, reistijd of de werkplek.',
      },
      personal: { label: words.reasons.personal, hint: 'Gezin, gezondheid of een verhuizing.' },
    },
    formalities: {
      formal: { label: words.formalities.formal, hint: 'Je spreekt de ontvanger aan met ‘u’.' },
      informal: {
        label: words.formalities.informal,
        hint: 'Je spreekt de ontvanger aan met ‘je’.',
      },
    },
    salutations: {
      mr: { label: words.salutations.mr, hint: 'De aanhef wordt ‘Geachte heer …’.' },
      ms: { label: words.salutations.ms, hint: 'De aanhef wordt ‘Geachte mevrouw …’.' },
      none: { label: words.salutations.none, hint: 'De aanhef noemt de volledige naam.' },
    },
    acceptances: {
      spoken: {
        label: 'Mondeling, aan de telefoon of in een gesprek',
        hint: 'Ook een mondeling ja kan een arbeidsovereenkomst zijn.',
      },
      email: { label: 'Per e-mail', hint: 'Je hebt per e-mail ja gezegd.' },
      signed: { label: 'Door het contract te tekenen', hint: 'Je hebt het contract ondertekend.' },
    },
    answers: {
      yes: { label: 'Ja', hint: 'Het staat in het aanbod of het contract.' },
      no: { label: 'Nee', hint: 'Het staat niet in het aanbod of het contract.' },
      unknown: { label: 'Weet ik niet', hint: 'Je bericht klopt dan hoe het ook zit.' },
    },
    contractTypes: {
      permanent: {
        label: 'Vast contract (onbepaalde tijd)',
        hint: 'Het contract heeft geen einddatum.',
      },
      'fixed-term': {
        label: 'Tijdelijk contract (bepaalde tijd)',
        hint: 'Het contract heeft een einddatum.',
      },
      unknown: { label: 'Weet ik niet', hint: 'Je bericht klopt dan hoe het ook zit.' },
    },
  },
};

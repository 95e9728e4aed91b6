import { formatLongDate } from '../dates.ts';
import { numberWord } from '../number-words.ts';
import type { NlCode } from './nl.ts';
import type { WordingFacts } from './types.ts';

/** Dutch wording of the Netherlands' messages: "je", as the rest of the advice, each citing its source. */

const date = (iso: string | undefined) => (iso ? formatLongDate('nl', iso) : '');

/** "één maand", "drie maanden". */
export function nlMonths(months: number): string {
  const word = numberWord('nl', months) ?? String(months);
  return months === 1 ? `${word} maand` : `${word} maanden`;
}

/** What gives the notice, with its verb: the person's message or messages. */
function gives(f: WordingFacts): string {
  switch (f.channel) {
    case 'email':
      return 'zegt je e-mail';
    case 'letter':
      return 'zeggen je brief en de e-mail vooraf';
    case 'phone':
    case 'meeting':
      return 'zegt de bevestigende e-mail';
  }
}

function received(f: WordingFacts): string {
  const rule =
    'De opzegtermijn gaat in op de eerste dag van de maand na je opzegging en eindigt op de laatste dag van een maand (BW 7:672 lid 1).';
  const when = {
    email: 'Je e-mail zegt vandaag op.',
    letter:
      'De e-mail die je vóór de brief stuurt, zegt vandaag al op; de brief zelf doet er een paar dagen over.',
    phone: 'Leg de opzegging nog dezelfde dag vast in de bevestigende e-mail.',
    meeting: 'Leg de opzegging nog dezelfde dag vast in de bevestigende e-mail.',
  }[f.channel];
  return `${rule} ${when} Komt je opzegging pas in de volgende maand aan, dan schuift de einddatum een maand op.`;
}

const recruitment =
  'Kosten voor werving en selectie hoef je alleen in uitzonderlijke gevallen te vergoeden, bijvoorbeeld als je alleen tekende om ergens anders meer te krijgen; een claim van € 14.000 aan zulke kosten werd afgewezen (HR 12 december 2008, Bezo-Consult).';

function exposure(f: WordingFacts): string {
  switch (f.outcome) {
    case 'fixed-term':
      return `Zeg je het contract voor bepaalde tijd toch eerder op, dan kan dat je het loon over de rest van de afgesproken duur kosten (BW 7:677 lid 4); de rechter kan dat bedrag matigen. ${recruitment}`;
    case 'notice-ends-after-start':
      return `Houd je je niet aan de opzegtermijn, dan ben je de werkgever een vaste schadevergoeding verschuldigd: het loon over het deel van de opzegtermijn dat je niet in acht neemt, hier van ${date(f.startDate)} tot en met ${date(f.lastDay)} (BW 7:677 lid 4). De rechter kan dat bedrag matigen. ${recruitment}`;
    default:
      return `Houd je je niet aan de opzegtermijn die voor jou geldt, dan ben je de werkgever het loon verschuldigd over het deel van die termijn dat je niet in acht neemt (BW 7:677 lid 4); de rechter kan dat bedrag matigen. ${recruitment}`;
  }
}

export const nlWords: Record<NlCode, (f: WordingFacts) => string> = {
  'not-bound': () =>
    'Volgens je antwoorden waren salaris, werktijden en startdatum nog niet afgesproken. Dan is er nog geen arbeidsovereenkomst: die komt pas tot stand als jullie het over die punten eens zijn (Rb. Midden-Nederland 24 juli 2025). Je hoeft dus niets op te zeggen.',
  'check-essentials': () =>
    'Of je gebonden bent, hangt ervan af of salaris, werktijden en startdatum al waren afgesproken: dan komt een arbeidsovereenkomst ook mondeling of per e-mail tot stand (Rb. Midden-Nederland 24 juli 2025). Kijk het na in het aanbod en je e-mails. Je bericht zegt de overeenkomst voor de zekerheid op, voor zover die al bestaat.',
  'trial-period': () =>
    'Je hebt een schriftelijk afgesproken proeftijd. Tijdens de proeftijd mogen jij en de werkgever de arbeidsovereenkomst met onmiddellijke ingang opzeggen, ook vóór de eerste werkdag (BW 7:676 lid 1). Je bericht stelt een regeling in onderling overleg voor en zegt anders op met een beroep op de proeftijd.',
  'trial-not-written': () =>
    'Je hebt het aanbod mondeling aanvaard. Een proeftijd geldt alleen als die schriftelijk is afgesproken (BW 7:652), dus op een proeftijd kun je je niet beroepen.',
  'check-trial-written': () =>
    'Een proeftijd geldt alleen als die schriftelijk is afgesproken, voor beide partijen gelijk is en niet langer duurt dan twee maanden (BW 7:652). Kijk in het aanbod of het contract of dat zo is.',
  'trial-too-long': (f) =>
    `Je noemt een proeftijd van ${f.trialMonths} maanden, maar de wet staat er hoogstens twee toe (BW 7:652). Vraag het Juridisch Loket of je je dan nog op de proeftijd kunt beroepen.`,
  'check-trial-fixed-term': () =>
    'In een contract voor bepaalde tijd van zes maanden of korter is geen proeftijd toegestaan, en in sommige tijdelijke contracten duurt die hoogstens één maand (BW 7:652). Kijk in je contract hoe lang het loopt, of vraag het Juridisch Loket.',
  'check-trial': () =>
    'Ga na of er een proeftijd is afgesproken. Alleen een schriftelijke proeftijd telt (BW 7:652), en tijdens de proeftijd mag je met onmiddellijke ingang opzeggen (BW 7:676 lid 1). Het staat in het aanbod of het contract.',
  'notice-ends-before-start': (f) =>
    `Je bent aan de arbeidsovereenkomst gebonden, maar je mag al opzeggen voordat je begint: de opzegtermijn loopt vanaf de opzegging, niet vanaf de startdatum (HR 19 oktober 1917; Rb. Oost-Brabant 5 juni 2025). Bij een opzegging op ${date(f.noticeGiven)} en een opzegtermijn van ${nlMonths(f.months)} eindigt de arbeidsovereenkomst op ${date(f.lastDay)}, vóór de startdatum van ${date(f.startDate)}. Je hoeft dan niet te beginnen.`,
  'notice-ends-after-start': (f) =>
    `Je bent aan de arbeidsovereenkomst gebonden en mag nu al opzeggen; de opzegtermijn loopt vanaf de opzegging (HR 19 oktober 1917; Rb. Oost-Brabant 5 juni 2025). Bij een opzegging op ${date(f.noticeGiven)} en een opzegtermijn van ${nlMonths(f.months)} eindigt de arbeidsovereenkomst op ${date(f.lastDay)}, na de startdatum van ${date(f.startDate)}. Spreken jullie niets anders af, dan werk je dus van de startdatum tot en met die dag.`,
  'fixed-term': () =>
    'Je hebt een contract voor bepaalde tijd zonder tussentijds opzegbeding. Zo’n contract kun je niet eerder opzeggen (BW 7:667): de uitweg is beëindiging in onderling overleg, en daar vraagt je bericht om.',
  'outcome-unknown': (f) =>
    `Hoe je de arbeidsovereenkomst kunt beëindigen, hangt af van antwoorden die nog ontbreken. Je bericht zegt de overeenkomst daarom voor de zekerheid op en vraagt de werkgever de einddatum te bevestigen. Bij een vast contract met een opzegtermijn van ${nlMonths(f.months)} eindigt de overeenkomst op ${date(f.wouldEnd)}.`,
  'check-contract-type': () =>
    'Ga na wat voor contract het is. Een contract voor onbepaalde tijd kun je opzeggen met inachtneming van de opzegtermijn, een contract voor bepaalde tijd alleen als er een schriftelijk tussentijds opzegbeding in staat (BW 7:667). Het staat in het aanbod of het contract; vraag het anders aan de werkgever of het Juridisch Loket.',
  'check-early-termination': () =>
    'Kijk of je contract voor bepaalde tijd een schriftelijk tussentijds opzegbeding heeft. Zonder dat beding kun je het niet eerder opzeggen en is beëindiging in onderling overleg de uitweg (BW 7:667). Twijfel je, vraag het dan het Juridisch Loket.',
  'notice-received': received,
  'notice-default': () =>
    'Je hebt geen opzegtermijn ingevuld, dus hier geldt de wettelijke termijn van één maand (BW 7:672 lid 4). Staat er in je contract of cao een andere termijn, vul die dan in.',
  'check-collective-agreement': () =>
    'Ga na of er een cao geldt: die kan een andere opzegtermijn voorschrijven. Vraag het de werkgever of kijk in het aanbod.',
  'agreement-notice': () =>
    'Je cao kan een andere opzegtermijn voorschrijven dan de wettelijke maand. Kijk het na en vul de termijn hier in.',
  'notice-over-maximum': (f) =>
    `Je noemt een opzegtermijn van ${nlMonths(f.months)}. Schriftelijk mag de termijn voor een werknemer tot hoogstens zes maanden worden verlengd, en die van de werkgever moet dan minstens twee keer zo lang zijn (BW 7:672 lid 8). Laat het Juridisch Loket nagaan welke termijn voor jou geldt.`,
  'clear-notice': (f) =>
    `Een voorstel om te praten beëindigt niets: een opzegging telt alleen als die duidelijk en ondubbelzinnig is (HR 14 oktober 2005, JAR 2005/270). Daarom ${gives(f)} met zoveel woorden op, voor het geval jullie er samen niet uitkomen.`,
  'clauses-open': () =>
    'Of een concurrentiebeding of een beding over studiekosten nog geldt als het contract eindigt voordat je bent begonnen, hebben we in geen enkele bron gevonden. Staat er zo’n beding in je contract, vraag het dan het Juridisch Loket.',
  'unemployment-benefit': () =>
    'Je hebt ontslag genomen bij je huidige werkgever. Wie zelf ontslag neemt, kan verwijtbaar werkloos zijn en daardoor zijn WW-uitkering mislopen. Vraag het Juridisch Loket om advies voordat je je bericht verstuurt.',
  exposure,
  'not-legal-advice': () =>
    'Dit is informatie, geen juridisch advies. Het is gebaseerd op de wet, rechtspraak en de bronnen die hier staan. Wil je zekerheid over jouw contract, vraag het dan het Juridisch Loket, je vakbond of een advocaat die gespecialiseerd is in arbeidsrecht.',
};

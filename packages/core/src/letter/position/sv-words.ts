import { formatLongDate } from '../dates.ts';
import { numberWord } from '../number-words.ts';
import type { SvCode } from './sv.ts';
import type { WordingFacts } from './types.ts';

/** Swedish wording of Sweden's messages: "du", plain, each naming its statute or source. */

const date = (iso: string | undefined) => (iso ? `den ${formatLongDate('sv', iso)}` : '');

/** "en månads", "tre månaders": the genitive the phrase "… uppsägningstid" takes. */
export function svMonths(months: number): string {
  const word = numberWord('sv', months) ?? String(months);
  return months === 1 ? `${word} månads` : `${word} månaders`;
}

/** What carries the notice: "mejlet", "brevet och mejlet före det", "det bekräftande mejlet". */
function carrier(f: WordingFacts): string {
  switch (f.channel) {
    case 'email':
      return 'mejlet';
    case 'letter':
      return 'brevet och mejlet före det';
    case 'phone':
    case 'meeting':
      return 'det bekräftande mejlet';
  }
}

const capital = (text: string) => text.charAt(0).toLocaleUpperCase('sv') + text.slice(1);

function received(f: WordingFacts): string {
  const rule = 'Uppsägningstiden räknas från den dag arbetsgivaren tar emot beskedet.';
  switch (f.channel) {
    case 'email':
      return `${rule} Ett mejl räknas som mottaget när det skickas under arbetstid, så skicka det i dag under kontorstid. Räknas det som mottaget först en senare dag, flyttas din sista anställningsdag fram.`;
    case 'letter':
      return `${rule} Ett brev tar några dagar att komma fram och skickas på din risk. Våra källor anger inte hur många dagar det ska räknas med, så datumen här räknas i stället från mejlet som du skickar före brevet: det säger upp avtalet redan i dag. Skicka det under kontorstid.`;
    case 'phone':
      return `${rule} Säger du upp dig i samtalet räknas tiden från i dag. Ett samtal lämnar inget underlag, så skicka det bekräftande mejlet samma dag: det säger upp avtalet skriftligt.`;
    case 'meeting':
      return `${rule} Säger du upp dig på mötet räknas tiden från i dag. Ett möte lämnar inget underlag, så skicka det bekräftande mejlet samma dag: det säger upp avtalet skriftligt.`;
  }
}

function exposure(f: WordingFacts): string {
  const claim =
    'kan arbetsgivaren kräva skadestånd för den ekonomiska förlust den kan visa (LAS 38 §), och skadeståndet kan jämkas. Ingen av våra källor nämner kostnaden för en ny rekrytering som en sådan förlust.';
  switch (f.outcome) {
    case 'fixed-term':
      return `Lämnar du den tidsbegränsade anställningen utan en överenskommelse ${claim}`;
    case 'notice-ends-after-start':
      return `Arbetar du inte under uppsägningstiden från startdatumet ${date(f.startDate)} till och med ${date(f.lastDay)}, och kommer ni inte överens om något annat, ${claim}`;
    default:
      return `Håller du inte den uppsägningstid som gäller, och kommer ni inte överens om något annat, ${claim}`;
  }
}

export const svWords: Record<SvCode, (f: WordingFacts) => string> = {
  'trial-period': (f) =>
    `Du har en provanställning. Enligt LAS 6 § får du avbryta den före prövotidens slut utan uppsägningstid, även innan du har börjat, om inte annat har avtalats. ${capital(carrier(f))} föreslår en överenskommelse och avbryter annars provanställningen med omedelbar verkan.`,
  'trial-too-long': (f) =>
    `Du har angett en prövotid på ${f.trialMonths} månader, men enligt LAS 6 § får den vara högst sex månader. Fråga ditt fack vad det betyder för din anställning.`,
  'trial-agreement-notice': () =>
    'Vissa kollektivavtal kräver uppsägningstid även när den anställda avbryter en provanställning; Handels kräver till exempel två veckor. Läs ditt anställningsavtal och kollektivavtalet, eller fråga ditt fack. Vi har inte hittat någon källa om vad ändringarna i LAS 2022 betyder för detaljerna i 6 §.',
  'notice-ends-before-start': (f) =>
    `Du är bunden av avtalet, men du får säga upp dig innan du har börjat. Säger du upp dig ${date(f.noticeGiven)} med ${svMonths(f.months)} uppsägningstid blir din sista anställningsdag ${date(f.lastDay)}, alltså före startdatumet ${date(f.startDate)}, och du behöver inte börja arbeta. Så bedömer fackförbund och Lawline saken; Arbetsdomstolen har ännu inte prövat den.`,
  'notice-ends-after-start': (f) =>
    `Du är bunden av avtalet och får säga upp dig redan nu. Säger du upp dig ${date(f.noticeGiven)} med ${svMonths(f.months)} uppsägningstid blir din sista anställningsdag ${date(f.lastDay)}, efter startdatumet ${date(f.startDate)}. Kommer ni inte överens om något annat gäller anställningen alltså från startdatumet till och med den dagen.`,
  'fixed-term': (f) =>
    `Du har en tidsbegränsad anställning utan villkor om att den får sägas upp i förtid. En sådan anställning kan som regel inte avslutas i förväg: vägen ut är en överenskommelse med arbetsgivaren, och det är vad ${carrier(f)} ber om.`,
  'outcome-unknown': (f) =>
    `Du är bunden av avtalet, eftersom ett ja är bindande även utan underskrift (avtalslagen 1 §). Hur det kan avslutas beror på svar som saknas, så ${carrier(f)} säger upp avtalet med den uppsägningstid som gäller och ber arbetsgivaren bekräfta din sista anställningsdag. Är det en tillsvidareanställning med ${svMonths(f.months)} uppsägningstid blir den dagen ${date(f.wouldEnd)}.`,
  'check-contract-type': () =>
    'Ta reda på vilken anställningsform avtalet gäller. En tillsvidareanställning kan du säga upp med uppsägningstid; en tidsbegränsad anställning som regel bara om avtalet eller kollektivavtalet tillåter det. Det står i anställningsavtalet eller erbjudandet; fråga annars arbetsgivaren eller ditt fack.',
  'check-early-termination': () =>
    'Läs om ditt anställningsavtal eller kollektivavtalet tillåter att den tidsbegränsade anställningen sägs upp i förtid. Gör de inte det är en överenskommelse med arbetsgivaren vägen ut. Fråga ditt fack om du är osäker.',
  'check-trial': () =>
    'Ta reda på om anställningen börjar med en provanställning. I så fall får du enligt LAS 6 § avbryta den utan uppsägningstid, om inte annat har avtalats. Det står i anställningsavtalet eller erbjudandet.',
  'notice-received': received,
  'notice-default': () =>
    'Du har inte angett någon uppsägningstid, så här räknas med lagens minsta: en månad (LAS 11 §). Står det en längre tid i ditt anställningsavtal eller i kollektivavtalet, ange den.',
  'check-collective-agreement': () =>
    'Ta reda på om arbetsgivaren har kollektivavtal, eftersom det kan ange en längre uppsägningstid än lagens. Fråga arbetsgivaren eller ditt fack.',
  'agreement-notice': () =>
    'Kollektivavtalet kan ange en längre uppsägningstid än lagens månad. Läs efter i det eller fråga ditt fack, och ange tiden här.',
  'longer-notice-disputed': (f) =>
    `Ditt avtal anger ${svMonths(f.months)} uppsägningstid. Lagen kräver minst en månad (LAS 11 §), men om ett enskilt anställningsavtal kan binda dig till en längre tid är omstritt. Med avtalets tid blir din sista anställningsdag ${date(f.lastDay ?? f.wouldEnd)}, med lagens minsta ${date(f.statutoryLastDay)}. Fråga ditt fack innan du räknar med det tidigare datumet.`,
  'state-employer': () =>
    'Hos en statlig arbetsgivare ska uppsägningen vara skriftlig, så det är mejlet eller brevet som gäller, inte ett samtal. Fråga arbetsgivaren eller ditt fack om ett mejl räcker eller om de vill ha ett undertecknat brev.',
  'unemployment-benefit': () =>
    'Du har sagt upp dig från ditt nuvarande jobb. Den som säger upp sig utan giltiga skäl riskerar 45 dagar utan ersättning från a-kassan. Prata med din a-kassa innan du skickar beskedet.',
  exposure,
  'not-legal-advice': () =>
    'Det här är information, inte juridisk rådgivning. Den bygger på lagtext och de källor som listas här. Vill du ha besked om just ditt avtal, fråga ditt fack eller en jurist med inriktning på arbetsrätt.',
};

import type { Channel } from '../../../content/channels.ts';
import type { Locale } from '../../../locales.ts';
import type { LintCode } from '../catalogue.ts';

/**
 * Drafts as people write them, each labelled with what a Swedish or Dutch HR reader would
 * object to: nothing (a good draft), or one fault, which may show as more than one code when
 * the codes name the same fault ("Ik trek mijn sollicitatie in" is the wrong act, so the text
 * also states no decision). The lint must find the labels and nothing else.
 */
export interface LabelledDraft {
  locale: Locale;
  channel?: Channel;
  /** What the draft is, in a few words, for the test report. */
  about: string;
  text: string;
  faults: LintCode[];
}

const svEmail = (body: string, greeting = 'Hej Karin!', closing = 'Med vänlig hälsning') =>
  `${greeting}\n\n${body}\n\n${closing}\nÅsa Öberg\n`;

const svDecision = 'Jag har tyvärr beslutat att återkalla mitt accepterande av erbjudandet.';
const svThanks =
  'Tack för erbjudandet om tjänsten som projektledare och för all tid du har lagt på mig under rekryteringen.';
const svReason =
  'Skälet är att jag har fått ett annat erbjudande som stämmer bättre med mina karriärmål.';
const svApology = 'Jag ber om ursäkt för besväret som mitt beslut orsakar.';
const svBody = (
  parts: Partial<Record<'decision' | 'thanks' | 'reason' | 'apology', string>> = {},
) =>
  `${parts.thanks ?? svThanks} ${parts.decision ?? svDecision}\n\n${parts.reason ?? svReason} ${parts.apology ?? svApology}`;

const nlEmail = (body: string, greeting = 'Geachte heer Jansen,', closing = 'Met vriendelijke groet,') =>
  `${greeting}\n\n${body}\n\n${closing}\nSanne de Vries\n`;

const nlDecision = 'Na zorgvuldige overweging heb ik besloten mijn acceptatie van uw aanbod in te trekken.';
const nlThanks =
  'Hartelijk dank voor uw aanbod voor de functie van projectleider en voor de tijd die u in mij heeft gestoken.';
const nlReason =
  'De reden is dat ik een ander aanbod heb gekregen dat beter aansluit bij mijn loopbaandoelen.';
const nlApology = 'Mijn excuses voor het ongemak dat dit besluit veroorzaakt.';
const nlBody = (
  parts: Partial<Record<'decision' | 'thanks' | 'reason' | 'apology', string>> = {},
) =>
  `${parts.thanks ?? nlThanks} ${parts.decision ?? nlDecision}\n\n${parts.reason ?? nlReason} ${parts.apology ?? nlApology}`;

const sv: Omit<LabelledDraft, 'locale'>[] = [
  // Good drafts.
  { about: 'formal e-mail', channel: 'email', text: svEmail(svBody()), faults: [] },
  {
    about: 'greeting with the full name and no comma',
    channel: 'email',
    text: svEmail(svBody(), 'Hej Karin Lind'),
    faults: [],
  },
  {
    about: 'run-on greeting',
    channel: 'email',
    text: svEmail(
      `jag skriver för att meddela att jag tackar nej i efterhand till tjänsten som projektledare. Skälet är personligt: min familj behöver mig på hemorten just nu.\n\nJag är tacksam för förtroendet och beklagar det besvär som beskedet orsakar.`,
      'Hej Karin Lind,',
    ),
    faults: [],
  },
  {
    about: 'informal e-mail',
    channel: 'email',
    text: svEmail(
      `Stort tack för erbjudandet och för alla bra samtal. Efter mycket funderande har jag bestämt mig för att ta tillbaka mitt ja till jobbet som säljare.\n\nAnledningen är att lönen inte går ihop med min ekonomi just nu. Förlåt för strulet det här orsakar.`,
      'Hej Karin!',
      'Vänliga hälsningar',
    ),
    faults: [],
  },
  {
    about: 'e-mail to a company',
    channel: 'email',
    text: svEmail(
      `Tack för erbjudandet om tjänsten som controller och för att ni tog er tid att träffa mig. Jag måste tyvärr meddela att jag återkallar mitt accepterande.\n\nEftersom min sambo har fått jobb i Umeå flyttar vi dit i vår. Jag ber om ursäkt för det besvär som mitt besked innebär.`,
      'Hej alla på Nordlys!',
    ),
    faults: [],
  },
  {
    about: 'härmed with the verb second',
    channel: 'email',
    text: svEmail(svBody({ decision: 'Jag återkallar härmed mitt accepterande av erbjudandet.' })),
    faults: [],
  },
  {
    about: 'härmed first, then the verb',
    channel: 'email',
    text: svEmail(svBody({ decision: 'Härmed återkallar jag mitt accepterande av erbjudandet.' })),
    faults: [],
  },
  {
    about: 'härmed in a subordinate clause',
    channel: 'email',
    text: svEmail(
      svBody({ decision: 'Jag vill meddela att jag härmed återkallar mitt accepterande.' }),
    ),
    faults: [],
  },
  {
    about: 'the decision as not starting',
    channel: 'email',
    text: svEmail(svBody({ decision: 'Jag kommer tyvärr inte att tillträda tjänsten den 1 mars.' })),
    faults: [],
  },
  {
    about: 'formal letter with address blocks',
    channel: 'letter',
    text: `Åsa Öberg\nStorgatan 1\n111 22 Stockholm\n\n2026-11-21\n\nNordlys AB\nKarin Lind\nBox 301\n111 22 Stockholm\n\nÅterkallande av mitt accepterande av erbjudandet om tjänsten som projektledare\n\nHej Karin Lind\n\n${svBody()}\n\nMed vänlig hälsning\n\n\nÅsa Öberg\n`,
    faults: [],
  },
  {
    about: 'call script',
    channel: 'phone',
    text: `Inledning\n\n”Hej, det är Åsa Öberg. Har du några minuter? Det gäller tjänsten som projektledare.”\n\nBeslutet\n\n”Jag har tyvärr bestämt mig för att inte börja hos er. Jag tar alltså tillbaka mitt ja till erbjudandet.”\n\nSkälet\n\n”Det handlar om lönen. Den räcker inte för min situation just nu.”\n\nTack och ursäkt\n\n”Tack för all tid du har lagt på mig. Jag är ledsen för besväret det här ställer till med.”\n`,
    faults: [],
  },
  {
    about: 'meeting notes in bullets',
    channel: 'meeting',
    text: `- Inledning: ”Tack för att du tar dig tid att träffa mig.”\n- Beslutet: ”Jag tar tillbaka mitt ja till erbjudandet om jobbet som projektledare.”\n- Skälet: ”Min privata situation har förändrats, och jag kan inte börja som planerat. Min partner har fått ett jobb i Malmö, och vi flyttar dit i januari. Det har vi pratat om länge, och nu blev det av.”\n- Tack: ”Tack för erbjudandet och för all tid du har lagt på mig under rekryteringen.”\n- Ursäkt: ”Jag vet att det här ställer till det för er, och jag ber om ursäkt.”\n- Avslutning: ”Jag skickar ett mejl i dag som bekräftar det vi har pratat om. Det mejlet kommer i eftermiddag, så att ni har allt skriftligt innan helgen och kan planera vidare.”\n`,
    faults: [],
  },
  {
    about: 'confirming e-mail after a call',
    channel: 'email',
    text: svEmail(
      'Tack för samtalet i dag. Som jag berättade har jag beslutat att återkalla mitt accepterande av erbjudandet om tjänsten som projektledare, och här bekräftar jag det skriftligt.\n\nJag ber än en gång om ursäkt för besväret och önskar dig lycka till framöver.',
      'Hej Karin Lind',
    ),
    faults: [],
  },
  {
    about: 'saved e-mail (.eml) with a quoted-printable body',
    text: `From: =?UTF-8?Q?=C3=85sa_=C3=96berg?= <asa@example.se>\r\nTo: karin@nordlys.example\r\nSubject: =?UTF-8?Q?=C3=85terkallande_av_mitt_accepterande?=\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nHej Karin!\r\n\r\nTack f=C3=B6r erbjudandet och f=C3=B6r all tid du har lagt p=C3=A5 mig. Ja=\r\ng har tyv=C3=A4rr beslutat att =C3=A5terkalla mitt accepterande av erbjuda=\r\nndet.\r\n\r\nSk=C3=A4let =C3=A4r personligt: min situation har f=C3=B6r=C3=A4ndrats. Jag =\r\nber om urs=C3=A4kt f=C3=B6r besv=C3=A4ret.\r\n\r\nMed v=C3=A4nlig h=C3=A4lsning\r\n=C3=85sa =C3=96berg\r\n`,
    faults: [],
  },
  {
    about: 'quoted reply from the employer',
    channel: 'email',
    text: `${svEmail(svBody())}\n> Hej Åsa! Vi har en giftig deadline, mvh Karin\n`,
    faults: [],
  },

  // One fault each.
  {
    about: 'no decision',
    channel: 'email',
    text: svEmail(svBody({ decision: 'Jag har tänkt mycket på det den senaste veckan.' })),
    faults: ['no-decision'],
  },
  {
    about: 'a hedged decision',
    channel: 'email',
    text: svEmail(
      svBody({ decision: 'Jag funderar på att återkalla mitt accepterande av erbjudandet.' }),
    ),
    faults: ['hedged-decision'],
  },
  {
    about: 'no thanks',
    channel: 'email',
    text: svEmail(
      `${svDecision}\n\n${svReason} ${svApology}`,
    ),
    faults: ['no-thanks'],
  },
  {
    about: 'no apology',
    channel: 'email',
    text: svEmail(svBody({ apology: 'Jag hoppas att vi ses igen.' })),
    faults: ['no-apology'],
  },
  {
    about: 'no reason',
    channel: 'email',
    text: svEmail(svBody({ reason: 'Beslutet är slutgiltigt.' })),
    faults: ['no-reason'],
  },
  {
    about: 'a vague excuse: for various reasons',
    channel: 'email',
    text: svEmail(svBody({ reason: 'Av olika skäl kan jag inte börja.' })),
    faults: ['weak-excuse'],
  },
  {
    about: 'a vague excuse: it does not feel right',
    channel: 'email',
    text: svEmail(svBody({ reason: 'Det känns helt enkelt inte rätt längre.' })),
    faults: ['weak-excuse'],
  },
  {
    about: 'a vague excuse: cold feet',
    channel: 'email',
    text: svEmail(svBody({ reason: 'Jag har fått kalla fötter.' })),
    faults: ['weak-excuse'],
  },
  {
    about: 'criticism: toxic culture',
    channel: 'email',
    text: svEmail(
      svBody({ reason: 'Skälet är att jag har hört att ni har en giftig arbetskultur.' }),
    ),
    faults: ['employer-criticism'],
  },
  {
    about: 'criticism: chaotic management',
    channel: 'email',
    text: svEmail(
      svBody({ reason: 'Skälet är att ledningen verkade kaotisk under intervjuerna.' }),
    ),
    faults: ['employer-criticism'],
  },
  {
    about: 'criticism: bad reviews',
    channel: 'email',
    text: svEmail(
      svBody({ reason: 'Anledningen är de dåliga omdömena om er som jag har läst på nätet.' }),
    ),
    faults: ['employer-criticism'],
  },
  {
    about: 'a bare "Hej,"',
    channel: 'email',
    text: svEmail(svBody(), 'Hej,'),
    faults: ['greeting-bare'],
  },
  {
    about: 'a bare "Hej!"',
    channel: 'email',
    text: svEmail(svBody(), 'Hej!'),
    faults: ['greeting-bare'],
  },
  {
    about: '"Bästa"',
    channel: 'email',
    text: svEmail(svBody(), 'Bästa Karin,'),
    faults: ['greeting-not-endorsed'],
  },
  {
    about: 'a chatty greeting',
    channel: 'email',
    text: svEmail(svBody(), 'Tjena Karin!'),
    faults: ['greeting-casual'],
  },
  {
    about: 'withdrawing the offer, the employer’s act',
    channel: 'email',
    text: svEmail(svBody({ decision: 'Jag återkallar härmed erbjudandet.' })),
    faults: ['source-mistranslation', 'no-decision'],
  },
  {
    about: 'withdrawing the job offer, past tense',
    channel: 'email',
    text: svEmail(
      svBody({
        decision:
          'Efter mycket funderande återkallade jag i går jobberbjudandet, och jag tackar nej.',
      }),
    ),
    faults: ['source-mistranslation'],
  },
  {
    about: '"antagande" for the acceptance',
    channel: 'email',
    text: svEmail(svBody({ decision: 'Jag återkallar tyvärr mitt antagande av erbjudandet.' })),
    faults: ['source-mistranslation', 'no-decision'],
  },
  {
    about: '"Jag härmed återkallar"',
    channel: 'email',
    text: svEmail(
      `${svThanks}\n\nJag härmed återkallar mitt accepterande av erbjudandet. ${svReason} ${svApology}`,
    ),
    faults: ['harmed-word-order'],
  },
  {
    about: 'withdrawing an application',
    channel: 'email',
    text: svEmail(svBody({ decision: 'Jag drar härmed tillbaka min ansökan.' })),
    faults: ['withdrawn-application', 'no-decision'],
  },
  {
    about: 'resigning before the start',
    channel: 'email',
    text: svEmail(
      svBody({ decision: 'Jag säger härmed upp mig från tjänsten och tackar nej till den.' }),
    ),
    faults: ['resignation'],
  },
  {
    about: 'chat shorthand',
    channel: 'email',
    text: svEmail(svBody(), 'Hej Karin!', 'Mvh'),
    faults: ['text-abbreviation'],
  },
  {
    about: 'an emoji',
    channel: 'email',
    text: svEmail(`${svBody()} 🙏`),
    faults: ['emoji'],
  },
  {
    about: 'a capitalised "Dig"',
    channel: 'email',
    text: svEmail(
      svBody({ thanks: 'Jag vill tacka Dig för erbjudandet och för all tid under rekryteringen.' }),
    ),
    faults: ['capitalised-du'],
  },
  {
    about: 'a dated closing',
    channel: 'letter',
    text: svEmail(svBody(), 'Hej Karin Lind', 'Högaktningsfullt'),
    faults: ['closing-dated'],
  },
  {
    about: 'too much detail: the salary figure',
    channel: 'email',
    text: svEmail(
      svBody({ reason: 'Skälet är att lönen på 38 000 kr inte räcker för min situation.' }),
    ),
    faults: ['reason-too-detailed'],
  },
  {
    about: 'too much detail: a diagnosis',
    channel: 'email',
    text: svEmail(
      svBody({ reason: 'Skälet är personligt: jag har fått en diagnos som kräver vila.' }),
    ),
    faults: ['reason-too-detailed'],
  },
  {
    about: 'the decision only at the end',
    channel: 'email',
    text: svEmail(
      `${svThanks} Jag har tänkt mycket på min karriär och mina mål under hösten och på vad jag vill göra de närmaste åren.\n\nJag ber om ursäkt för besväret. Därför återkallar jag mitt accepterande.`,
    ),
    faults: ['decision-late'],
  },
];

const nl: Omit<LabelledDraft, 'locale'>[] = [
  // Good drafts.
  { about: 'formal e-mail', channel: 'email', text: nlEmail(nlBody()), faults: [] },
  {
    about: 'informal e-mail',
    channel: 'email',
    text: nlEmail(
      'Bedankt voor het aanbod en voor alle tijd die je in de gesprekken met mij hebt gestoken. Toch heb ik besloten mijn acceptatie van het aanbod in te trekken, omdat het salaris niet past bij wat ik nodig heb.\n\nHet spijt me dat ik je hiermee in een lastige positie breng. Ik hoop dat we contact houden.',
      'Beste Anna,',
      'Hartelijke groet,',
    ),
    faults: [],
  },
  {
    about: 'no name known',
    channel: 'email',
    text: nlEmail(nlBody(), 'Geachte heer, mevrouw,'),
    faults: [],
  },
  {
    about: 'to a team, informal',
    channel: 'email',
    text: nlEmail(
      'Bedankt voor het aanbod en voor de tijd die jullie in de sollicitatieprocedure hebben gestoken. Na veel wikken en wegen trek ik mijn acceptatie van het aanbod toch in.\n\nDe reden is persoonlijk: mijn situatie is veranderd. Sorry voor het ongemak dat dit voor jullie oplevert.',
      'Beste team van Polderdata,',
      'Hartelijke groet,',
    ),
    faults: [],
  },
  {
    about: 'hierbij, plainly',
    channel: 'email',
    text: nlEmail(nlBody({ decision: 'Hierbij trek ik mijn acceptatie van uw aanbod in.' })),
    faults: [],
  },
  {
    about: 'the decision as not starting',
    channel: 'email',
    text: nlEmail(nlBody({ decision: 'Helaas moet ik u laten weten dat ik toch niet bij u in dienst zal treden.' })),
    faults: [],
  },
  {
    about: 'formal letter with Betreft',
    channel: 'letter',
    text: `Sanne de Vries\nOudegracht 200\n3511 NR Utrecht\n\nPolderdata B.V.\nT.a.v. de heer P. Jansen\nStationsplein 1\n1012 AB Amsterdam\n\nUtrecht, 21 november 2026\n\nBetreft: Intrekking van mijn acceptatie – functie projectleider\n\nGeachte heer Jansen,\n\n${nlBody()}\n\nMet vriendelijke groet,\n\n\nSanne de Vries\n`,
    faults: [],
  },
  {
    about: 'call script',
    channel: 'phone',
    text: `Opening\n‘Goedendag, met Sanne de Vries. Heeft u even tijd?’\n\nHet besluit\n‘Ik heb helaas besloten om toch niet bij u te beginnen. Ik trek mijn acceptatie van het aanbod in.’\n\nDe reden\n‘Door een verandering in mijn persoonlijke omstandigheden kan ik niet beginnen zoals gepland.’\n\nBedanken en excuses\n‘Dank u voor het vertrouwen, en het spijt me dat ik u hiermee in een lastige positie breng.’\n`,
    faults: [],
  },
  {
    about: 'meeting notes in bullets',
    channel: 'meeting',
    text: `- Opening: ‘Fijn dat je tijd voor me hebt gemaakt.’\n- Het besluit: ‘Ik heb besloten om toch niet bij jullie te beginnen. Ik trek mijn acceptatie van het aanbod in.’\n- De reden: ‘Het heeft een persoonlijke reden. Mijn partner heeft een baan in Groningen gekregen, en we verhuizen in januari. Dat plan hadden we al een tijd, en nu is het zover. Ik had dat eerder willen weten.’\n- Bedanken: ‘Bedankt voor het aanbod, en voor alle tijd die je in mij hebt gestoken.’\n- Excuses: ‘Het spijt me echt dat ik je hiermee in een lastige positie breng.’\n- Afsluiting: ‘Ik stuur je vandaag nog een mailtje ter bevestiging, zodat jullie alles op papier hebben en verder kunnen met het zoeken naar iemand anders.’\n`,
    faults: [],
  },
  {
    about: 'confirming e-mail after a meeting',
    channel: 'email',
    text: nlEmail(
      'Dank u wel dat u vandaag de tijd nam om met mij te praten. Zoals ik u vertelde, heb ik besloten mijn acceptatie van uw aanbod voor de functie van projectleider in te trekken. Met deze e-mail bevestig ik dat.\n\nNogmaals mijn excuses voor het ongemak. Ik wens u en uw collega’s veel succes.',
    ),
    faults: [],
  },
  {
    about: 'coming back on the acceptance',
    channel: 'email',
    text: nlEmail(nlBody({ decision: 'Helaas kom ik terug op mijn acceptatie van uw aanbod.' })),
    faults: [],
  },
  {
    about: 'saved e-mail (.eml) with a plain body',
    text: `From: Sanne de Vries <sanne@example.nl>\nTo: p.jansen@polderdata.example\nSubject: Intrekking acceptatie functie projectleider\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n${nlEmail(nlBody())}`,
    faults: [],
  },
  {
    about: 'saved e-mail (.eml) with a base64 body',
    text: `From: Sanne de Vries <sanne@example.nl>\nSubject: Intrekking\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n${btoa(String.fromCharCode(...new TextEncoder().encode(nlEmail(nlBody()))))}\n`,
    faults: [],
  },
  {
    about: 'quoted reply from the employer',
    channel: 'email',
    text: `${nlEmail(nlBody())}\n> Beste Sanne, de sfeer hier is chaotisch maar gezellig. Grtz\n`,
    faults: [],
  },
  {
    about: 'the reason as salary, plainly',
    channel: 'email',
    text: nlEmail(nlBody({ reason: 'Het salaris past bij nader inzien niet bij mijn financiële situatie.' })),
    faults: [],
  },

  // One fault each.
  {
    about: 'no decision',
    channel: 'email',
    text: nlEmail(nlBody({ decision: 'Ik heb er de afgelopen week veel over nagedacht.' })),
    faults: ['no-decision'],
  },
  {
    about: 'a hedged decision',
    channel: 'email',
    text: nlEmail(nlBody({ decision: 'Ik overweeg mijn acceptatie van uw aanbod in te trekken.' })),
    faults: ['hedged-decision'],
  },
  {
    about: 'no thanks',
    channel: 'email',
    text: nlEmail(`${nlDecision}\n\n${nlReason} ${nlApology}`),
    faults: ['no-thanks'],
  },
  {
    about: 'no apology',
    channel: 'email',
    text: nlEmail(nlBody({ apology: 'Ik hoop dat we elkaar nog eens tegenkomen.' })),
    faults: ['no-apology'],
  },
  {
    about: 'no reason',
    channel: 'email',
    text: nlEmail(nlBody({ reason: 'Dit besluit staat vast.' })),
    faults: ['no-reason'],
  },
  {
    about: 'a vague excuse: for various reasons',
    channel: 'email',
    text: nlEmail(nlBody({ reason: 'Om diverse redenen kan ik niet beginnen.' })),
    faults: ['weak-excuse'],
  },
  {
    about: 'a vague excuse: not the right moment',
    channel: 'email',
    text: nlEmail(nlBody({ reason: 'Het is gewoon niet het juiste moment.' })),
    faults: ['weak-excuse'],
  },
  {
    about: 'a vague excuse: no good feeling',
    channel: 'email',
    text: nlEmail(nlBody({ reason: 'Ik heb er toch geen goed gevoel bij.' })),
    faults: ['weak-excuse'],
  },
  {
    about: 'a vague excuse: circumstances',
    channel: 'email',
    text: nlEmail(nlBody({ reason: 'Door omstandigheden lukt het me niet.' })),
    faults: ['weak-excuse'],
  },
  {
    about: 'criticism: toxic culture',
    channel: 'email',
    text: nlEmail(nlBody({ reason: 'De reden is dat ik hoorde dat de cultuur er toxisch is.' })),
    faults: ['employer-criticism'],
  },
  {
    about: 'criticism: bad management',
    channel: 'email',
    text: nlEmail(nlBody({ reason: 'De reden is het slechte management dat ik tijdens de gesprekken zag.' })),
    faults: ['employer-criticism'],
  },
  {
    about: 'criticism: unprofessional',
    channel: 'email',
    text: nlEmail(nlBody({ reason: 'De reden is dat de procedure erg onprofessioneel verliep.' })),
    faults: ['employer-criticism'],
  },
  {
    about: 'a bare "Hallo,"',
    channel: 'email',
    text: nlEmail(nlBody(), 'Hallo,'),
    faults: ['greeting-bare'],
  },
  {
    about: 'a bare "Geachte,"',
    channel: 'email',
    text: nlEmail(nlBody(), 'Geachte,'),
    faults: ['greeting-bare'],
  },
  {
    about: 'a chatty greeting',
    channel: 'email',
    text: nlEmail(nlBody(), 'Hoi Peter,'),
    faults: ['greeting-casual'],
  },
  {
    about: 'withdrawing an application',
    channel: 'email',
    text: nlEmail(nlBody({ decision: 'Hierbij trek ik mijn sollicitatie in.' })),
    faults: ['withdrawn-application', 'no-decision'],
  },
  {
    about: 'withdrawing an application, infinitive',
    channel: 'email',
    text: nlEmail(nlBody({ decision: 'Na lang nadenken heb ik besloten mijn sollicitatie in te trekken.' })),
    faults: ['withdrawn-application', 'no-decision'],
  },
  {
    about: '"herroepen"',
    channel: 'email',
    text: nlEmail(nlBody({ decision: 'Hierbij herroep ik mijn acceptatie van uw aanbod.' })),
    faults: ['source-mistranslation', 'no-decision'],
  },
  {
    about: 'resigning before the start',
    channel: 'email',
    text: nlEmail(nlBody({ decision: 'Hierbij neem ik ontslag en trek ik mijn acceptatie in.' })),
    faults: ['source-mistranslation'],
  },
  {
    about: 'mixing u and je',
    channel: 'email',
    text: nlEmail(nlBody({ apology: 'Sorry voor het ongemak dat dit je bezorgt.' })),
    faults: ['mixed-formality'],
  },
  {
    about: 'chat shorthand',
    channel: 'email',
    text: nlEmail(nlBody(), 'Geachte heer Jansen,', 'mvg,'),
    faults: ['text-abbreviation'],
  },
  {
    about: 'an emoji',
    channel: 'email',
    text: nlEmail(`${nlBody()} :)`),
    faults: ['emoji'],
  },
  {
    about: 'a distant closing',
    channel: 'letter',
    text: nlEmail(nlBody(), 'Geachte heer Jansen,', 'Hoogachtend,'),
    faults: ['closing-dated'],
  },
  {
    about: 'too much detail: the salary figure',
    channel: 'email',
    text: nlEmail(nlBody({ reason: 'De reden is dat een salaris van € 3.200 bruto te weinig is voor mij.' })),
    faults: ['reason-too-detailed'],
  },
  {
    about: 'too much detail: burn-out',
    channel: 'email',
    text: nlEmail(nlBody({ reason: 'De reden is persoonlijk: ik herstel nog van een burn-out.' })),
    faults: ['reason-too-detailed'],
  },
  {
    about: 'the decision only at the end',
    channel: 'email',
    text: nlEmail(
      `${nlThanks} Ik heb deze herfst veel nagedacht over mijn loopbaan en over wat ik de komende jaren wil doen.\n\n${nlApology} Daarom trek ik mijn acceptatie in.`,
    ),
    faults: ['decision-late'],
  },
];

/**
 * Written after the rules were settled and not tuned against: how the lint does on drafts it has
 * not seen. The test reports these apart.
 */
const svUnseen: Omit<LabelledDraft, 'locale'>[] = [
  {
    about: 'unseen: short informal e-mail',
    channel: 'email',
    text: 'Hej Jonas!\n\nJag har tyvärr bestämt mig för att tacka nej till jobbet ändå. Jag har fått ett erbjudande närmare hemmet, och det passar min familj bättre. Tack för att du tog dig tid med mig, och förlåt att det blev så här.\n\nVänliga hälsningar\nMaja\n',
    faults: [],
  },
  {
    about: 'unseen: formal, not starting',
    channel: 'email',
    text: 'Hej Per Ahlström\n\nJag måste tyvärr meddela att jag inte kommer att börja som ekonomiassistent hos er den 1 februari. Anledningen är att min nuvarande arbetsgivare har erbjudit mig en ny roll som jag har valt att ta. Jag vill tacka för förtroendet och ber om ursäkt för besväret.\n\nMed vänlig hälsning\nLinnea Sjöberg\n',
    faults: [],
  },
  {
    about: 'unseen: complaint about the salary level',
    channel: 'email',
    text: 'Hej Per!\n\nJag återkallar mitt accepterande av erbjudandet. Lönen ni erbjuder är helt enkelt usel för en tjänst med det ansvaret. Tack ändå för tiden, och förlåt för besväret.\n\nMvh\nLinnea\n',
    faults: ['employer-criticism', 'text-abbreviation'],
  },
  {
    about: 'unseen: something came up',
    channel: 'email',
    text: 'Hej Per!\n\nTack för erbjudandet. Något har kommit emellan, så jag tar tillbaka mitt ja. Jag ber om ursäkt för besväret.\n\nVänliga hälsningar\nLinnea\n',
    faults: ['weak-excuse'],
  },
  {
    about: 'unseen: the employer’s act in the infinitive',
    channel: 'email',
    text: 'Hej Per!\n\nTack för allt. Jag vill tyvärr återkalla jobberbjudandet eftersom jag har fått en annan tjänst. Förlåt för strulet.\n\nVänliga hälsningar\nLinnea\n',
    faults: ['source-mistranslation', 'no-decision'],
  },
  {
    about: 'unseen: a greeting that greets nobody',
    channel: 'email',
    text: 'Hej.\n\nJag tackar nej i efterhand till tjänsten, eftersom jag har fått ett annat erbjudande. Tack för er tid och förlåt för besväret.\n\nMed vänlig hälsning\nLinnea Sjöberg\n',
    faults: ['greeting-bare'],
  },
  {
    about: 'unseen: no apology',
    channel: 'email',
    text: 'Hej Per!\n\nTack för erbjudandet. Jag har valt att ta tillbaka mitt ja, eftersom lönen inte räcker för min situation.\n\nVänliga hälsningar\nLinnea\n',
    faults: ['no-apology'],
  },
  {
    about: 'unseen: call notes',
    channel: 'phone',
    text: 'Inledning\n\n”Hej Per, det är Linnea. Har du en minut?”\n\nBeslutet\n\n”Jag har bestämt mig för att tacka nej till tjänsten ändå.”\n\nSkälet\n\n”Min familj flyttar till Göteborg i vår.”\n\nTack och ursäkt\n\n”Tack för allt, och förlåt att det blev så.”\n',
    faults: [],
  },
  {
    about: 'unseen: hedging',
    channel: 'email',
    text: 'Hej Per!\n\nTack för erbjudandet. Jag vet inte om jag kan börja, eftersom min situation har förändrats, så jag tar nog tillbaka mitt ja. Förlåt för besväret.\n\nVänliga hälsningar\nLinnea\n',
    faults: ['hedged-decision'],
  },
  {
    about: 'unseen: resigning',
    channel: 'email',
    text: 'Hej Per!\n\nHärmed säger jag upp mig från tjänsten som ekonomiassistent, eftersom jag har fått ett annat jobb. Tack för förtroendet och förlåt för besväret.\n\nVänliga hälsningar\nLinnea\n',
    faults: ['resignation', 'no-decision'],
  },
];

const nlUnseen: Omit<LabelledDraft, 'locale'>[] = [
  {
    about: 'unseen: short informal e-mail',
    channel: 'email',
    text: 'Beste Joost,\n\nIk heb helaas besloten om toch niet bij jullie te beginnen. Ik heb een baan dichter bij huis gevonden, en dat past beter bij mijn gezin. Bedankt voor je tijd, en sorry voor het ongemak.\n\nGroet,\nLotte\n',
    faults: [],
  },
  {
    about: 'unseen: formal, withdrawing',
    channel: 'email',
    text: 'Geachte mevrouw Bakker,\n\nHierbij laat ik u weten dat ik mijn acceptatie van de functie van adviseur intrek. Mijn huidige werkgever heeft mij een nieuwe rol aangeboden, en daarvoor heb ik gekozen. Hartelijk dank voor het vertrouwen, en mijn excuses voor het ongemak.\n\nMet vriendelijke groet,\nLotte Mulder\n',
    faults: [],
  },
  {
    about: 'unseen: criticism of the interviews',
    channel: 'email',
    text: 'Geachte mevrouw Bakker,\n\nIk trek mijn acceptatie in, omdat de gesprekken erg chaotisch verliepen. Dank voor uw tijd, en excuses voor het ongemak.\n\nMet vriendelijke groet,\nLotte Mulder\n',
    faults: ['employer-criticism'],
  },
  {
    about: 'unseen: something came in between',
    channel: 'email',
    text: 'Beste Joost,\n\nBedankt voor het aanbod. Er is iets tussengekomen, dus ik trek mijn acceptatie in. Sorry voor het ongemak.\n\nGroet,\nLotte\n',
    faults: ['weak-excuse'],
  },
  {
    about: 'unseen: withdrawing the application, past participle',
    channel: 'email',
    text: 'Beste Joost,\n\nBedankt voor het aanbod. Ik heb mijn sollicitatie teruggetrokken, omdat ik een andere baan heb aangenomen. Sorry voor het ongemak.\n\nGroet,\nLotte\n',
    faults: ['withdrawn-application', 'no-decision'],
  },
  {
    about: 'unseen: a bare greeting',
    channel: 'email',
    text: 'Hoi,\n\nIk trek mijn acceptatie van het aanbod in, omdat ik een andere baan heb gevonden. Bedankt voor jullie tijd, en sorry voor het ongemak.\n\nGroet,\nLotte\n',
    faults: ['greeting-bare'],
  },
  {
    about: 'unseen: no thanks',
    channel: 'email',
    text: 'Geachte mevrouw Bakker,\n\nHierbij trek ik mijn acceptatie van uw aanbod in, omdat mijn persoonlijke situatie is veranderd. Mijn excuses voor het ongemak.\n\nMet vriendelijke groet,\nLotte Mulder\n',
    faults: ['no-thanks'],
  },
  {
    about: 'unseen: meeting notes',
    channel: 'meeting',
    text: '- Opening: ‘Fijn dat u tijd heeft.’\n- Besluit: ‘Ik trek mijn acceptatie van het aanbod in.’\n- Reden: ‘Mijn partner gaat in het buitenland werken, en ik verhuis mee.’\n- Afsluiting: ‘Dank u voor alles, en het spijt me dat het zo loopt.’\n',
    faults: [],
  },
  {
    about: 'unseen: hedging',
    channel: 'email',
    text: 'Beste Joost,\n\nBedankt voor het aanbod. Ik twijfel of ik kan beginnen, omdat het salaris lager is dan ik nodig heb, dus misschien trek ik mijn acceptatie in. Sorry voor het ongemak.\n\nGroet,\nLotte\n',
    faults: ['hedged-decision'],
  },
  {
    about: 'unseen: herroepen, past tense',
    channel: 'email',
    text: 'Geachte mevrouw Bakker,\n\nDank voor uw aanbod. Helaas heb ik mijn acceptatie herroepen, omdat ik een andere functie heb aanvaard. Mijn excuses voor het ongemak.\n\nMet vriendelijke groet,\nLotte Mulder\n',
    faults: ['source-mistranslation', 'no-decision'],
  },
];

export const labelledDrafts: readonly LabelledDraft[] = [
  ...[...sv, ...svUnseen].map((draft) => ({ ...draft, locale: 'sv' as const })),
  ...[...nl, ...nlUnseen].map((draft) => ({ ...draft, locale: 'nl' as const })),
];

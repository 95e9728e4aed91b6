import type { Locale } from '../../../locales.ts';
import { findGreeting } from '../greeting.ts';
import { phrases } from '../pattern.ts';
import type { Hit, Rule } from '../rule.ts';
import { wrongActs } from './act.ts';

/**
 * Ways of saying the decision itself. Scripts and notes address the user ("ditt accepterande",
 * "je acceptatie"), letters speak as the user ("mitt", "mijn"), so both persons count.
 */
const decision: Record<Locale, RegExp> = {
  sv: phrases(
    'återkall\\p{L}* (jag |du )?(härmed |nu |därför |tyvärr )?(mitt|min|ditt|din) (accepterande|accept|ja|jobbaccept)',
    'återkallande(t)? av (mitt|min|ditt|din) (accepterande|accept|ja)',
    'ta(r|git)? (jag |du )?(härmed |nu |därför |tyvärr )?tillbaka (mitt|min|ditt|din) (accepterande|accept|ja)',
    'dra(r|git)? (jag |du )?(härmed |nu |därför |tyvärr )?tillbaka (mitt|min|ditt|din) (accepterande|accept|ja)',
    'tack(a|ar|ade|at) (\\p{L}+ )?nej',
    '(kommer|tänker) (\\p{L}+ )?(inte|ej) (att )?(tillträda|börja|påbörja|ta tjänsten|ta jobbet)',
    'avstå(r|tt)? från (tjänsten|anställningen|erbjudandet|platsen)',
    '(vill|kan|kommer) (\\p{L}+ ){0,3}inte (att )?(\\p{L}+ )?(ta|tillträda|börja|påbörja) (tjänsten|jobbet|anställningen|hos)',
    'börjar (\\p{L}+ )?inte (hos|på|som)',
    'inte (\\p{L}+ ){0,2}(att )?(börja|tillträda) (hos|på|som|tjänsten|jobbet)',
  ),
  nl: phrases(
    'intrek\\p{L}*',
    'in (te )?trekken',
    // The object can be long and hold a company's "B.V." or "&": "trek ik mijn acceptatie van de
    // functie van projectleider bij Polderdata B.V. in".
    "trek\\p{L}* ([\\p{L}\\p{N}.&'’-]+ ){0,12}in",
    'ingetrokken',
    '(kom|komen|kwam) (\\p{L}+ ){0,4}terug op',
    'terug (te )?komen op',
    '(zie|ziet|zien) (\\p{L}+ ){0,4}af van',
    'af (te )?zien van',
    'afzien van',
    'niet (\\p{L}+ ){0,4}in dienst',
    'niet (\\p{L}+ ){0,4}(kom|komen) werken',
    'niet (\\p{L}+ ){0,3}(aannemen|aanvaarden|accepteren|aan te nemen|te aanvaarden|te accepteren)',
    'niet (\\p{L}+ ){0,4}(beginnen|starten) (bij|als|aan|op)',
    // "om toch niet bij jullie te beginnen"
    'niet (\\p{L}+ ){0,3}te (beginnen|starten)',
  ),
};

/** First-person hedges: the guide says decide first, because a withdrawal cannot be undone. */
const hedges: Record<Locale, RegExp> = {
  sv: phrases(
    'jag (funderar|tänker) på att',
    'jag överväger (att)?',
    'jag är (lite |ganska )?osäker på om',
    'jag vet inte (riktigt |säkert )?om jag',
    'jag kanske (måste|behöver|vill|kommer att)',
    'jag skulle (eventuellt|kanske) vilja',
  ),
  nl: phrases(
    'ik overweeg',
    'ik twijfel (nog )?(of|over)',
    'ik weet (nog )?niet (zeker )?of ik',
    'ik denk erover (na )?om',
    'misschien (moet|wil|ga) ik',
  ),
};

/** A greeting line ends the preamble (sender, addressee, date, subject) of a letter. */
const greetingWords: Record<Locale, ReadonlySet<string>> = {
  sv: new Set(['hej', 'hejsan', 'bästa', 'hallå']),
  nl: new Set(['geachte', 'beste', 'hoi', 'hallo', 'dag']),
};

/**
 * The draft must state the decision, state it as one, and state it early: the guide wants the
 * reader to learn what this is about before the reasons. Early means in the first half of what
 * follows the greeting, so a letter's address blocks do not count.
 */
export const decisionRule: Rule = {
  name: 'decision',
  check(context) {
    const hits: Hit[] = context.find(hedges[context.locale]).map((span) => ({
      code: 'hedged-decision',
      start: span.start,
      end: span.end,
      found: span.text,
    }));
    // "Ik trek mijn sollicitatie in" withdraws an application, not an acceptance (see act.ts).
    const wrong = wrongActs[context.locale].flatMap(({ pattern }) => context.find(pattern));
    const [first] = context
      .find(decision[context.locale])
      .filter((span) => !wrong.some((w) => span.start < w.end && w.start < span.end));
    // A hedged decision is its own finding, which says how to state it: not also "no decision".
    if (first === undefined) return hits.length > 0 ? hits : [{ code: 'no-decision' }];
    const greeting = findGreeting(context.text, (word) => greetingWords[context.locale].has(word));
    const bodyStart = greeting ? greeting.start + greeting.text.length : 0;
    const bodyEnd = context.text.trimEnd().length;
    // Where the sentence that holds the decision starts: "Zoals ik u vertelde, heb ik besloten
    // … in te trekken." in a short confirming e-mail is early, however late its last words fall.
    const before = context.text.slice(bodyStart, first.start);
    const lastStop = Math.max(...['.', '!', '?', '\n'].map((mark) => before.lastIndexOf(mark)));
    const sentenceStart = bodyStart + lastStop + 1;
    if (sentenceStart > bodyStart + (bodyEnd - bodyStart) / 2) {
      hits.push({ code: 'decision-late', start: first.start, end: first.end, found: first.text });
    }
    return hits;
  },
};

import type { Locale } from '../../../locales.ts';
import type { Span } from '../context.ts';
import { phrases } from '../pattern.ts';
import type { Rule } from '../rule.ts';

/**
 * Words that introduce a reason, and the words in which people state the guide's five reasons
 * (pay, career, another offer, conditions, personal life): either one means a reason is given.
 */
const reasons: Record<Locale, RegExp> = {
  sv: phrases(
    'eftersom',
    'på grund av',
    'anledning(en|ar|arna)?',
    'skäl(et|en)?',
    'orsak(en|er|erna)?',
    'beror på',
    'då jag',
    '(familje|hälso)skäl',
    'har (\\p{L}+ )?(fått|tackat ja till|accepterat|valt) (\\p{L}+ )?(ett|en) (annat|annan|nytt|ny)',
    // Coming to see it: "insåg jag att", "har nu insett att", "kom till slut fram till att".
    '(har|hade|efter att ha) (\\p{L}+ ){0,2}insett att',
    'insåg (jag )?(\\p{L}+ ){0,2}att',
    '(kom|kommit) (\\p{L}+ ){0,3}fram till att',
    '(märkte|förstod) (jag )?(\\p{L}+ ){0,2}att',
    '(har|hade) (\\p{L}+ ){0,2}(märkt|förstått) att',
    'visat sig att',
    'visade det sig att',
    'lön(en|er|enivån|eläget|ekrav)?',
    'ersättning(en)?',
    'karriär\\p{L}*',
    '(mina|mitt) (\\p{L}+ )?mål',
    '(ett|en) (annat|annan|nytt|ny) (erbjudande|tjänst|jobb|arbete|roll)',
    'fått (ett|en) (\\p{L}+ )?(erbjudande|jobb|tjänst) (från|hos|på|som)',
    'förutsättning(en|ar|arna)',
    'arbetsupplägg(et)?',
    'arbetsvillkor(en)?',
    'personlig(a|t)?',
    'familj(en|esituation\\p{L}*)?',
    'hälsa(n)?',
    'flytt(a|ar|en)?',
    'pendl(a|ing|ingen)',
    'min situation',
  ),
  nl: phrases(
    'omdat',
    'vanwege',
    'wegens',
    'doordat',
    'aangezien',
    'want',
    'reden(en)?',
    'oorzaak',
    'heb (\\p{L}+ )?(een )?(ander|nieuw)e? (\\p{L}+ )?(aanbod|functie|baan) (\\p{L}+ ){0,3}(gekregen|aangenomen|aanvaard)',
    // Coming to see it: "ben ik tot de conclusie gekomen", "realiseerde ik me", "merkte ik dat".
    'tot de (conclusie|slotsom) (\\p{L}+ )?gekomen',
    'kwam ik (\\p{L}+ ){0,2}tot de (conclusie|slotsom)',
    'bij nader inzien',
    '(ik )?(merkte|merk|besefte|besef|realiseerde|realiseer) (ik )?(me |mij )?(\\p{L}+ ){0,2}dat',
    'realiseerde ik (me|mij)',
    'heb (\\p{L}+ ){0,2}(gemerkt|beseft|ingezien) dat',
    '(werd|is) (het )?(me |mij )?duidelijk (geworden )?dat',
    'bleek (\\p{L}+ ){0,2}dat',
    'salaris',
    'loon',
    'vergoeding',
    'loopbaan\\p{L}*',
    'carrière\\p{L}*',
    'mijn (\\p{L}+ )?doelen',
    '(een|ander|andere) (ander|andere|nieuw|nieuwe) (aanbod|baan|functie|rol)',
    'ander aanbod',
    'aanbod (\\p{L}+ ){0,6}(gekregen|ontvangen|aangenomen|aanvaard)',
    '(voor|daarvoor|daar) (\\p{L}+ ){0,3}gekozen',
    '(werk)?omstandigheden',
    'manier van werken',
    'persoonlijk(e)?',
    'gezin',
    'familie',
    'gezondheid',
    'verhuiz\\p{L}*',
    'reistijd',
    'mijn situatie',
  ),
};

/** The guide: no weak or abstract excuses; give a sincere and honest reason. */
const weakExcuses: Record<Locale, RegExp> = {
  sv: phrases(
    'av (olika|diverse|vissa|flera|andra) (skäl|anledningar|orsaker)',
    'det känns (bara |helt enkelt )?inte rätt',
    'något (har )?(kom|kommit) (emellan|i vägen)',
    'jag har (bara |helt enkelt )?ändrat mig',
    'det känns (bara |helt enkelt )?fel',
    'det är (helt enkelt |bara )?inte (rätt|rätta) (läge|tillfälle|tid)',
    'det passar (helt enkelt|bara) inte',
    '(jag har )?fått kalla fötter',
    'av (vissa |olika )?omständigheter',
    'av skäl som jag (inte vill|inte kan|helst inte vill) gå in på',
  ),
  nl: phrases(
    'om (diverse|verschillende|bepaalde|allerlei|andere) redenen',
    'het voelt (gewoon |toch |niet )?(niet )?goed',
    'er is iets tussen\\s?gekomen',
    'het komt (me|mij) (toch |nu )?niet (goed )?uit',
    'ik ben (gewoon )?van gedachten veranderd',
    'ik heb me (toch )?bedacht',
    'het is (gewoon |nu |toch )?niet het (juiste|goede) moment',
    'om redenen die ik (liever )?(niet|voor mezelf)',
    'door (bepaalde |onvoorziene )?omstandigheden',
    'het past (gewoon|toch|nu) niet',
    'ik heb er (toch |gewoon )?geen goed gevoel (meer )?bij',
    'het zit me (toch |gewoon )?niet lekker',
    'er kwam iets tussen',
  ),
};

/**
 * An e-mail that confirms a call or a meeting: the reason was given there, and the guide wants
 * the confirmation short, so it need not repeat it.
 */
const confirmsConversation: Record<Locale, RegExp> = {
  sv: phrases(
    'tack för (samtalet|mötet|vårt samtal|vårt möte)',
    'som jag (berättade|sa|nämnde)( i (samtalet|telefon|dag))?',
    'bekräftar (jag )?(härmed |här )?(det|vårt samtal|det vi)',
  ),
  nl: phrases(
    '(bedankt|dank u( wel)?|dank je( wel)?) (voor )?(het|ons) (telefoon)?gesprek',
    'zoals ik (u |je |jullie )?(al )?(zei|vertelde|aangaf)',
    'bevestig ik (dat|dit|ons gesprek)',
  ),
};

/** Where a number begins: not after a digit and one separator ("45 000", "5.000,00"). */
const numberStart = '(?<!\\d[.,\\s])';

/** The guide: be honest about the reason, but do not give too many details. */
const details: Record<Locale, RegExp> = {
  sv: phrases(
    // A number starts where no digit and separator precede it, so a long run of digits and
    // spaces is read once, not again from each of its digits.
    `${numberStart}\\d+(?:[.,\\s]\\d+)* ?(kr|kronor|sek|tkr|tusen)`,
    '\\d+ ?(%|procent)',
    'diagnos(en|er)?',
    'sjukskriv\\p{L}*',
    'cancer(n)?',
    'depression(en)?',
    'utbränd(het)?',
    'skilsmässa(n)?',
    'gravid(itet|iteten)?',
    'missfall(et)?',
    'terapi(n)?',
    'psykolog(en)?',
  ),
  nl: phrases(
    '€ ?\\d+(?:[.,]\\d+)*',
    `${numberStart}\\d+(?:[.,]\\d+)* ?(euro|eur)`,
    '\\d+ ?(%|procent)',
    'bruto',
    'diagnose',
    'kanker',
    'depressie',
    'burn-?out',
    '(echt)?scheiding',
    'zwanger(schap)?',
    'miskraam',
    'therapie',
    'psycholoog',
  ),
};

/** Words in the paragraph that gives the reason beyond which it reads as a long explanation. */
export const reasonParagraphWords = 100;

const word = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** A line that starts a list item: meeting notes are bullets, each item its own paragraph. */
const listItem = /\n[ \t]*(?:[-*•–]|\d+[.)])[ \t]/g;

/** The last match of a global pattern that starts before `offset`, and the first at or after it. */
function around(text: string, pattern: RegExp, offset: number): [number, number] {
  let before = -1;
  let after = -1;
  for (const match of text.matchAll(pattern)) {
    if (match.index < offset) before = match.index;
    else {
      after = match.index;
      break;
    }
  }
  return [before, after];
}

/** The paragraph (between blank lines, or one list item) around an offset. */
function paragraphAt(text: string, offset: number): Span {
  const blankBefore = text.lastIndexOf('\n\n', offset);
  const blankAfter = text.indexOf('\n\n', offset);
  const [itemBefore, itemAfter] = around(text, listItem, offset);
  const start = Math.max(blankBefore === -1 ? 0 : blankBefore + 2, itemBefore + 1);
  const ends = [blankAfter, itemAfter].filter((end) => end !== -1);
  const end = ends.length === 0 ? text.length : Math.min(...ends);
  return { start, end, text: text.slice(start, end) };
}

/**
 * The spans not inside any of `outer`. Both lists come in text order and the outer spans do not
 * overlap (they are one pattern's matches), so one pass over both will do.
 */
function outside(spans: readonly Span[], outer: readonly Span[]): Span[] {
  let next = 0;
  return spans.filter((span) => {
    while (next < outer.length && (outer[next] as Span).end <= span.start) next += 1;
    const around = outer[next];
    return !(around && span.start >= around.start && span.end <= around.end);
  });
}

/** A reason must be there; a vague one and a too-personal one are worth a second look. */
export const reasonRule: Rule = {
  name: 'reason',
  check(context) {
    const weak = context.find(weakExcuses[context.locale]);
    // "Av olika skäl" contains the word "skäl" but gives no reason.
    const given = outside(context.find(reasons[context.locale]), weak);
    const [first] = given;
    // Spoken notes are lists without paragraphs; only a written text has one to measure.
    const paragraph = context.written && first ? paragraphAt(context.text, first.start) : undefined;
    const words = paragraph?.text.match(word)?.length ?? 0;
    return [
      // A vague excuse is its own finding, which says what to write instead.
      ...(given.length === 0 &&
      weak.length === 0 &&
      context.find(confirmsConversation[context.locale]).length === 0
        ? [{ code: 'no-reason' as const }]
        : []),
      ...(paragraph && words > reasonParagraphWords
        ? [
            {
              code: 'reason-too-long' as const,
              start: paragraph.start + (paragraph.text.length - paragraph.text.trimStart().length),
              end: paragraph.start + paragraph.text.trimEnd().length,
              count: words,
            },
          ]
        : []),
      ...weak.map((span) => ({
        code: 'weak-excuse' as const,
        start: span.start,
        end: span.end,
        found: span.text,
      })),
      ...context.find(details[context.locale]).map((span) => ({
        code: 'reason-too-detailed' as const,
        start: span.start,
        end: span.end,
        found: span.text.trim(),
      })),
    ];
  },
};

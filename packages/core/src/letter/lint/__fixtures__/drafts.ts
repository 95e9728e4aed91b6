/** Well-written drafts, as a careful person would write them by hand: they must lint clean. */
export const goodDrafts = {
  svEmail: `Hej Karin!

Tack för erbjudandet om tjänsten som projektledare och för den tid du och teamet har lagt på mig under rekryteringen. Efter noga eftertanke har jag tyvärr bestämt mig för att återkalla mitt accepterande av tjänsten.

Anledningen är att jag har fått ett erbjudande som stämmer bättre överens med mina karriärmål. Jag ber om ursäkt för besväret som mitt beslut orsakar och hoppas att våra vägar korsas igen.

Med vänlig hälsning
Åsa Öberg
`,
  svFormalLetter: `Åsa Öberg
Storgatan 1
111 22 Stockholm

2026-11-21

Acme AB
Karin Lind

Återkallande av mitt accepterande av tjänsten som projektledare

Hej Karin Lind,

jag skriver för att meddela att jag tackar nej i efterhand till tjänsten som projektledare. Skälet är personligt: min familj behöver mig på hemorten just nu.

Jag är tacksam för förtroendet och beklagar det besvär som beskedet orsakar.

Med vänlig hälsning
Åsa Öberg
`,
  nlFormalEmail: `Geachte heer Jansen,

Hartelijk dank voor uw aanbod voor de functie van projectleider en voor de tijd die u in mij hebt gestoken. Na zorgvuldige overweging heb ik besloten mijn acceptatie van deze functie in te trekken.

De reden is dat ik een aanbod heb gekregen dat beter aansluit bij mijn loopbaandoelen. Mijn excuses voor het ongemak dat dit besluit veroorzaakt.

Met vriendelijke groet,
Sanne de Vries
`,
  nlInformalEmail: `Beste Anna,

Bedankt voor het aanbod en voor alle tijd die jij en je collega’s in de gesprekken met mij hebben gestoken. Toch kom ik terug op mijn aanvaarding van de baan als ontwerper, omdat het salaris niet past bij wat ik nodig heb.

Het spijt me dat ik je hiermee in een lastige positie breng. Ik hoop dat we contact houden.

Hartelijke groet,
Sanne
`,
  nlCallScript: `Opening
‘Goedendag, u spreekt met Sanne de Vries. Heeft u even tijd?’

Het besluit
‘Ik heb besloten mijn acceptatie van de functie in te trekken.’

De reden
‘Door een verandering in mijn persoonlijke omstandigheden kan ik niet beginnen zoals gepland.’

Bedanken en excuses
‘Dank u voor het vertrouwen, en het spijt me dat ik u hiermee in een lastige positie breng.’
`,
};

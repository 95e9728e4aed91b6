import { generateLetter, lintDocument } from './src/letter/index.ts';
const r = generateLetter({"locale":"sv","channel":"letter","formality":"formal","reason":"compensation","applicant":{"name":"Hi A","address":"Storgatan 1\n123 45 Uppsala"},"recipient":{"company":"Nordlys AB"},"position":"projektledare","today":"2020-01-01","startDate":"2020-01-01"});
for (const d of r.documents) { console.log(d.text); console.log(lintDocument(d, {locale:'sv', formality:'formal'})); }

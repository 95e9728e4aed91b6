import { generateLetter } from './src/letter/index.ts';
import { lintDocument } from './src/letter/lint/index.ts';
const people = [
  { applicant: { name: 'Åsa Öberg', email: 'asa@example.se', phone: '070-123 45 67', address: 'Storgatan 1\n111 22 Stockholm' }, recipient: { name: 'Karin Lind', salutation: 'ms', title: 'HR-chef', company: 'Acme AB', email: 'karin@acme.se', address: 'Box 1\n222 33 Malmö' }, position: 'projektledare', place: 'Stockholm' },
  { applicant: { name: 'Jan de Vries' }, recipient: { company: 'Bedrijf BV' }, position: 'ontwerper' },
  { applicant: { name: 'Sam Jansen' }, recipient: { name: 'Piet van Dijk', salutation: 'mr', company: 'X' }, position: 'ontwikkelaar' },
  { applicant: { name: 'Lea' }, recipient: { name: 'Mo Berg', salutation: 'none', company: 'Y' }, position: 'lärare' },
];
let count = 0; const seen = new Map<string, number>();
for (const locale of ['sv', 'nl'] as const) for (const channel of ['email', 'letter', 'phone', 'meeting'] as const)
for (const formality of ['formal', 'informal'] as const) for (const reason of ['compensation', 'career', 'better-offer', 'conditions', 'personal'] as const)
for (const p of people) for (const contractSigned of [false, true]) for (const counterOffer of [false, true]) {
  const r = generateLetter({ locale, channel, formality, reason, ...p, startDate: '2026-12-15', today: '2026-11-21', contractSigned, counterOffer } as never);
  for (const d of r.documents) {
    count++;
    const f = lintDocument(d, { locale, formality });
    for (const x of f) {
      const key = `${locale} ${d.kind} ${x.code} ${x.start !== undefined ? d.text.slice(x.start, x.end).slice(0,40) : ''}`;
      if (!seen.has(key)) { seen.set(key, 0); if (seen.size < 40) console.log(key, '\n   ', x.message); }
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
  }
}
console.log(count, 'documents;', [...seen.entries()].length, 'distinct findings');
console.log([...seen.entries()]);

import { generateLetter, lintDocument } from './src/letter/index.ts';
import { misspelledWords } from './test/spell.ts';
const bad: Record<string, Set<string>> = { sv: new Set(), nl: new Set() };
const findings = new Map<string, string>();
for (const locale of ['sv', 'nl'] as const)
  for (const channel of ['email', 'letter', 'phone', 'meeting'] as const)
    for (const formality of ['formal', 'informal'] as const)
      for (const reason of ['compensation', 'career', 'better-offer', 'conditions', 'personal'] as const)
        for (const full of [true, false])
          for (const seed of ['Anna Lindqvist', 'Bo Ek', 'Sam de Jong', 'Kim Berg', 'Lou Ma', 'Eva Ny']) {
            const input = full
              ? { locale, channel, formality, reason, applicant: { name: seed, email: 'a@b.se', phone: '+46 70 123 45 67', address: 'Storgatan 1\n123 45 Stockholm' }, recipient: { name: 'Pieter van der Berg', salutation: 'mr' as const, title: 'HR-chef', company: 'Acme AB', address: 'Box 12' }, position: 'projektledare', acceptedOn: '2026-11-02', startDate: '2026-12-01', today: '2026-11-21', contractSigned: true, counterOffer: true, keepDoorOpen: false, place: 'Stockholm' }
              : { locale, channel, formality, reason, applicant: { name: seed }, recipient: { company: 'Acme AB' }, position: 'projektledare', startDate: '2026-10-01', today: '2026-11-21' };
            const r = generateLetter(input);
            for (const d of r.documents) {
              for (const w of misspelledWords(locale, `${d.subject ?? ''}\n${d.title}\n${d.text}`, [seed, 'Acme AB', 'Pieter van der Berg', 'projektledare', 'Storgatan', 'Stockholm', 'HR-chef', 'Box'])) bad[locale]!.add(w);
              for (const f of lintDocument(d, { locale, formality })) findings.set(`${locale} ${d.kind} ${formality} ${f.code}`, `${f.message} @ ${JSON.stringify(d.text.slice(f.start ?? 0, f.end ?? 0))}`);
            }
            for (const a of r.advice) for (const w of misspelledWords(locale, a.message, [])) bad[locale]!.add(w);
          }
console.log(bad);
for (const [k, v] of findings) console.log(k, '→', v);

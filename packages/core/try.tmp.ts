import { generateLetter } from './src/letter/index.ts';
const base = {
  locale: process.argv[2] as 'sv',
  channel: process.argv[3] as 'email',
  formality: process.argv[4] as 'formal',
  applicant: { name: 'Anna Lindqvist', email: 'anna@example.se', phone: '070-123 45 67', address: 'Storgatan 1\n123 45 Stockholm' },
  recipient: { name: 'Pieter van der Berg', salutation: 'mr' as const, title: 'HR-chef', company: 'Acme AB', address: 'Box 12\n111 22 Stockholm' },
  position: 'Projektledare',
  reason: process.argv[5] as 'career',
  acceptedOn: '2026-11-02',
  startDate: '2026-12-01',
  today: '2026-11-21',
  contractSigned: true,
  counterOffer: true,
  place: 'Stockholm',
};
const r = generateLetter(base);
for (const d of r.documents) { console.log(`=== ${d.kind} | ${d.title} | ${d.subject ?? ''}`); console.log(d.text); }
for (const a of r.advice) console.log(`[${a.severity}] ${a.code} (${a.sectionId}): ${a.message}`);

import { validateLetterInput } from './src/letter/index.ts';
console.log(JSON.stringify(validateLetterInput({ locale: 'nl', applicant: null, acceptedOn: '2026-12-24', startDate: '2026-12-01', today: '2026-11-01' }), null, 1));
console.log(JSON.stringify(validateLetterInput({ locale: 'nl', acceptedOn: '2026-12-24', startDate: 5 }), null, 1));

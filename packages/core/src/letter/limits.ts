/** Text limits: long enough for real names and titles, short enough to fit a letter's line. */
export const textLimits = {
  name: 100,
  line: 120,
  email: 254,
  phone: 30,
  detail: 300,
  addressLine: 100,
  addressLines: 6,
} as const;

/** Months as a contract counts them: whole months, one to twelve. */
export const monthLimits = { min: 1, max: 12 } as const;

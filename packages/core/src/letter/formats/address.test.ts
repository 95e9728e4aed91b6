import { describe, expect, it } from 'vitest';
import { isEmailAddress } from './address.ts';

describe('isEmailAddress', () => {
  it.each([
    'anna@example.se',
    'anna.lindqvist+jobb@nordlys.example',
    "o'brien@example.ie",
    'hr@företag.se',
    'HR@Example.NL',
  ])('accepts %s', (email) => {
    expect(isEmailAddress(email)).toBe(true);
  });

  it.each([
    '',
    'anna',
    'anna@',
    '@example.se',
    'anna@example',
    'anna lind@example.se',
    'anna..lind@example.se',
    '.anna@example.se',
    'anna@-example.se',
    'anna@example.se\r\nBcc: x@y.se',
    '"anna"@example.se',
    'anna@[127.0.0.1]',
    'åsa@example.se',
    'a@b@example.se',
  ])('refuses %j, which no header or URI could carry safely as it is', (email) => {
    expect(isEmailAddress(email)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { dutchSurname, firstName, titleInText } from './names.ts';

describe('dutchSurname', () => {
  it.each([
    ['Sanne van der Berg', 'Van der Berg'],
    ['Daan de Vries', 'De Vries'],
    ["Joost van 't Hek", "Van 't Hek"],
    ['Jan De Smet', 'De Smet'],
    ['Sam Jansen', 'Jansen'],
    ['Anna Maria Jansen', 'Jansen'],
    ['Jansen', 'Jansen'],
  ])('greets %s as "… %s"', (name, surname) => {
    expect(dutchSurname(name)).toBe(surname);
  });
});

describe('firstName', () => {
  it('keeps a double first name whole', () => {
    expect(firstName('Anna-Karin de Vries')).toBe('Anna-Karin');
  });
});

describe('titleInText', () => {
  it.each([
    ['Projektledare', 'projektledare'],
    ['Projectleider', 'projectleider'],
    ['UX-designer', 'UX-designer'],
    ['Head of Sales', 'Head of Sales'],
    ['verpleegkundige', 'verpleegkundige'],
  ])('writes %s in running text as %s', (title, inText) => {
    expect(titleInText(title)).toBe(inText);
  });
});

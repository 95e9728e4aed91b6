import { describe, expect, it } from 'vitest';
import { describeFsError } from './fs-reasons.ts';

const refused = Object.assign(new Error('EACCES: permission denied, open'), { code: 'EACCES' });

describe('describeFsError', () => {
  it('says what to do about a refused write, in the language asked for', () => {
    expect(describeFsError(refused, 'sv')).toBe(
      'behörighet saknas; välj en mapp du får skriva i, eller kontrollera filens behörigheter',
    );
    expect(describeFsError(refused, 'nl')).toContain('kies een map waarin je mag schrijven');
    expect(describeFsError(refused, undefined)).toContain('choose a folder you may write to');
  });

  it('asks only for the permissions of a file that cannot be read', () => {
    expect(describeFsError(refused, 'sv', 'read')).toBe(
      'behörighet saknas; kontrollera filens behörigheter',
    );
  });
});

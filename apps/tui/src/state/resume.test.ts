import * as core from '@rescind/core/letter';
import { describe, expect, it } from 'vitest';
import { checkResumed } from './resume.ts';

const valid = {
  locale: 'sv',
  channel: 'email',
  formality: 'formal',
  applicant: { name: 'Anna Lindqvist' },
  recipient: { company: 'Nordlys AB' },
  position: 'projektledare',
  reason: 'career',
  startDate: '2099-01-11',
};

describe('checkResumed', () => {
  it('keeps valid answers as they are', () => {
    expect(checkResumed(valid, core, undefined)).toEqual({ answers: valid, dropped: [] });
  });

  it('reads the dates in a file as people write them, instead of leaving them out', () => {
    const written = { ...valid, startDate: '11 januari 2099', acceptedOn: '1-6-2026' };
    expect(checkResumed(written, core, undefined)).toEqual({
      answers: { ...valid, startDate: '2099-01-11', acceptedOn: '2026-06-01' },
      dropped: [],
    });
  });

  it('leaves out objects, lists and invalid choices before anything shows them', () => {
    const { answers, dropped } = checkResumed(
      {
        ...valid,
        position: { toString: 1 },
        channel: 'constructor',
        reason: ['career'],
        applicant: { name: 'Anna\u001b]0;PWNED\u0007', email: { valueOf: 2 } },
      },
      core,
      undefined,
    );
    expect(dropped.sort()).toEqual(
      ['applicant.email', 'applicant.name', 'channel', 'position', 'reason'].sort(),
    );
    expect(answers).toEqual({
      locale: 'sv',
      formality: 'formal',
      applicant: {},
      recipient: { company: 'Nordlys AB' },
      startDate: '2099-01-11',
    });
  });

  it('drops a locale that is not one of ours', () => {
    expect(checkResumed({ ...valid, locale: 'en' }, core, 'nl').dropped).toEqual(['locale']);
  });

  it('keeps the answers on where you stand, a number of months as a number', () => {
    const legal = {
      ...valid,
      acceptance: 'signed',
      contractType: 'fixed-term',
      earlyTerminationClause: false,
      trialPeriod: 'yes',
      trialMonths: 3,
      noticeMonths: 2,
      collectiveAgreement: 'unknown',
      stateEmployer: true,
      resignedCurrentJob: false,
    };
    expect(checkResumed(legal, core, undefined)).toEqual({ answers: legal, dropped: [] });
    expect(checkResumed({ ...legal, trialMonths: 40 }, core, undefined).dropped).toEqual([
      'trialMonths',
    ]);
  });
});

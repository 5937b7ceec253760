import { describe, expect, it } from 'vitest';
import { referral } from '@/testing/referral-fixtures';
import { prefillFromClubPerson } from './referral-intake';

describe('an intake from a club referral', () => {
  it('starts from what the club shared and nothing more', () => {
    const prefill = prefillFromClubPerson(
      referral({
        caseId: undefined,
        clubPerson: {
          kind: 'MEMBER',
          clubName: 'CLB phường Cao Xanh',
          alias: 'H.T.L.',
          sex: 'FEMALE',
          targetGroup: 'VICTIM',
          placeCode: '06658',
          fullName: 'Hà Thị Liên',
          phone: '0912 000 111',
        },
      } as Parameters<typeof referral>[0]),
    );
    expect(prefill).toEqual({
      channel: 'OUTREACH',
      category: 'PRESUMED_VICTIM',
      narrative: undefined,
      person: { fullName: 'Hà Thị Liên', sex: 'FEMALE', phone: '0912 000 111', homePlaceCode: '06658' },
    });
  });

  it('leaves the name empty when the club did not share it', () => {
    const prefill = prefillFromClubPerson(
      referral({ clubPerson: { kind: 'OUTREACH_CONTACT', alias: 'T.', sex: 'FEMALE', targetGroup: 'OTHER', said: 'Sắp đi làm ở nước ngoài' } } as Parameters<
        typeof referral
      >[0]),
    );
    expect(prefill.person.fullName).toBeUndefined();
    expect(prefill.category).toBeUndefined();
    expect(prefill.narrative).toBe('Sắp đi làm ở nước ngoài');
  });
});

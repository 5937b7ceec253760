import { describe, expect, it } from 'vitest';
import { consent } from '@/testing/case-fixtures';
import { consentCoverage } from './consent-coverage';

const BLUE_DRAGON = '00000000-0000-4000-a000-000000000011';
const WORLD_VISION = '00000000-0000-4000-a000-000000000012';
const share = (overrides: Parameters<typeof consent>[0]) =>
  consent({ purpose: 'SHARE_WITH_ORGANIZATION', organizationId: BLUE_DRAGON, ...overrides });

describe('consent coverage', () => {
  it("joins the active consents to share with the organization and flags the wanted groups they miss", () => {
    const ledger = [share({ fieldGroups: ['CONTACT'] }), share({ id: 'c2', fieldGroups: ['IDENTITY'] })];
    expect(consentCoverage(ledger, BLUE_DRAGON, ['IDENTITY', 'HEALTH', 'NARRATIVE'])).toEqual({
      consented: ['IDENTITY', 'CONTACT'],
      missing: ['HEALTH', 'NARRATIVE'],
    });
  });

  it('ignores withdrawn consents, consents for other organizations and other purposes', () => {
    const ledger = [
      share({ fieldGroups: ['IDENTITY'], active: false }),
      share({ id: 'c2', fieldGroups: ['CONTACT'], organizationId: WORLD_VISION }),
      consent({ id: 'c3', purpose: 'SUPPORT', fieldGroups: ['HEALTH'] }),
    ];
    expect(consentCoverage(ledger, BLUE_DRAGON, ['IDENTITY', 'CONTACT', 'HEALTH'])).toEqual({
      consented: [],
      missing: ['IDENTITY', 'CONTACT', 'HEALTH'],
    });
  });

  it('misses nothing when nothing is wanted', () => {
    expect(consentCoverage([], BLUE_DRAGON, [])).toEqual({ consented: [], missing: [] });
  });
});

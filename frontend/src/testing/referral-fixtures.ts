// Referrals as the API sends them, for tests.
import type { paths } from '@/lib/api/schema';
import { CASE_ID } from './case-fixtures';
import { ORG_ID } from './fixtures';

type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;
type Referral = Json<paths['/api/v1/referrals/{id}']['get']['responses'][200]>;
type ReferralSummary = NonNullable<Json<paths['/api/v1/referrals']['get']['responses'][200]>['items']>[number];
type ReferralStep = NonNullable<Referral['history']>[number];
type Service = NonNullable<Json<paths['/api/v1/services']['get']['responses'][200]>['items']>[number];

export const REFERRAL_ID = 'a1b2c3d4-0000-4000-8000-00000000000a';
export const BLUE_DRAGON_ID = '00000000-0000-4000-a000-000000000011';
export const LEGAL_AID_ID = '00000000-0000-4000-b000-000000000015';
export const SHELTER_SERVICE_ID = '00000000-0000-4000-b000-000000000017';

export const SOCIAL_WORK_CENTRE = {
  id: ORG_ID,
  nameVi: 'Trung tâm Công tác xã hội tỉnh Quảng Ninh',
  nameEn: 'Quang Ninh Social Work Centre',
  kind: 'SOCIAL_WORK_CENTRE',
} as const;

export const BLUE_DRAGON = {
  id: BLUE_DRAGON_ID,
  nameVi: "Tổ chức Rồng Xanh (Blue Dragon Children's Foundation)",
  nameEn: "Blue Dragon Children's Foundation",
  kind: 'NGO',
} as const;

export function referralStep(overrides: Partial<ReferralStep> = {}): ReferralStep {
  return {
    id: 1,
    at: '2026-03-03T09:00:00+07:00',
    type: 'CREATED',
    status: 'DRAFT',
    actorName: 'Nguyễn Thị Lan',
    actorOrganizationId: ORG_ID,
    note: undefined,
    ...overrides,
  };
}

/** A sent referral of the demo case to Blue Dragon's legal aid, as its sender sees it. */
export function referral(overrides: Partial<Referral> = {}): Referral {
  return {
    id: REFERRAL_ID,
    caseId: CASE_ID,
    sender: { ...SOCIAL_WORK_CENTRE },
    receiver: { ...BLUE_DRAGON },
    serviceId: LEGAL_AID_ID,
    serviceType: 'LEGAL_AID',
    urgency: 'URGENT',
    reason: 'Cần luật sư đồng hành khi làm việc với cơ quan điều tra.',
    requestedBy: '2026-03-10',
    requestedFieldGroups: ['IDENTITY', 'CONTACT'],
    status: 'SENT',
    overdue: false,
    answerDueAt: '2026-03-05T09:00:00+07:00',
    sentAt: '2026-03-03T09:05:00+07:00',
    side: 'SENDER',
    sharedCase: {
      caseId: CASE_ID,
      caseNumber: 'QN-2026-000123',
      category: 'PRESUMED_VICTIM',
      status: 'SUPPORTING',
      fieldGroups: ['IDENTITY', 'CONTACT'],
      persons: [
        {
          personId: '00000000-0000-4000-c000-000000000101',
          role: 'MAIN_PERSON',
          basis: 'CONSENT',
          fieldGroups: ['IDENTITY', 'CONTACT'],
          fullName: 'Trần Thị Mai',
          otherNames: [],
          sex: 'FEMALE',
          estimatedAge: 24,
          nationality: 'VN',
          idDocumentType: 'NONE',
          phone: '0912 345 678',
          languages: ['vi'],
        },
      ],
    },
    history: [
      referralStep(),
      referralStep({ id: 2, type: 'SENT', status: 'SENT', at: '2026-03-03T09:05:00+07:00' }),
    ],
    createdByName: 'Nguyễn Thị Lan',
    createdAt: '2026-03-03T09:00:00+07:00',
    updatedAt: '2026-03-03T09:05:00+07:00',
    version: 2,
    ...overrides,
  };
}

export function referralSummary(overrides: Partial<ReferralSummary> = {}): ReferralSummary {
  return {
    id: REFERRAL_ID,
    caseId: CASE_ID,
    caseNumber: 'QN-2026-000123',
    sender: { ...SOCIAL_WORK_CENTRE },
    receiver: { ...BLUE_DRAGON },
    serviceType: 'LEGAL_AID',
    urgency: 'URGENT',
    status: 'SENT',
    overdue: false,
    answerDueAt: '2026-03-05T09:00:00+07:00',
    sentAt: '2026-03-03T09:05:00+07:00',
    createdAt: '2026-03-03T09:00:00+07:00',
    updatedAt: '2026-03-03T09:05:00+07:00',
    ...overrides,
  };
}

export function service(overrides: Partial<Service> = {}): Service {
  return {
    id: LEGAL_AID_ID,
    organizationId: BLUE_DRAGON_ID,
    organizationName: BLUE_DRAGON.nameVi,
    type: 'LEGAL_AID',
    nameVi: 'Trợ giúp pháp lý cho nạn nhân',
    nameEn: 'Legal aid for victims',
    status: 'ACTIVE',
    version: 0,
    ...overrides,
  };
}

// Cases, consents, timeline events and audit events as the API sends them, for tests.
import type { paths } from '@/lib/api/schema';

type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;
type CaseView = Json<paths['/api/v1/cases/{id}']['get']['responses'][200]>;
type CaseSummary = NonNullable<Json<paths['/api/v1/cases']['get']['responses'][200]>['items']>[number];
type Consent = NonNullable<Json<paths['/api/v1/cases/{caseId}/consents']['get']['responses'][200]>['items']>[number];
type TimelineEvent = NonNullable<Json<paths['/api/v1/cases/{id}/timeline']['get']['responses'][200]>['items']>[number];
type AuditEvent = NonNullable<Json<paths['/api/v1/audit']['get']['responses'][200]>['items']>[number];

export const CASE_ID = '6a1f7c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
export const PERSON_ID = '7b2a8d3f-4c5e-4f60-9bac-1d2e3f4a5b6c';
export const CHILD_ID = '8c3b9e40-5d6f-4071-8cbd-2e3f4a5b6c7d';
export const BORDER_GUARD_ID = '00000000-0000-4000-a000-000000000004';

export function caseView(overrides: Partial<CaseView> = {}): CaseView {
  return {
    id: CASE_ID,
    caseNumber: 'QN-2026-000123',
    organizationId: '00000000-0000-4000-a000-000000000001',
    status: 'OPEN',
    category: 'PRESUMED_VICTIM',
    channel: 'BORDER_GUARD_HANDOVER',
    handingOverOrganizationId: BORDER_GUARD_ID,
    handoverDocumentNumber: 'BB-17/2026',
    receivedAt: '2026-03-02T09:15:00+07:00',
    placeFoundCode: undefined,
    placeFoundDescription: 'Cửa khẩu quốc tế Móng Cái',
    verificationDueAt: '2026-03-05T09:15:00+07:00',
    verificationOverdue: false,
    assignedTo: { subject: 'f0c1a6d2-0000-4000-8000-000000000001', name: 'Nguyễn Thị Lan' },
    person: {
      id: PERSON_ID,
      fullName: 'Trần Thị Mai',
      otherNames: [],
      sex: 'FEMALE',
      birthDate: undefined,
      estimatedAge: 24,
      nationality: 'VN',
      stateless: false,
      idDocumentType: 'NONE',
      idDocumentNumber: undefined,
      homePlaceCode: undefined,
      phone: undefined,
      languages: ['vi'],
      disabilities: undefined,
    },
    accompanyingChildren: [],
    narrative: 'Được Đồn Biên phòng Móng Cái bàn giao sau khi trở về từ bên kia biên giới.',
    identification: undefined,
    handover: undefined,
    possibleDuplicates: [],
    version: 4,
    createdAt: '2026-03-02T09:20:00+07:00',
    updatedAt: '2026-03-02T09:20:00+07:00',
    ...overrides,
  };
}

export function caseSummary(overrides: Partial<CaseSummary> = {}): CaseSummary {
  return {
    id: CASE_ID,
    caseNumber: 'QN-2026-000123',
    status: 'OPEN',
    category: 'PRESUMED_VICTIM',
    personName: 'Trần Thị Mai',
    receivedAt: '2026-03-02T09:15:00+07:00',
    verificationDueAt: '2026-03-05T09:15:00+07:00',
    verificationOverdue: false,
    assignedToName: 'Nguyễn Thị Lan',
    ...overrides,
  };
}

export function consent(overrides: Partial<Consent> = {}): Consent {
  return {
    id: '9d4c0f51-6e70-4182-9dce-3f4a5b6c7d8e',
    personId: PERSON_ID,
    givenBy: 'PERSON',
    guardianName: undefined,
    guardianRelation: undefined,
    purpose: 'SUPPORT',
    organizationId: undefined,
    fieldGroups: ['IDENTITY', 'HEALTH'],
    givenAt: '2026-03-02T10:00:00+07:00',
    method: 'SIGNED_FORM',
    witnessName: undefined,
    validUntil: undefined,
    active: true,
    withdrawnAt: undefined,
    withdrawalReason: undefined,
    recordedByName: 'Nguyễn Thị Lan',
    ...overrides,
  };
}

export function timelineEvent(overrides: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id: 1,
    at: '2026-03-02T09:20:00+07:00',
    type: 'INTAKE_RECEIVED',
    actorName: 'Nguyễn Thị Lan',
    summary: 'Tiếp nhận từ Đồn Biên phòng Móng Cái',
    ...overrides,
  };
}

export function auditEvent(overrides: Partial<AuditEvent> = {}): AuditEvent {
  return {
    id: 41,
    occurredAt: '2026-03-02T09:21:00+07:00',
    actorUsername: 'worker',
    actorName: 'Nguyễn Thị Lan',
    organizationId: '00000000-0000-4000-a000-000000000001',
    action: 'CASE_READ',
    recordType: 'CASE',
    recordId: CASE_ID,
    recordLabel: 'QN-2026-000003',
    fieldGroups: 'IDENTITY,NARRATIVE',
    reason: undefined,
    ...overrides,
  };
}

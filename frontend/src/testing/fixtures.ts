import type { components } from '@/lib/api/schema';

type Schemas = components['schemas'];

export const ORG_ID = '00000000-0000-4000-a000-000000000001';

export function me(roles: string[], overrides: Partial<Schemas['Me']> = {}): Schemas['Me'] {
  return {
    subject: 'f0c1a6d2-0000-4000-8000-000000000001',
    username: roles.includes('admin') ? 'admin' : 'worker',
    name: roles.includes('admin') ? 'Trần Văn Quản' : 'Nguyễn Thị Lan',
    email: undefined,
    roles,
    organization: {
      id: ORG_ID,
      nameVi: 'Trung tâm Công tác xã hội tỉnh Quảng Ninh',
      nameEn: 'Quang Ninh Social Work Centre',
      kind: 'SOCIAL_WORK_CENTRE',
    },
    ...overrides,
  };
}

export function organization(overrides: Partial<Schemas['Organization']> = {}): Schemas['Organization'] {
  return {
    id: ORG_ID,
    nameVi: 'Trung tâm Công tác xã hội tỉnh Quảng Ninh',
    nameEn: 'Quang Ninh Social Work Centre',
    kind: 'SOCIAL_WORK_CENTRE',
    status: 'ACTIVE',
    placeCode: '22',
    address: 'Hạ Long, Quảng Ninh',
    phone: '0203 3835 555',
    email: undefined,
    website: undefined,
    hotlines: ['1800 1567'],
    contacts: [],
    version: 3,
    createdAt: '2026-01-05T08:00:00+07:00',
    updatedAt: '2026-02-01T09:30:00+07:00',
    ...overrides,
  };
}

export function page<T>(
  items: T[],
  overrides: { page?: number; size?: number; total?: number; totalExact?: boolean } = {},
) {
  return {
    items,
    page: overrides.page ?? 0,
    size: overrides.size ?? 20,
    total: overrides.total ?? items.length,
    totalExact: overrides.totalExact ?? true,
  };
}

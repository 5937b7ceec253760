import type { components } from '@/lib/api/schema';

type Schemas = components['schemas'];

export const TICKET_ID = '00000000-0000-4000-d000-000000000001';
export const LINE_ID = '00000000-0000-4000-c000-000000000001';

export function line(overrides: Partial<Schemas['HotlineLine']> = {}): Schemas['HotlineLine'] {
  return {
    id: LINE_ID,
    code: 'QN-18001769',
    number: '18001769',
    nameVi: 'Đường dây tư vấn miễn phí 18001769',
    nameEn: 'Free counselling line 18001769',
    organizationId: '00000000-0000-4000-a000-000000000001',
    hours: '24/7',
    active: true,
    version: 0,
    ...overrides,
  };
}

export function categories(): Schemas['HotlineCategory'][] {
  return [
    { code: 'TRAFFICKING_SUSPECTED', nameVi: 'Nghi mua bán người', nameEn: 'Trafficking suspected', shortcut: '1', position: 1, active: true },
    { code: 'MISSING_PERSON', nameVi: 'Tìm người mất tích', nameEn: 'Missing person', shortcut: '3', position: 3, active: true },
  ];
}

export function ticket(overrides: Partial<Schemas['Ticket']> = {}): Schemas['Ticket'] {
  return {
    id: TICKET_ID,
    ticketNumber: 'HL-51',
    organizationId: '00000000-0000-4000-a000-000000000001',
    line: line(),
    channel: 'PHONE',
    direction: 'INBOUND',
    status: 'NEW',
    urgency: 'EMERGENCY',
    startedAt: '2026-11-24T21:40:00+07:00',
    responseDueAt: '2026-11-24T21:55:00+07:00',
    overdue: false,
    caller: { anonymous: false, name: 'Nguyễn Thị Mai', phone: '0912345678', relation: 'PARENT' },
    concerned: { name: 'Trần Thị Hoa', sex: 'FEMALE', age: 16, child: true, country: 'CN' },
    categories: ['TRAFFICKING_SUSPECTED'],
    summary: 'Con gái đi làm bên kia biên giới, mất liên lạc.',
    actions: ['COUNSELLING'],
    deidentified: false,
    callbacks: [],
    callerFlags: [],
    previousContacts: 0,
    createdByName: 'Lê Minh Tuấn',
    version: 0,
    ...overrides,
  };
}

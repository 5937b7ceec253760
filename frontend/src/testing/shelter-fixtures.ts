// Shelter rooms, the occupancy board and stays as the API sends them, for tests.
import type { paths } from '@/lib/api/schema';
import { CASE_ID, PERSON_ID } from './case-fixtures';

type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;
type Occupancy = Json<paths['/api/v1/shelter/occupancy']['get']['responses'][200]>;
type BoardRoom = NonNullable<Occupancy['rooms']>[number];
type BoardStay = NonNullable<BoardRoom['stays']>[number];
type Room = NonNullable<Json<paths['/api/v1/shelter/rooms']['get']['responses'][200]>['items']>[number];
type Stay = NonNullable<Json<paths['/api/v1/shelter/stays']['get']['responses'][200]>['items']>[number];

export const ROOM_1 = '3e1c0a00-0000-4000-b000-000000000001';
export const ROOM_2 = '3e1c0a00-0000-4000-b000-000000000002';
export const ROOM_3 = '3e1c0a00-0000-4000-b000-000000000003';
export const STAY_ID = '5a7d0b00-0000-4000-c000-000000000001';
export const OTHER_CASE_ID = '6a1f7c2e-3b4d-4e5f-8a9b-0c1d2e3f4a99';

const DAY = 24 * 60 * 60 * 1000;
/** An instant relative to the real clock, so that "overdue" holds whenever the tests run. */
export const daysFromNow = (days: number) => new Date(Date.now() + days * DAY).toISOString();

export function boardStay(overrides: Partial<BoardStay> = {}): BoardStay {
  return {
    stayId: STAY_ID,
    caseId: CASE_ID,
    caseNumber: 'QN-2026-000123',
    personId: PERSON_ID,
    personName: 'Trần Thị Mai',
    checkedInAt: daysFromNow(-5),
    expectedCheckOutAt: daysFromNow(10),
    ...overrides,
  };
}

export function boardRoom(overrides: Partial<BoardRoom> = {}): BoardRoom {
  return { id: ROOM_1, name: 'Phòng 1', status: 'ACTIVE', capacity: 2, occupied: 0, free: 2, stays: [], ...overrides };
}

/**
 * Three rooms: Phòng 1 full (two persons, one past her expected check-out), Phòng 2 with one
 * free place, Phòng 3 closed.
 */
export function occupancy(): Occupancy {
  return {
    rooms: [
      boardRoom({
        occupied: 2,
        free: 0,
        stays: [
          boardStay(),
          boardStay({
            stayId: '5a7d0b00-0000-4000-c000-000000000002',
            caseId: OTHER_CASE_ID,
            caseNumber: 'QN-2026-000087',
            personId: '7b2a8d3f-4c5e-4f60-9bac-1d2e3f4a5b99',
            personName: 'Lò Thị Hoa',
            checkedInAt: daysFromNow(-20),
            expectedCheckOutAt: daysFromNow(-2),
          }),
        ],
      }),
      boardRoom({ id: ROOM_2, name: 'Phòng 2', capacity: 3, occupied: 0, free: 3 }),
      boardRoom({ id: ROOM_3, name: 'Phòng 3', status: 'CLOSED', capacity: 2, occupied: 0, free: 0 }),
    ],
    totals: { rooms: 3, activeRooms: 2, capacity: 5, occupied: 2, free: 3 },
  };
}

export function room(overrides: Partial<Room> = {}): Room {
  return {
    id: ROOM_1,
    organizationId: '00000000-0000-4000-a000-000000000001',
    name: 'Phòng 1',
    capacity: 2,
    status: 'ACTIVE',
    note: 'Tầng 2',
    occupied: 2,
    free: 0,
    version: 3,
    createdAt: '2026-01-05T08:00:00+07:00',
    updatedAt: '2026-02-01T09:30:00+07:00',
    ...overrides,
  };
}

export function stay(overrides: Partial<Stay> = {}): Stay {
  return {
    id: STAY_ID,
    roomId: ROOM_1,
    roomName: 'Phòng 1',
    caseId: CASE_ID,
    personId: PERSON_ID,
    caseNumber: 'QN-2026-000123',
    personName: 'Trần Thị Mai',
    checkedInAt: '2026-03-02T10:00:00+07:00',
    expectedCheckOutAt: undefined,
    checkedOutAt: undefined,
    checkOutReason: undefined,
    current: true,
    checkedInByName: 'Nguyễn Thị Lan',
    checkedOutByName: undefined,
    version: 0,
    ...overrides,
  };
}

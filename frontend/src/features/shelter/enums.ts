import type { Complete } from '@/lib/enums';
import type { RoomStatus } from './types';

const roomStatuses = ['ACTIVE', 'CLOSED'] as const satisfies readonly RoomStatus[];
export const ROOM_STATUSES: Complete<RoomStatus, typeof roomStatuses> = roomStatuses;

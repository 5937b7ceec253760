import type { RoomStatus } from '../types';
import { useShelterLabels } from './use-shelter-labels';

/** A room's status in words, so that a closed room does not stand out by colour alone. */
export function RoomStatusBadge({ status }: { status: RoomStatus | undefined }) {
  const labels = useShelterLabels();
  if (!status) return null;
  return <span className={`badge badge--room-${status.toLowerCase()}`}>{labels.roomStatus(status)}</span>;
}

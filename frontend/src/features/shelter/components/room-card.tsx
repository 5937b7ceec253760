import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isOverdue } from '../dates';
import type { BoardRoom, BoardStay } from '../types';
import { RoomStatusBadge } from './room-status-badge';
import { useShelterLabels } from './use-shelter-labels';

interface RoomCardProps {
  room: BoardRoom;
  /** Whether the reader checks persons in and out (not hotline operators). */
  canWork: boolean;
  now: Date;
  onCheckIn: (roomId: string) => void;
  onCheckOut: (stay: BoardStay, room: BoardRoom) => void;
}

/**
 * One room on the board: status, places taken and free (in words and as a bar), and who is
 * staying. A full or closed room says so in a badge and a border style, not by colour alone.
 */
export function RoomCard({ room, canWork, now, onCheckIn, onCheckOut }: RoomCardProps) {
  const { t } = useTranslation();
  const labels = useShelterLabels();
  const headingId = useId();
  const capacity = room.capacity ?? 0;
  const occupied = room.occupied ?? 0;
  const free = room.free ?? 0;
  const closed = room.status === 'CLOSED';
  const full = !closed && free <= 0;
  const stays = room.stays ?? [];
  const name = room.name ?? '';
  const percent = capacity > 0 ? Math.min(100, Math.round((occupied / capacity) * 100)) : 0;
  const modifier = closed ? ' room-card--closed' : full ? ' room-card--full' : '';

  return (
    <li className="room-grid__item">
      <article className={`room-card${modifier}`} aria-labelledby={headingId}>
        <div className="room-card__header">
          <h3 className="room-card__name" id={headingId}>
            {name}
          </h3>
          <span className="room-card__badges">
            <RoomStatusBadge status={room.status} />
            {full && <span className="badge badge--full">{t('shelter.board.full')}</span>}
          </span>
        </div>
        <p className="room-card__occupancy">{t('shelter.board.occupancy', { occupied, capacity })}</p>
        <div className="occupancy-bar" aria-hidden="true">
          <span className="occupancy-bar__fill" style={{ width: `${percent}%` }} />
        </div>
        <p className="room-card__free">
          {closed ? t('shelter.board.closedNote') : t('shelter.board.freePlaces', { count: free })}
        </p>
        {stays.length === 0 ? (
          <p className="muted">{t('shelter.board.nobody')}</p>
        ) : (
          <ul className="room-card__stays" aria-label={t('shelter.board.staysLabel', { room: name })}>
            {stays.map((stay) => {
              const overdue = isOverdue(stay.expectedCheckOutAt, now);
              const person = labels.person(stay.personName);
              return (
                <li key={stay.stayId} className={overdue ? 'stay stay--overdue' : 'stay'}>
                  <p className="stay__name">{person}</p>
                  {stay.caseId && <Link to={`/cases/${stay.caseId}`}>{stay.caseNumber || stay.caseId}</Link>}
                  <dl className="stay__facts">
                    <div>
                      <dt>{t('shelter.board.checkedInAt')}</dt>
                      <dd>{stay.checkedInAt && <time dateTime={stay.checkedInAt}>{labels.dateTime(stay.checkedInAt)}</time>}</dd>
                    </div>
                    <div>
                      <dt>{t('shelter.board.expectedCheckOutAt')}</dt>
                      <dd className="due">
                        {stay.expectedCheckOutAt ? (
                          <time dateTime={stay.expectedCheckOutAt}>{labels.dateTime(stay.expectedCheckOutAt)}</time>
                        ) : (
                          t('shelter.board.noExpected')
                        )}
                        {overdue && <span className="badge badge--overdue">{t('shelter.board.overdue')}</span>}
                      </dd>
                    </div>
                  </dl>
                  {canWork && stay.stayId && (
                    <button
                      type="button"
                      className="button button--small"
                      aria-haspopup="dialog"
                      aria-label={t('shelter.board.checkOutLabel', { name: person })}
                      onClick={() => onCheckOut(stay, room)}
                    >
                      {t('shelter.board.checkOut')}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        )}
        <div className="room-card__actions">
          {canWork && !closed && free > 0 && room.id && (
            <button
              type="button"
              className="button button--small"
              aria-haspopup="dialog"
              aria-label={t('shelter.board.checkInHereLabel', { room: name })}
              onClick={() => onCheckIn(room.id!)}
            >
              {t('shelter.board.checkInHere')}
            </button>
          )}
          {room.id && (
            <Link
              to={`/shelter/stays?roomId=${encodeURIComponent(room.id)}`}
              aria-label={t('shelter.board.historyLabel', { room: name })}
            >
              {t('shelter.board.history')}
            </Link>
          )}
        </div>
      </article>
    </li>
  );
}

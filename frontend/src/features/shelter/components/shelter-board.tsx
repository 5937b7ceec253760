import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { Loading } from '@/components/ui/loading';
import { Notice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useHasRole } from '@/lib/auth/get-me';
import { useOccupancy } from '../api/get-occupancy';
import { SHELTER_ADMIN_ROLES, SHELTER_WORKER_ROLES } from '../roles';
import type { BoardRoom, BoardStay, OccupancyTotals } from '../types';
import { CheckInDialog } from './check-in-dialog';
import { CheckOutDialog } from './check-out-dialog';
import { RoomCard } from './room-card';

type OpenDialog = { kind: 'check-in'; roomId?: string } | { kind: 'check-out'; stay: BoardStay; room: BoardRoom };

/**
 * The occupancy board: the organization's totals and every room with who is staying, so that a
 * worker (or an operator on the phone) sees at once where there is a place. Workers check persons
 * in and out from here; supervisors reach the rooms' administration.
 */
export function ShelterBoard() {
  const { t } = useTranslation();
  const canWork = useHasRole(...SHELTER_WORKER_ROLES);
  const admin = useHasRole(...SHELTER_ADMIN_ROLES);
  const query = useOccupancy();
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const rooms = query.data?.rooms ?? [];
  const now = new Date();

  const open = (next: OpenDialog) => {
    setNotice(null);
    setDialog(next);
  };
  const done = (message: string) => {
    setDialog(null);
    setNotice(message);
  };

  return (
    <>
      {notice && <Notice>{notice}</Notice>}
      <PageHeader
        title={t('shelter.title')}
        subtitle={t('shelter.board.intro')}
        actions={
          <>
            {canWork && rooms.length > 0 && (
              <button type="button" className="button button--primary" aria-haspopup="dialog" onClick={() => open({ kind: 'check-in' })}>
                {t('shelter.board.checkIn')}
              </button>
            )}
            {admin && (
              <Link className="button" to="/shelter/rooms">
                {t('shelter.board.manageRooms')}
              </Link>
            )}
            <Link className="button" to="/shelter/stays">
              {t('shelter.board.history')}
            </Link>
          </>
        }
      />

      {query.isPending ? (
        <Loading label={t('shelter.board.loading')} />
      ) : query.isError ? (
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : rooms.length === 0 ? (
        <EmptyState
          action={
            admin && (
              <Link className="button button--primary" to="/shelter/rooms">
                {t('shelter.rooms.new')}
              </Link>
            )
          }
        >
          {t('shelter.board.empty')}
        </EmptyState>
      ) : (
        <div aria-busy={query.isFetching}>
          <Totals totals={query.data.totals} />
          <h2>{t('shelter.board.roomList')}</h2>
          <ul className="room-grid">
            {rooms.map((room, index) => (
              <RoomCard
                key={room.id ?? index}
                room={room}
                canWork={canWork}
                now={now}
                onCheckIn={(roomId) => open({ kind: 'check-in', roomId })}
                onCheckOut={(stay, of) => open({ kind: 'check-out', stay, room: of })}
              />
            ))}
          </ul>
        </div>
      )}

      {dialog?.kind === 'check-in' && (
        <CheckInDialog
          rooms={rooms}
          roomId={dialog.roomId}
          onClose={() => setDialog(null)}
          onDone={({ personName, roomName }) => done(t('shelter.board.checkedIn', { name: personName, room: roomName }))}
        />
      )}
      {dialog?.kind === 'check-out' && (
        <CheckOutDialog
          stay={dialog.stay}
          roomName={dialog.room.name ?? ''}
          onClose={() => setDialog(null)}
          onDone={({ personName, roomName }) => done(t('shelter.board.checkedOut', { name: personName, room: roomName }))}
        />
      )}
    </>
  );
}

function Totals({ totals }: { totals: OccupancyTotals | undefined }) {
  const { t } = useTranslation();
  const facts = [
    { label: t('shelter.board.rooms'), value: t('shelter.board.roomsValue', { rooms: totals?.rooms ?? 0, active: totals?.activeRooms ?? 0 }) },
    { label: t('shelter.board.capacity'), value: String(totals?.capacity ?? 0) },
    { label: t('shelter.board.occupied'), value: String(totals?.occupied ?? 0) },
    { label: t('shelter.board.free'), value: String(totals?.free ?? 0) },
  ];
  return (
    <section className="shelter-totals" aria-labelledby="shelter-totals-title">
      <h2 className="visually-hidden" id="shelter-totals-title">
        {t('shelter.board.totals')}
      </h2>
      <dl className="shelter-totals__list">
        {facts.map((fact) => (
          <div key={fact.label} className="shelter-totals__fact">
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

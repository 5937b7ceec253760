import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Notice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';
import { QueryResults } from '@/components/ui/query-results';
import { Td } from '@/components/ui/table-cell';
import { useListParams } from '@/lib/routing/use-list-params';
import { useCreateRoom } from '../api/create-room';
import { useRooms } from '../api/get-rooms';
import { useUpdateRoom } from '../api/update-room';
import { RoomDialog } from './room-dialog';
import { RoomStatusBadge } from './room-status-badge';

/**
 * The supervisor's administration of the organization's rooms: add one, change its name,
 * capacity, status or note. Edits send the room's version in If-Match, so that a change made by
 * someone else meanwhile is not overwritten (412, with a reload).
 */
export function RoomList() {
  const { t } = useTranslation();
  const list = useListParams();
  const query = useRooms({ page: list.page, size: list.size, sort: 'name,asc' });
  const create = useCreateRoom();
  const update = useUpdateRoom();
  /** `new`, the id of the room being edited, or null. */
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const editedRoom = editing && editing !== 'new' ? query.data?.items.find((r) => r.id === editing) : undefined;

  const open = (target: string) => {
    setNotice(null);
    create.reset();
    update.reset();
    setEditing(target);
  };
  const done = (message: string) => {
    setEditing(null);
    setNotice(message);
  };
  const column = {
    name: t('shelter.rooms.fields.name'),
    status: t('shelter.rooms.fields.status'),
    capacity: t('shelter.rooms.fields.capacity'),
    occupied: t('shelter.rooms.fields.occupied'),
    free: t('shelter.rooms.fields.free'),
    note: t('shelter.rooms.fields.note'),
    actions: t('shelter.rooms.edit'),
  };

  return (
    <>
      {notice && <Notice>{notice}</Notice>}
      <PageHeader
        title={t('shelter.rooms.title')}
        subtitle={t('shelter.rooms.intro')}
        actions={
          <>
            <button type="button" className="button button--primary" aria-haspopup="dialog" onClick={() => open('new')}>
              {t('shelter.rooms.new')}
            </button>
            <Link className="button" to="/shelter">
              {t('shelter.rooms.backToBoard')}
            </Link>
          </>
        }
      />
      <QueryResults query={query} list={list} empty={t('shelter.rooms.empty')}>
        {(rooms) => (
          <table className="table" role="table" aria-label={t('shelter.rooms.list')}>
            <thead role="rowgroup">
              <tr role="row">
                <th scope="col" role="columnheader">{column.name}</th>
                <th scope="col" role="columnheader">{column.status}</th>
                <th scope="col" role="columnheader">{column.capacity}</th>
                <th scope="col" role="columnheader">{column.occupied}</th>
                <th scope="col" role="columnheader">{column.free}</th>
                <th scope="col" role="columnheader">{column.note}</th>
                <th scope="col" role="columnheader">
                  <span className="visually-hidden">{column.actions}</span>
                </th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              {rooms.map((room, index) => (
                <tr role="row" key={room.id ?? index}>
                  <Td label={column.name}>{room.name}</Td>
                  <Td label={column.status}>
                    <RoomStatusBadge status={room.status} />
                  </Td>
                  <Td label={column.capacity}>{room.capacity}</Td>
                  <Td label={column.occupied}>{room.occupied ?? 0}</Td>
                  <Td label={column.free}>{room.free ?? 0}</Td>
                  <Td label={column.note}>{room.note || t('common.none')}</Td>
                  <Td label={column.actions}>
                    {room.id && (
                      <button
                        type="button"
                        className="button button--small"
                        aria-haspopup="dialog"
                        aria-label={t('shelter.rooms.editLabel', { name: room.name ?? '' })}
                        onClick={() => open(room.id!)}
                      >
                        {t('shelter.rooms.edit')}
                      </button>
                    )}
                  </Td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryResults>

      {editing === 'new' && (
        <RoomDialog
          pending={create.isPending}
          error={create.error}
          onClose={() => setEditing(null)}
          onSubmit={(body) =>
            create.mutate(body, { onSuccess: (room) => done(t('shelter.rooms.created', { name: room.name ?? body.name })) })
          }
        />
      )}
      {editedRoom?.id && (
        <RoomDialog
          room={editedRoom}
          pending={update.isPending}
          error={update.error}
          onClose={() => setEditing(null)}
          onReload={() => {
            update.reset();
            void query.refetch();
          }}
          onSubmit={(body) =>
            update.mutate(
              { id: editedRoom.id!, version: editedRoom.version ?? 0, body },
              { onSuccess: (room) => done(t('shelter.rooms.saved', { name: room.name ?? body.name })) },
            )
          }
        />
      )}
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SelectField } from '@/components/ui/form-fields';
import { PageHeader } from '@/components/ui/page-header';
import { QueryResults } from '@/components/ui/query-results';
import { Td } from '@/components/ui/table-cell';
import { oneOf } from '@/lib/enums';
import { useListParams } from '@/lib/routing/use-list-params';
import { useRooms } from '../api/get-rooms';
import { useStays } from '../api/get-stays';
import { isOverdue } from '../dates';
import { useShelterLabels } from './use-shelter-labels';

const STATES = ['current', 'ended'] as const;

/**
 * The stays in the organization's rooms, newest check-in first, filtered by room and by whether
 * the person is still staying; the filters and page live in the address, so the board's rooms
 * link here. Hotline operators get no check-out reason from the server.
 */
export function StayHistory() {
  const { t } = useTranslation();
  const labels = useShelterLabels();
  const list = useListParams();
  const roomId = list.get('roomId');
  const state = oneOf(STATES, list.get('state'));
  const rooms = useRooms({ size: 200, sort: 'name,asc' });
  const query = useStays({
    roomId: roomId || undefined,
    current: state === undefined ? undefined : state === 'current',
    page: list.page,
    size: list.size,
  });
  const now = new Date();
  const column = {
    person: t('shelter.history.person'),
    case: t('shelter.history.case'),
    room: t('shelter.history.room'),
    checkedInAt: t('shelter.history.checkedInAt'),
    expectedCheckOutAt: t('shelter.history.expectedCheckOutAt'),
    checkedOutAt: t('shelter.history.checkedOutAt'),
    reason: t('shelter.history.reason'),
    checkedInBy: t('shelter.history.checkedInBy'),
  };
  const time = (iso: string | undefined) => (iso ? <time dateTime={iso}>{labels.dateTime(iso)}</time> : t('common.none'));

  return (
    <>
      <PageHeader
        title={t('shelter.history.title')}
        subtitle={t('shelter.history.intro')}
        actions={
          <Link className="button" to="/shelter">
            {t('shelter.rooms.backToBoard')}
          </Link>
        }
      />
      <div className="filters" role="search" aria-label={t('common.filters')}>
        <SelectField
          id="stays-room"
          label={t('shelter.history.room')}
          value={roomId}
          onChange={(event) => list.update({ roomId: event.target.value })}
        >
          <option value="">{t('shelter.history.allRooms')}</option>
          {/* The room in the address stays listed while the rooms load, so the filter shows what is applied. */}
          {roomId && !rooms.data?.items.some((r) => r.id === roomId) && <option value={roomId}>{roomId}</option>}
          {rooms.data?.items.map((room) => (
            <option key={room.id} value={room.id}>
              {room.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="stays-state"
          label={t('shelter.history.state')}
          value={state ?? ''}
          onChange={(event) => list.update({ state: event.target.value })}
        >
          <option value="">{t('shelter.history.all')}</option>
          <option value="current">{t('shelter.history.current')}</option>
          <option value="ended">{t('shelter.history.ended')}</option>
        </SelectField>
      </div>
      <QueryResults query={query} list={list} empty={t('shelter.history.empty')}>
        {(stays) => (
          <table className="table table--rows" role="table" aria-label={t('shelter.history.title')}>
            <thead role="rowgroup">
              <tr role="row">
                <th scope="col" role="columnheader">{column.person}</th>
                <th scope="col" role="columnheader">{column.case}</th>
                <th scope="col" role="columnheader">{column.room}</th>
                <th scope="col" role="columnheader">{column.checkedInAt}</th>
                <th scope="col" role="columnheader">{column.expectedCheckOutAt}</th>
                <th scope="col" role="columnheader">{column.checkedOutAt}</th>
                <th scope="col" role="columnheader">{column.reason}</th>
                <th scope="col" role="columnheader">{column.checkedInBy}</th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              {stays.map((stay, index) => {
                const overdue = !!stay.current && isOverdue(stay.expectedCheckOutAt, now);
                return (
                  <tr role="row" key={stay.id ?? index} className={overdue ? 'row--overdue' : undefined}>
                    <Td label={column.person}>{labels.person(stay.personName)}</Td>
                    <Td label={column.case}>
                      {stay.caseId ? <Link to={`/cases/${stay.caseId}`}>{stay.caseNumber || stay.caseId}</Link> : t('common.none')}
                    </Td>
                    <Td label={column.room}>{stay.roomName}</Td>
                    <Td label={column.checkedInAt}>{time(stay.checkedInAt)}</Td>
                    <Td label={column.expectedCheckOutAt}>
                      <span className="due">
                        {time(stay.expectedCheckOutAt)}
                        {overdue && <span className="badge badge--overdue">{t('shelter.board.overdue')}</span>}
                      </span>
                    </Td>
                    <Td label={column.checkedOutAt}>
                      {stay.current ? <span className="badge badge--room-active">{t('shelter.history.staying')}</span> : time(stay.checkedOutAt)}
                    </Td>
                    <Td label={column.reason}>{stay.checkOutReason || t('common.none')}</Td>
                    <Td label={column.checkedInBy}>{stay.checkedInByName || t('common.none')}</Td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </QueryResults>
    </>
  );
}

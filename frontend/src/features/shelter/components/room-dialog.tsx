import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '@/components/ui/dialog';
import { ErrorSummary } from '@/components/ui/error-summary';
import { fieldChecks, fieldId, formErrors } from '@/components/ui/form-errors';
import { SelectField, TextAreaField, TextField } from '@/components/ui/form-fields';
import { useFormValues } from '@/components/ui/form-values';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { isApiProblem, type FieldError } from '@/lib/api/problem';
import { ROOM_STATUSES } from '../enums';
import type { Room, RoomRequest, RoomStatus } from '../types';
import { useShelterLabels } from './use-shelter-labels';

interface Values {
  name: string;
  capacity: string;
  status: RoomStatus;
  note: string;
}

const FIELDS = ['name', 'capacity', 'status', 'note'] as const;
type Field = (typeof FIELDS)[number];
const MAX_NAME = 100;
const MAX_NOTE = 1000;

function toValues(room: Room | undefined): Values {
  return {
    name: room?.name ?? '',
    capacity: room?.capacity !== undefined ? String(room.capacity) : '',
    status: room?.status ?? 'ACTIVE',
    note: room?.note ?? '',
  };
}

interface RoomDialogProps {
  /** The room to edit, as last read; none to add one. */
  room?: Room;
  pending: boolean;
  /** The last failed save: field errors beside the fields, a 412 offers to reload. */
  error: unknown;
  onSubmit: (body: RoomRequest) => void;
  /** After a 412: read the room again; the form then starts over from the new version. */
  onReload?: () => void;
  onClose: () => void;
}

/** Adds or edits a shelter room in a dialog. */
export function RoomDialog({ room, ...props }: RoomDialogProps) {
  const { t } = useTranslation();
  const title = room ? t('shelter.rooms.editTitle', { name: room.name ?? '' }) : t('shelter.rooms.newTitle');
  return (
    <Dialog title={title} onClose={props.onClose}>
      {/* A reloaded room has a new version: the form starts over from it. */}
      <RoomForm key={room?.version ?? 'new'} room={room} {...props} />
    </Dialog>
  );
}

function RoomForm({ room, pending, error, onSubmit, onReload, onClose }: RoomDialogProps) {
  const { t } = useTranslation();
  const labels = useShelterLabels();
  const { values, set } = useFormValues<Values>(() => toValues(room));
  const [clientErrors, setClientErrors] = useState<FieldError[]>([]);
  const labelOf = (field: string) =>
    (FIELDS as readonly string[]).includes(field) ? t(`shelter.rooms.fields.${field as Field}`) : field;
  const { byField, summary } = formErrors('room', clientErrors, error, [...FIELDS], labelOf);
  const id = (field: Field) => fieldId('room', field);
  const stale = isApiProblem(error) && error.status === 412;
  const occupied = room?.occupied ?? 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { errors, need } = fieldChecks<Field>(t('common.requiredField'));
    const name = values.name.trim();
    need('name', !!name);
    need('name', name.length <= MAX_NAME, t('shelter.errors.tooLong', { max: MAX_NAME }));
    const capacity = values.capacity.trim();
    if (!capacity) need('capacity', false);
    else need('capacity', /^\d+$/.test(capacity) && Number(capacity) >= 1 && Number(capacity) <= 100, t('shelter.errors.capacity'));
    need('note', values.note.trim().length <= MAX_NOTE, t('shelter.errors.tooLong', { max: MAX_NOTE }));
    setClientErrors(errors);
    if (errors.length) return;
    onSubmit({ name, capacity: Number(capacity), status: values.status, note: values.note.trim() || undefined });
  };

  return (
    <form className="form" noValidate aria-busy={pending} onSubmit={submit}>
      {error !== null && error !== undefined && !pending && (
        <ProblemAlert error={error}>
          {stale && onReload && (
            <button type="button" className="button button--small" onClick={onReload}>
              {t('problem.staleAction')}
            </button>
          )}
        </ProblemAlert>
      )}
      <ErrorSummary items={summary} />
      <p className="muted">{t('common.requiredNote')}</p>
      <TextField
        id={id('name')}
        label={labelOf('name')}
        required
        maxLength={MAX_NAME}
        errors={byField.name}
        value={values.name}
        onChange={(event) => set('name', event.target.value)}
      />
      <TextField
        id={id('capacity')}
        label={labelOf('capacity')}
        inputMode="numeric"
        required
        hint={occupied > 0 ? `${t('shelter.rooms.capacityHint')} ${t('shelter.rooms.occupiedHint', { count: occupied })}` : t('shelter.rooms.capacityHint')}
        errors={byField.capacity}
        value={values.capacity}
        onChange={(event) => set('capacity', event.target.value)}
      />
      <SelectField
        id={id('status')}
        label={labelOf('status')}
        required
        errors={byField.status}
        value={values.status}
        onChange={(event) => set('status', event.target.value as RoomStatus)}
      >
        {ROOM_STATUSES.map((status) => (
          <option key={status} value={status}>
            {labels.roomStatus(status)}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        id={id('note')}
        label={labelOf('note')}
        maxLength={MAX_NOTE}
        errors={byField.note}
        value={values.note}
        onChange={(event) => set('note', event.target.value)}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? t('common.saving') : t('common.save')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '@/components/ui/dialog';
import { ErrorSummary } from '@/components/ui/error-summary';
import { fieldChecks, fieldId, formErrors } from '@/components/ui/form-errors';
import { TextAreaField, TextField } from '@/components/ui/form-fields';
import { ProblemAlert } from '@/components/ui/problem-alert';
import type { FieldError } from '@/lib/api/problem';
import { isFuture, localInputToIso, toLocalInput } from '@/lib/dates';
import { useCheckOut } from '../api/check-out';
import type { BoardStay } from '../types';
import { useShelterLabels } from './use-shelter-labels';

const FIELDS = ['checkedOutAt', 'reason'] as const;
type Field = (typeof FIELDS)[number];
const MAX_REASON = 500;

interface CheckOutDialogProps {
  stay: BoardStay;
  roomName: string;
  onClose: () => void;
  onDone: (done: { personName: string; roomName: string }) => void;
}

/** Ends a stay: when the person left (not before the check-in, not in the future) and why. */
export function CheckOutDialog({ stay, roomName, onClose, onDone }: CheckOutDialogProps) {
  const { t } = useTranslation();
  const labels = useShelterLabels();
  const checkOut = useCheckOut();
  const [checkedOutAt, setCheckedOutAt] = useState(() => toLocalInput(new Date()));
  const [reason, setReason] = useState('');
  const [clientErrors, setClientErrors] = useState<FieldError[]>([]);
  const person = labels.person(stay.personName);
  const labelOf = (field: string) =>
    (FIELDS as readonly string[]).includes(field) ? t(`shelter.checkOut.${field as Field}`) : field;
  const { byField, summary } = formErrors('check-out', clientErrors, checkOut.error, [...FIELDS], labelOf);
  const id = (field: Field) => fieldId('check-out', field);

  const submit = () => {
    const { errors, need } = fieldChecks<Field>(t('common.requiredField'));
    need('checkedOutAt', !!checkedOutAt);
    if (checkedOutAt) {
      need('checkedOutAt', !isFuture(checkedOutAt), t('shelter.errors.future'));
      if (stay.checkedInAt) {
        need(
          'checkedOutAt',
          new Date(checkedOutAt).getTime() >= new Date(stay.checkedInAt).getTime(),
          t('shelter.errors.beforeCheckIn', { time: labels.dateTime(stay.checkedInAt) }),
        );
      }
    }
    need('reason', !!reason.trim());
    need('reason', reason.trim().length <= MAX_REASON, t('shelter.errors.tooLong', { max: MAX_REASON }));
    setClientErrors(errors);
    if (errors.length || !stay.stayId) return;
    checkOut.mutate(
      {
        stayId: stay.stayId,
        caseId: stay.caseId,
        body: { checkedOutAt: localInputToIso(checkedOutAt) ?? checkedOutAt, reason: reason.trim() },
      },
      { onSuccess: () => onDone({ personName: person, roomName }) },
    );
  };

  return (
    <Dialog title={t('shelter.checkOut.title', { name: person })} onClose={onClose}>
      <form
        className="form"
        noValidate
        aria-busy={checkOut.isPending}
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        {checkOut.isError && !checkOut.isPending && <ProblemAlert error={checkOut.error} />}
        <ErrorSummary items={summary} />
        <p>
          {stay.caseNumber && <strong>{stay.caseNumber}</strong>}{' '}
          {t('shelter.checkOut.summary', { room: roomName, time: labels.dateTime(stay.checkedInAt) })}
        </p>
        <p className="muted">{t('common.requiredNote')}</p>
        <TextField
          id={id('checkedOutAt')}
          label={labelOf('checkedOutAt')}
          type="datetime-local"
          required
          errors={byField.checkedOutAt}
          value={checkedOutAt}
          onChange={(event) => setCheckedOutAt(event.target.value)}
        />
        <TextAreaField
          id={id('reason')}
          label={labelOf('reason')}
          required
          maxLength={MAX_REASON}
          hint={t('shelter.checkOut.reasonHint')}
          errors={byField.reason}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={checkOut.isPending}>
            {checkOut.isPending ? t('shelter.checkOut.submitting') : t('shelter.checkOut.submit')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

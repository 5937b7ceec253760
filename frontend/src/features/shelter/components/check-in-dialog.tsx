import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '@/components/ui/dialog';
import { ErrorSummary } from '@/components/ui/error-summary';
import { fieldChecks, fieldId, formErrors } from '@/components/ui/form-errors';
import { ChoiceGroup, SelectField, TextField } from '@/components/ui/form-fields';
import { useFormValues } from '@/components/ui/form-values';
import { Loading } from '@/components/ui/loading';
import { ProblemAlert } from '@/components/ui/problem-alert';
import type { FieldError } from '@/lib/api/problem';
import { isFuture, localInputToIso, toLocalInput } from '@/lib/dates';
import { useCheckIn } from '../api/check-in';
import { useCasePeople } from '../api/get-case-people';
import { useCaseSearch } from '../api/search-cases';
import type { BoardRoom, CaseHit } from '../types';
import { useShelterLabels } from './use-shelter-labels';

interface Values {
  caseId: string;
  personId: string;
  roomId: string;
  checkedInAt: string;
  expectedCheckOutAt: string;
}

const FIELDS = ['caseId', 'personId', 'roomId', 'checkedInAt', 'expectedCheckOutAt'] as const;
type Field = (typeof FIELDS)[number];
const LABELS = {
  caseId: 'case',
  personId: 'person',
  roomId: 'room',
  checkedInAt: 'checkedInAt',
  expectedCheckOutAt: 'expectedCheckOutAt',
} as const satisfies Record<Field, string>;

interface CheckInDialogProps {
  /** The board's rooms: those active with a free place are offered. */
  rooms: BoardRoom[];
  /** The room to preselect, when the worker started from its card. */
  roomId?: string;
  onClose: () => void;
  onDone: (done: { personName: string; roomName: string }) => void;
}

/**
 * Checks a person in: find the case by number or name, pick its person or an accompanying child,
 * a room with a free place, and the times. Closed cases are refused here already; the server
 * refuses a full room, a person staying elsewhere and a closed case again (409).
 */
export function CheckInDialog({ rooms, roomId, onClose, onDone }: CheckInDialogProps) {
  const { t } = useTranslation();
  const labels = useShelterLabels();
  const checkIn = useCheckIn();
  const [search, setSearch] = useState('');
  const [q, setQ] = useState('');
  const cases = useCaseSearch(q);
  const { values, setValues, set } = useFormValues<Values>({
    caseId: '',
    personId: '',
    roomId: roomId ?? '',
    checkedInAt: toLocalInput(new Date()),
    expectedCheckOutAt: '',
  });
  const [clientErrors, setClientErrors] = useState<FieldError[]>([]);
  const labelOf = (field: string) =>
    field in LABELS ? t(`shelter.checkIn.${LABELS[field as Field]}`) : field;
  const { byField, summary } = formErrors('check-in', clientErrors, checkIn.error, [...FIELDS], labelOf);
  const id = (field: Field) => fieldId('check-in', field);

  const people = useCasePeople(values.caseId);
  // The person of the case unless the worker chose a child; a new case starts again from its person.
  const personId = people.data?.some((p) => p.id === values.personId) ? values.personId : (people.data?.[0]?.id ?? '');
  const chosenCase = cases.data?.items.find((c) => c.id === values.caseId);
  // A room that filled up since the board was read stays listed while chosen, so the choice does not vanish.
  const roomOptions = rooms.filter(
    (room) => room.id && ((room.status === 'ACTIVE' && (room.free ?? 0) > 0) || room.id === values.roomId),
  );

  const runSearch = () => {
    const term = search.trim();
    if (term === q) void cases.refetch();
    setQ(term);
    setValues((v) => ({ ...v, caseId: '', personId: '' }));
  };
  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter searches rather than submitting the check-in.
    if (event.key === 'Enter') {
      event.preventDefault();
      runSearch();
    }
  };

  const submit = () => {
    const required = t('common.requiredField');
    const { errors, need } = fieldChecks<Field>(required);
    need('caseId', !!values.caseId, t('shelter.checkIn.chooseCase'));
    if (chosenCase) need('caseId', chosenCase.status !== 'CLOSED', t('shelter.checkIn.caseClosed'));
    if (values.caseId && people.isSuccess) need('personId', !!personId);
    need('roomId', !!values.roomId);
    need('checkedInAt', !!values.checkedInAt);
    if (values.checkedInAt) need('checkedInAt', !isFuture(values.checkedInAt), t('shelter.errors.future'));
    if (values.expectedCheckOutAt && values.checkedInAt) {
      need(
        'expectedCheckOutAt',
        new Date(values.expectedCheckOutAt).getTime() > new Date(values.checkedInAt).getTime(),
        t('shelter.errors.afterCheckIn'),
      );
    }
    setClientErrors(errors);
    if (errors.length || !personId) return;
    const person = people.data?.find((p) => p.id === personId);
    const room = rooms.find((r) => r.id === values.roomId);
    checkIn.mutate(
      {
        roomId: values.roomId,
        caseId: values.caseId,
        personId,
        checkedInAt: localInputToIso(values.checkedInAt) ?? values.checkedInAt,
        expectedCheckOutAt: localInputToIso(values.expectedCheckOutAt),
      },
      { onSuccess: (stay) => onDone({ personName: stay.personName ?? person?.fullName ?? '', roomName: stay.roomName ?? room?.name ?? '' }) },
    );
  };

  const caseLabel = (hit: CaseHit) =>
    t('shelter.checkIn.caseOption', {
      number: hit.caseNumber ?? '',
      name: labels.person(hit.personName),
      status: labels.caseStatus(hit.status),
    });

  return (
    <Dialog title={t('shelter.checkIn.title')} onClose={onClose}>
      <form
        className="form"
        noValidate
        aria-busy={checkIn.isPending}
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        {checkIn.isError && !checkIn.isPending && <ProblemAlert error={checkIn.error} />}
        <ErrorSummary items={summary} />
        <p className="muted">{t('common.requiredNote')}</p>

        <div className="case-search">
          <TextField
            id={id('caseId')}
            label={t('shelter.checkIn.search')}
            type="search"
            required
            hint={t('shelter.checkIn.searchHint')}
            errors={byField.caseId}
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            onKeyDown={onSearchKey}
          />
          <button type="button" className="button case-search__button" onClick={runSearch}>
            {t('shelter.checkIn.searchButton')}
          </button>
        </div>
        {q !== '' &&
          (cases.isPending ? (
            <Loading label={t('shelter.checkIn.searching')} />
          ) : cases.isError ? (
            <ProblemAlert error={cases.error} onRetry={() => void cases.refetch()} />
          ) : cases.data.items.length === 0 ? (
            <p role="status">{t('shelter.checkIn.noCases', { q })}</p>
          ) : (
            <>
              <ChoiceGroup
                id="check-in-case-results"
                legend={t('shelter.checkIn.results')}
                type="radio"
                options={cases.data.items.flatMap((hit) => (hit.id ? [{ value: hit.id, label: caseLabel(hit) }] : []))}
                value={values.caseId ? [values.caseId] : []}
                onChange={([caseId]) => caseId && setValues((v) => ({ ...v, caseId, personId: '' }))}
              />
              {cases.data.total > cases.data.items.length && (
                <p className="field__hint">
                  {t('shelter.checkIn.more', { total: cases.data.total, shown: cases.data.items.length })}
                </p>
              )}
            </>
          ))}

        {values.caseId !== '' &&
          (people.isPending ? (
            <Loading label={t('shelter.checkIn.loadingPeople')} />
          ) : people.isError ? (
            <ProblemAlert error={people.error} onRetry={() => void people.refetch()} />
          ) : people.data.length === 0 ? (
            <p role="status">{t('shelter.checkIn.noPeople')}</p>
          ) : (
            <ChoiceGroup
              id={id('personId')}
              legend={labelOf('personId')}
              type="radio"
              required
              errors={byField.personId}
              options={people.data.map((p) => ({
                value: p.id,
                label: p.child ? t('shelter.checkIn.childPerson', { name: labels.person(p.fullName) }) : labels.person(p.fullName),
              }))}
              value={personId ? [personId] : []}
              onChange={([value]) => value && set('personId', value)}
            />
          ))}

        <SelectField
          id={id('roomId')}
          label={labelOf('roomId')}
          required
          hint={roomOptions.length === 0 ? t('shelter.checkIn.noFreeRoom') : undefined}
          errors={byField.roomId}
          value={values.roomId}
          onChange={(event) => set('roomId', event.target.value)}
        >
          <option value="">{t('shelter.checkIn.chooseRoom')}</option>
          {roomOptions.map((room) => (
            <option key={room.id} value={room.id}>
              {(room.free ?? 0) > 0 && room.status === 'ACTIVE'
                ? t('shelter.checkIn.roomOption', { name: room.name ?? '', free: room.free ?? 0 })
                : t('shelter.checkIn.roomFull', { name: room.name ?? '' })}
            </option>
          ))}
        </SelectField>
        <TextField
          id={id('checkedInAt')}
          label={labelOf('checkedInAt')}
          type="datetime-local"
          required
          max={toLocalInput(new Date())}
          errors={byField.checkedInAt}
          value={values.checkedInAt}
          onChange={(event) => set('checkedInAt', event.target.value)}
        />
        <TextField
          id={id('expectedCheckOutAt')}
          label={labelOf('expectedCheckOutAt')}
          type="datetime-local"
          hint={t('shelter.checkIn.expectedHint')}
          min={values.checkedInAt || undefined}
          errors={byField.expectedCheckOutAt}
          value={values.expectedCheckOutAt}
          onChange={(event) => set('expectedCheckOutAt', event.target.value)}
        />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={checkIn.isPending}>
            {checkIn.isPending ? t('shelter.checkIn.submitting') : t('shelter.checkIn.submit')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '@/components/ui/dialog';
import { OrganizationField } from '@/components/ui/organization-field';
import { SelectField, TextField } from '@/components/ui/form-fields';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useRecordTraining } from '../api/prevention';
import type { StaffRole, TrainingAttendance, TrainingRequest } from '../types';

export const STAFF_ROLES: StaffRole[] = [
  'SOCIAL_WORKER',
  'POLICE_OFFICER',
  'BORDER_GUARD',
  'WOMENS_UNION_OFFICER',
  'COMMUNE_OFFICIAL',
  'HEALTH_WORKER',
  'TEACHER',
  'LABOUR_OFFICER',
  'CLUB_BOARD_MEMBER',
  'OTHER',
];
const ATTENDANCE: TrainingAttendance[] = ['ATTENDED', 'PARTLY', 'ABSENT'];

interface NamedRow {
  organizationId: string;
  staffRole: StaffRole;
  fullName: string;
  attendance: TrainingAttendance;
}
interface CountRow {
  unitName: string;
  staffRole: StaffRole;
  count: string;
}

/**
 * Records a training of the reader's organization: its facts, the participants by name (with
 * attendance; names are stored encrypted) and, for large classes, counts by unit.
 */
export function TrainingDialog({ onClose, onRecorded }: { onClose: () => void; onRecorded: (topic: string) => void }) {
  const { t } = useTranslation();
  const record = useRecordTraining();
  const [v, setV] = useState({ topic: '', startsOn: '', endsOn: '', classes: '1', venue: '', funder: '', trainers: '' });
  const [named, setNamed] = useState<NamedRow[]>([]);
  const [counts, setCounts] = useState<CountRow[]>([]);
  const set = (field: keyof typeof v, value: string) => setV({ ...v, [field]: value });
  const label = (field: string) => t(`prevention.trainings.fields.${field}` as 'prevention.trainings.fields.topic');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: TrainingRequest = {
      topic: v.topic.trim(),
      startsOn: v.startsOn,
      endsOn: v.endsOn || v.startsOn,
      classes: Number(v.classes) || 1,
      venue: v.venue.trim() || undefined,
      funder: v.funder.trim() || undefined,
      trainers: v.trainers.split(',').map((s) => s.trim()).filter(Boolean),
      participants: named.filter((p) => p.organizationId && p.fullName.trim()).map((p) => ({ ...p, fullName: p.fullName.trim() })),
      counts: counts.filter((c) => c.unitName.trim()).map((c) => ({ unitName: c.unitName.trim(), staffRole: c.staffRole, count: Number(c.count) || 0 })),
    };
    record.mutate(body, { onSuccess: (training) => onRecorded(training.topic ?? '') });
  };

  return (
    <Dialog title={t('prevention.trainings.record')} onClose={onClose}>
      <form className="form" noValidate aria-busy={record.isPending} onSubmit={submit}>
        {record.isError && <ProblemAlert error={record.error} />}
        <TextField id="training-topic" label={label('topic')} required maxLength={300} value={v.topic} onChange={(e) => set('topic', e.target.value)} />
        <TextField id="training-startsOn" label={label('startsOn')} type="date" required value={v.startsOn} onChange={(e) => set('startsOn', e.target.value)} />
        <TextField id="training-endsOn" label={label('endsOn')} type="date" required value={v.endsOn} onChange={(e) => set('endsOn', e.target.value)} />
        <TextField id="training-classes" label={label('classes')} inputMode="numeric" value={v.classes}
          onChange={(e) => set('classes', e.target.value.replace(/\D/g, ''))} />
        <TextField id="training-venue" label={label('venue')} maxLength={300} value={v.venue} onChange={(e) => set('venue', e.target.value)} />
        <TextField id="training-funder" label={label('funder')} maxLength={200} value={v.funder} onChange={(e) => set('funder', e.target.value)} />
        <TextField id="training-trainers" label={label('trainers')} hint={t('prevention.trainings.trainersHint')} value={v.trainers}
          onChange={(e) => set('trainers', e.target.value)} />

        <fieldset className="field">
          <legend className="field__label">{t('prevention.trainings.namedLegend')}</legend>
          {named.map((row, i) => (
            <div className="repeat-row" key={i}>
              <OrganizationField id={`named-${i}-organization`} label={t('prevention.trainings.unit')} emptyLabel={t('prevention.campaigns.choose')}
                value={row.organizationId} onChange={(id) => setNamed(named.map((r, j) => (j === i ? { ...r, organizationId: id } : r)))} />
              <TextField id={`named-${i}-fullName`} label={t('clubs.members.fields.fullName')} maxLength={200} value={row.fullName}
                onChange={(e) => setNamed(named.map((r, j) => (j === i ? { ...r, fullName: e.target.value } : r)))} />
              <SelectField id={`named-${i}-role`} label={t('prevention.trainings.role')} value={row.staffRole}
                onChange={(e) => setNamed(named.map((r, j) => (j === i ? { ...r, staffRole: e.target.value as StaffRole } : r)))}>
                {STAFF_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {t(`prevention.roles.${r}`)}
                  </option>
                ))}
              </SelectField>
              <SelectField id={`named-${i}-attendance`} label={t('prevention.trainings.attendance')} value={row.attendance}
                onChange={(e) => setNamed(named.map((r, j) => (j === i ? { ...r, attendance: e.target.value as TrainingAttendance } : r)))}>
                {ATTENDANCE.map((a) => (
                  <option key={a} value={a}>
                    {t(`prevention.attendance.${a}`)}
                  </option>
                ))}
              </SelectField>
              <button type="button" className="button button--small" onClick={() => setNamed(named.filter((_, j) => j !== i))}>
                {t('clubs.attendance.removeGuestRow')}
              </button>
            </div>
          ))}
          <button type="button" className="button button--small"
            onClick={() => setNamed([...named, { organizationId: '', staffRole: 'SOCIAL_WORKER', fullName: '', attendance: 'ATTENDED' }])}>
            {t('prevention.trainings.addNamed')}
          </button>
        </fieldset>

        <fieldset className="field">
          <legend className="field__label">{t('prevention.trainings.countsLegend')}</legend>
          {counts.map((row, i) => (
            <div className="repeat-row" key={i}>
              <TextField id={`count-${i}-unit`} label={t('prevention.trainings.unit')} maxLength={200} value={row.unitName}
                onChange={(e) => setCounts(counts.map((r, j) => (j === i ? { ...r, unitName: e.target.value } : r)))} />
              <SelectField id={`count-${i}-role`} label={t('prevention.trainings.role')} value={row.staffRole}
                onChange={(e) => setCounts(counts.map((r, j) => (j === i ? { ...r, staffRole: e.target.value as StaffRole } : r)))}>
                {STAFF_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {t(`prevention.roles.${r}`)}
                  </option>
                ))}
              </SelectField>
              <TextField id={`count-${i}-count`} label={t('prevention.trainings.count')} inputMode="numeric" value={row.count}
                onChange={(e) => setCounts(counts.map((r, j) => (j === i ? { ...r, count: e.target.value.replace(/\D/g, '') } : r)))} />
              <button type="button" className="button button--small" onClick={() => setCounts(counts.filter((_, j) => j !== i))}>
                {t('clubs.attendance.removeGuestRow')}
              </button>
            </div>
          ))}
          <button type="button" className="button button--small"
            onClick={() => setCounts([...counts, { unitName: '', staffRole: 'COMMUNE_OFFICIAL', count: '' }])}>
            {t('prevention.trainings.addCount')}
          </button>
        </fieldset>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={record.isPending}>
            {t('common.save')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '@/components/ui/dialog';
import { SelectField, TextField } from '@/components/ui/form-fields';
import { Notice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { QueryResults } from '@/components/ui/query-results';
import { Td } from '@/components/ui/table-cell';
import { useFormat } from '@/i18n/use-format';
import { useHasRole } from '@/lib/auth/get-me';
import { useListParams } from '@/lib/routing/use-list-params';
import { useCampaigns, usePlaces, useRecordCampaign } from '../api/prevention';
import { PREVENTION_RECORDER_ROLES } from '../roles';
import type { CampaignChannel, CampaignRequest, CountingMethod, ReachCount } from '../types';

const CHANNELS: CampaignChannel[] = ['MEETING', 'LOUDSPEAKER', 'BILLBOARD', 'LEAFLET', 'SOCIAL_MEDIA', 'SCHOOL_SESSION', 'OTHER'];
const METHODS: CountingMethod[] = ['SIGN_IN_SHEET', 'HEADCOUNT', 'COPIES_DISTRIBUTED', 'PLATFORM_STATISTICS', 'ESTIMATE'];
const REACH_CELLS: Pick<ReachCount, 'sex' | 'ageGroup'>[] = [
  { sex: 'FEMALE', ageGroup: 'ADULTS' },
  { sex: 'MALE', ageGroup: 'ADULTS' },
  { sex: 'FEMALE', ageGroup: 'CHILDREN' },
  { sex: 'MALE', ageGroup: 'CHILDREN' },
  { sex: 'UNKNOWN', ageGroup: 'UNKNOWN' },
];

/** Information campaigns with the residents reached against the commune's population; recorders add one. */
export function CampaignList() {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useListParams();
  const query = useCampaigns(list.page, list.size);
  const canRecord = useHasRole(...PREVENTION_RECORDER_ROLES);
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      {notice && <Notice>{notice}</Notice>}
      <PageHeader
        title={t('prevention.campaigns.title')}
        subtitle={t('prevention.campaigns.intro')}
        actions={
          canRecord && (
            <button type="button" className="button button--primary" aria-haspopup="dialog" onClick={() => setOpen(true)}>
              {t('prevention.campaigns.record')}
            </button>
          )
        }
      />
      <QueryResults query={query} list={list} empty={t('prevention.campaigns.empty')}>
        {(items) => (
          <table className="table table--rows">
            <thead>
              <tr>
                <th scope="col">{t('prevention.campaigns.fields.title')}</th>
                <th scope="col">{t('prevention.campaigns.fields.channel')}</th>
                <th scope="col">{t('prevention.campaigns.fields.placeCode')}</th>
                <th scope="col">{t('prevention.trainings.dates')}</th>
                <th scope="col">{t('prevention.campaigns.reached')}</th>
                <th scope="col">{t('prevention.campaigns.share')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((c) => (
                <tr key={c.id}>
                  <Td label={t('prevention.campaigns.fields.title')}>
                    {c.title}
                    {c.materialsCount ? <span className="muted"> · {c.materialsCount.toLocaleString(format.locale)}</span> : null}
                  </Td>
                  <Td label={t('prevention.campaigns.fields.channel')}>{t(`prevention.channels.${c.channel!}`)}</Td>
                  <Td label={t('prevention.campaigns.fields.placeCode')}>{c.placeName}</Td>
                  <Td label={t('prevention.trainings.dates')}>
                    {format.date(c.startsOn)} – {format.date(c.endsOn)}
                  </Td>
                  <Td label={t('prevention.campaigns.reached')}>{(c.reached ?? 0).toLocaleString(format.locale)}</Td>
                  <Td label={t('prevention.campaigns.share')}>
                    {c.reachedPercent != null ? `${c.reachedPercent.toLocaleString(format.locale)} %` : t('prevention.campaigns.noPopulation')}
                  </Td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryResults>
      {open && (
        <CampaignDialog
          onClose={() => setOpen(false)}
          onRecorded={(title) => {
            setOpen(false);
            setNotice(t('prevention.campaigns.recorded', { title }));
          }}
        />
      )}
    </>
  );
}

function CampaignDialog({ onClose, onRecorded }: { onClose: () => void; onRecorded: (title: string) => void }) {
  const { t } = useTranslation();
  const record = useRecordCampaign();
  const [province, setProvince] = useState('');
  const provinces = usePlaces(undefined);
  const communes = usePlaces(province || undefined, !!province);
  const [values, setValues] = useState({
    title: '',
    channel: 'MEETING' as CampaignChannel,
    placeCode: '',
    startsOn: '',
    endsOn: '',
    materials: '',
    materialsCount: '',
    countingMethod: 'HEADCOUNT' as CountingMethod,
  });
  const [reach, setReach] = useState<Record<string, number>>({});
  const set = (field: keyof typeof values, value: string) => setValues({ ...values, [field]: value });
  const label = (field: keyof typeof values | 'province' | 'reach') => t(`prevention.campaigns.fields.${field}`);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: CampaignRequest = {
      title: values.title.trim(),
      channel: values.channel,
      placeCode: values.placeCode,
      startsOn: values.startsOn,
      endsOn: values.endsOn,
      materials: values.materials.trim() || undefined,
      materialsCount: values.materialsCount ? Number(values.materialsCount) : undefined,
      countingMethod: values.countingMethod,
      reach: REACH_CELLS.map((cell) => ({ ...cell, count: reach[`${cell.sex}/${cell.ageGroup}`] ?? 0 })).filter((r) => r.count > 0),
    };
    record.mutate(body, { onSuccess: (c) => onRecorded(c.title ?? '') });
  };

  return (
    <Dialog title={t('prevention.campaigns.record')} onClose={onClose}>
      <form className="form" noValidate aria-busy={record.isPending} onSubmit={submit}>
        {record.isError && <ProblemAlert error={record.error} />}
        <TextField id="campaign-title" label={label('title')} required maxLength={300} value={values.title} onChange={(e) => set('title', e.target.value)} />
        <SelectField id="campaign-channel" label={label('channel')} required value={values.channel} onChange={(e) => set('channel', e.target.value)}>
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {t(`prevention.channels.${c}`)}
            </option>
          ))}
        </SelectField>
        <SelectField id="campaign-province" label={label('province')} required value={province} onChange={(e) => {
          setProvince(e.target.value);
          set('placeCode', '');
        }}>
          <option value="">{t('prevention.campaigns.choose')}</option>
          {(provinces.data ?? []).map((p) => (
            <option key={p.code} value={p.code}>
              {p.nameVi}
            </option>
          ))}
        </SelectField>
        <SelectField id="campaign-placeCode" label={label('placeCode')} required disabled={!province} value={values.placeCode}
          onChange={(e) => set('placeCode', e.target.value)}>
          <option value="">{t('prevention.campaigns.choose')}</option>
          {(communes.data ?? []).map((p) => (
            <option key={p.code} value={p.code}>
              {p.nameVi}
            </option>
          ))}
        </SelectField>
        <TextField id="campaign-startsOn" label={label('startsOn')} type="date" required value={values.startsOn} onChange={(e) => set('startsOn', e.target.value)} />
        <TextField id="campaign-endsOn" label={label('endsOn')} type="date" required value={values.endsOn} onChange={(e) => set('endsOn', e.target.value)} />
        <TextField id="campaign-materials" label={label('materials')} maxLength={500} value={values.materials} onChange={(e) => set('materials', e.target.value)} />
        <TextField id="campaign-materialsCount" label={label('materialsCount')} inputMode="numeric" value={values.materialsCount}
          onChange={(e) => set('materialsCount', e.target.value.replace(/\D/g, ''))} />
        <SelectField id="campaign-countingMethod" label={label('countingMethod')} required value={values.countingMethod}
          onChange={(e) => set('countingMethod', e.target.value)}>
          {METHODS.map((m) => (
            <option key={m} value={m}>
              {t(`prevention.counting.${m}`)}
            </option>
          ))}
        </SelectField>
        <fieldset className="field">
          <legend className="field__label">{label('reach')}</legend>
          <div className="guest-grid">
            {REACH_CELLS.map((cell) => {
              const key = `${cell.sex}/${cell.ageGroup}`;
              return (
                <div className="field guest-field" key={key}>
                  <label className="field__label" htmlFor={`reach-${cell.sex}-${cell.ageGroup}`}>
                    {t('prevention.campaigns.reachLabel', { sex: t(`prevention.sex.${cell.sex}`), age: t(`prevention.age.${cell.ageGroup}`) })}
                  </label>
                  <input id={`reach-${cell.sex}-${cell.ageGroup}`} type="number" min={0} inputMode="numeric" value={reach[key] ?? 0}
                    onChange={(e) => setReach({ ...reach, [key]: Math.max(0, Number(e.target.value) || 0) })} />
                </div>
              );
            })}
          </div>
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

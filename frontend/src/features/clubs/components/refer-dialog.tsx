import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '@/components/ui/dialog';
import { CheckboxField, SelectField, TextAreaField } from '@/components/ui/form-fields';
import { OrganizationField } from '@/components/ui/organization-field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { todayInput } from '@/lib/dates';
import type { ReferRequest } from '../types';

const SERVICE_TYPES = ['COUNSELLING', 'VOCATIONAL_AND_JOB', 'LOAN', 'LEGAL_INFORMATION', 'PSYCHOLOGICAL', 'SHELTER_STAY'] as const;
const URGENCIES = ['ROUTINE', 'URGENT', 'EMERGENCY'] as const;


interface ReferDialogProps {
  clubId: string;
  title: string;
  /** Whether the club keeps the person's name and phone (with their consent), so that it may share them. */
  consented: boolean;
  pending: boolean;
  error: unknown;
  onSubmit: (body: ReferRequest) => void;
  onClose: () => void;
}

/**
 * Refers a person the club reached, or a member, to another organization: the receiver, the
 * service, the urgency, the reason (the receiver reads it) and, only with the person's consent to
 * share them, their name and phone.
 */
export function ReferDialog({ clubId, title, consented, pending, error, onSubmit, onClose }: ReferDialogProps) {
  const { t } = useTranslation();
  const [receiver, setReceiver] = useState('');
  const [serviceType, setServiceType] = useState<ReferRequest['serviceType']>('COUNSELLING');
  const [urgency, setUrgency] = useState<ReferRequest['urgency']>('URGENT');
  const [reason, setReason] = useState('');
  const [share, setShare] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({
      receiverOrganizationId: receiver,
      serviceType,
      urgency,
      reason: reason.trim(),
      shareIdentity: share,
      ...(share ? { consentToShare: { givenOn: todayInput(), givenBy: 'SELF' as const } } : {}),
    });
  };
  return (
    <Dialog title={title} onClose={onClose}>
      <form className="form" noValidate aria-busy={pending} onSubmit={submit}>
        {error !== null && error !== undefined && !pending && <ProblemAlert error={error} />}
        <OrganizationField id="refer-receiver" label={t('clubs.outreach.receiver')} emptyLabel={t('clubs.outreach.chooseReceiver')} required
          value={receiver} onChange={(value) => setReceiver(value)} exclude={[clubId]} />
        <SelectField id="refer-serviceType" label={t('clubs.outreach.serviceType')} required value={serviceType}
          onChange={(e) => setServiceType(e.target.value as ReferRequest['serviceType'])}>
          {SERVICE_TYPES.map((s) => (
            <option key={s} value={s}>
              {t(`enums.serviceType.${s}`)}
            </option>
          ))}
        </SelectField>
        <SelectField id="refer-urgency" label={t('clubs.outreach.urgency')} required value={urgency}
          onChange={(e) => setUrgency(e.target.value as ReferRequest['urgency'])}>
          {URGENCIES.map((u) => (
            <option key={u} value={u}>
              {t(`referrals.urgencies.${u}`)}
            </option>
          ))}
        </SelectField>
        <TextAreaField id="refer-reason" label={t('clubs.outreach.reason')} hint={t('clubs.outreach.reasonHint')} required maxLength={4000}
          value={reason} onChange={(e) => setReason(e.target.value)} />
        {consented && (
          <CheckboxField id="refer-share" label={t('clubs.outreach.shareIdentity')} hint={t('clubs.outreach.shareHint')} checked={share}
            onChange={(e) => setShare(e.target.checked)} />
        )}
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={pending || !receiver || !reason.trim()}>
            {t('clubs.outreach.send')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Dialog } from '@/components/ui/dialog';
import { ErrorSummary } from '@/components/ui/error-summary';
import { fieldChecks, fieldId, formErrors } from '@/components/ui/form-errors';
import { CheckboxField, ChoiceGroup, SelectField, TextAreaField, TextField } from '@/components/ui/form-fields';
import { useFormValues } from '@/components/ui/form-values';
import { OrganizationField } from '@/components/ui/organization-field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { isApiProblem, type FieldError } from '@/lib/api/problem';
import { useHasRole, useMe } from '@/lib/auth/get-me';
import { todayInput } from '@/lib/dates';
import { useCreateReferral, type CreateReferralResult } from '../api/create-referral';
import { useCaseConsents } from '../api/get-case-consents';
import { useReceiverServices } from '../api/get-receiver-services';
import { consentCoverage } from '../consent-coverage';
import { FIELD_GROUPS, SERVICE_TYPES, URGENCIES } from '../enums';
import { REFERRAL_OVERRIDE_ROLES } from '../roles';
import type { FieldGroup, ReferralRequest, ServiceType, Urgency } from '../types';
import { ConsentCoveragePanel } from './consent-coverage-panel';
import { useReferralLabels } from './use-referral-labels';

interface Values {
  receiverOrganizationId: string;
  serviceId: string;
  serviceType: ServiceType | '';
  urgency: Urgency;
  reason: string;
  requestedBy: string;
  fieldGroups: FieldGroup[];
  override: boolean;
  overrideReason: string;
}

/** The form's fields by the request's JSON paths, so that the server's field errors land on them. */
const FIELDS = [
  'receiverOrganizationId',
  'serviceId',
  'serviceType',
  'urgency',
  'reason',
  'requestedBy',
  'fieldGroups',
  'emergencyOverride',
  'emergencyOverride.reason',
] as const;
type Field = (typeof FIELDS)[number];
const LABELS = {
  receiverOrganizationId: 'receiver',
  serviceId: 'service',
  serviceType: 'serviceType',
  urgency: 'urgency',
  reason: 'reason',
  requestedBy: 'requestedBy',
  fieldGroups: 'fieldGroups',
  emergencyOverride: 'override',
  'emergencyOverride.reason': 'overrideReason',
} as const satisfies Record<Field, string>;
const MAX_REASON = 4000;
const MAX_OVERRIDE_REASON = 1000;

interface ReferralFormProps {
  caseId: string;
  caseNumber: string;
  onClose: () => void;
  /** The referral was saved (and, for "save and send", sent). */
  onCreated: (result: CreateReferralResult) => void;
}

/**
 * Refers a case to another organization: the receiver and optionally one of its services from the
 * directory, the service type, urgency, reason, the date it is needed by and the person's field
 * groups to share. Before saving it shows which groups the person's consent covers for that
 * receiver and flags the others; a supervisor may share beyond the consent in an emergency, with
 * a reason. Saving makes a draft; "save and send" sends it at once.
 */
export function ReferralForm({ caseId, caseNumber, onClose, onCreated }: ReferralFormProps) {
  const { t } = useTranslation();
  const labels = useReferralLabels();
  const me = useMe();
  const supervisor = useHasRole(...REFERRAL_OVERRIDE_ROLES);
  const create = useCreateReferral();
  const consents = useCaseConsents(caseId);
  const { values, set, setValues } = useFormValues<Values>({
    receiverOrganizationId: '',
    serviceId: '',
    serviceType: '',
    urgency: 'ROUTINE',
    reason: '',
    requestedBy: '',
    fieldGroups: [],
    override: false,
    overrideReason: '',
  });
  const services = useReceiverServices(values.receiverOrganizationId);
  const [clientErrors, setClientErrors] = useState<FieldError[]>([]);
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState<{ error: unknown; referralId: string } | null>(null);

  const chosenService = services.data?.find((s) => s.id === values.serviceId);
  const coverage = consentCoverage(consents.data ?? [], values.receiverOrganizationId, values.fieldGroups);
  // Known only once the ledger is read; the server decides in the end.
  const missing = consents.isSuccess && values.receiverOrganizationId ? coverage.missing : [];
  const overriding = supervisor && values.override && missing.length > 0;
  const consentRefused = isApiProblem(create.error) && create.error.code === 'referral.consent-missing';
  const labelOf = (field: string) => (field in LABELS ? t(`referrals.form.${LABELS[field as Field]}`) : field);
  const { byField, summary } = formErrors(
    'referral',
    [...clientErrors, ...(consentRefused ? [{ field: 'fieldGroups', message: t('referrals.form.consentMissingField') }] : [])],
    create.error,
    [...FIELDS],
    labelOf,
  );
  const id = (field: Field) => fieldId('referral', field);

  const submit = (send: boolean) => {
    const { errors, need } = fieldChecks<Field>(t('common.requiredField'));
    need('receiverOrganizationId', !!values.receiverOrganizationId);
    need('serviceType', !!values.serviceId || !!values.serviceType);
    need('reason', !!values.reason.trim());
    if (values.requestedBy) need('requestedBy', values.requestedBy >= todayInput(), t('referrals.form.notBeforeToday'));
    if (overriding) need('emergencyOverride.reason', !!values.overrideReason.trim());
    setClientErrors(errors);
    setSendError(null);
    if (errors.length) return;
    const body: ReferralRequest = {
      caseId,
      receiverOrganizationId: values.receiverOrganizationId,
      serviceId: values.serviceId || undefined,
      // With a service, its own type; the server checks that they agree.
      serviceType: chosenService?.type ?? (values.serviceType || undefined),
      urgency: values.urgency,
      reason: values.reason.trim(),
      requestedBy: values.requestedBy || undefined,
      fieldGroups: FIELD_GROUPS.filter((g) => values.fieldGroups.includes(g)),
      emergencyOverride: overriding ? { reason: values.overrideReason.trim() } : undefined,
    };
    setSending(send);
    create.mutate(
      { body, send },
      {
        onSuccess: (result) => {
          if (result.sendError !== undefined && result.referral.data.id) {
            setSendError({ error: result.sendError, referralId: result.referral.data.id });
          } else {
            onCreated(result);
          }
        },
      },
    );
  };

  const serviceEmpty = !values.receiverOrganizationId
    ? t('referrals.form.chooseReceiverFirst')
    : services.isPending
      ? t('app.loading')
      : services.data?.length === 0
        ? t('referrals.form.noServices')
        : t('referrals.form.noService');

  return (
    <Dialog title={t('referrals.form.title', { number: caseNumber })} onClose={onClose}>
      <form
        className="form"
        noValidate
        aria-busy={create.isPending}
        onSubmit={(event) => {
          event.preventDefault();
          submit(false);
        }}
      >
        <p>{t('referrals.form.intro')}</p>
        {create.isError && !create.isPending && <ProblemAlert error={create.error} />}
        {sendError && !create.isPending && (
          <div className="alert alert--error" role="alert">
            <p className="alert__title">{t('referrals.form.savedNotSent')}</p>
            <ProblemAlert error={sendError.error} />
            <p>
              <Link to={`/referrals/${sendError.referralId}`}>{t('referrals.form.openDraft')}</Link>
            </p>
          </div>
        )}
        <ErrorSummary items={summary} />
        <p className="muted">{t('common.requiredNote')}</p>
        <OrganizationField
          id={id('receiverOrganizationId')}
          label={labelOf('receiverOrganizationId')}
          emptyLabel={t('referrals.form.chooseReceiver')}
          required
          exclude={me.data?.organization?.id ? [me.data.organization.id] : []}
          errors={byField.receiverOrganizationId}
          value={values.receiverOrganizationId}
          onChange={(value) =>
            setValues((current) => ({ ...current, receiverOrganizationId: value, serviceId: '', override: false }))
          }
        />
        <SelectField
          id={id('serviceId')}
          label={labelOf('serviceId')}
          hint={t('referrals.form.serviceHint')}
          errors={byField.serviceId}
          value={values.serviceId}
          disabled={!values.receiverOrganizationId || services.isPending}
          aria-busy={!!values.receiverOrganizationId && services.isPending}
          onChange={(event) => {
            const service = services.data?.find((s) => s.id === event.target.value);
            setValues((current) => ({
              ...current,
              serviceId: event.target.value,
              serviceType: service?.type ?? current.serviceType,
            }));
          }}
        >
          <option value="">{serviceEmpty}</option>
          {services.data?.map((service) => (
            <option key={service.id} value={service.id}>
              {labels.service(service)}
            </option>
          ))}
        </SelectField>
        {services.isError && <ProblemAlert error={services.error} onRetry={() => void services.refetch()} />}
        <SelectField
          id={id('serviceType')}
          label={labelOf('serviceType')}
          required={!values.serviceId}
          hint={chosenService ? t('referrals.form.serviceTypeFromService') : undefined}
          errors={byField.serviceType}
          value={chosenService?.type ?? values.serviceType}
          disabled={!!chosenService}
          onChange={(event) => set('serviceType', event.target.value as Values['serviceType'])}
        >
          <option value="">{t('referrals.form.chooseServiceType')}</option>
          {SERVICE_TYPES.map((value) => (
            <option key={value} value={value}>
              {labels.serviceType(value)}
            </option>
          ))}
        </SelectField>
        <ChoiceGroup
          id={id('urgency')}
          legend={labelOf('urgency')}
          type="radio"
          required
          hint={t('referrals.form.urgencyHint')}
          errors={byField.urgency}
          options={URGENCIES.map((value) => ({ value, label: labels.urgency(value) }))}
          value={[values.urgency]}
          onChange={([value]) => value && set('urgency', value)}
        />
        <TextAreaField
          id={id('reason')}
          label={labelOf('reason')}
          required
          maxLength={MAX_REASON}
          hint={t('referrals.form.reasonHint')}
          errors={byField.reason}
          value={values.reason}
          onChange={(event) => set('reason', event.target.value)}
        />
        <TextField
          id={id('requestedBy')}
          label={labelOf('requestedBy')}
          type="date"
          min={todayInput()}
          hint={t('referrals.form.requestedByHint')}
          errors={byField.requestedBy}
          value={values.requestedBy}
          onChange={(event) => set('requestedBy', event.target.value)}
        />
        <ChoiceGroup
          id={id('fieldGroups')}
          legend={labelOf('fieldGroups')}
          type="checkbox"
          hint={t('referrals.form.fieldGroupsHint')}
          errors={byField.fieldGroups}
          options={FIELD_GROUPS.map((value) => ({ value, label: labels.fieldGroup(value) }))}
          value={values.fieldGroups}
          onChange={(value) => set('fieldGroups', value)}
        />
        <ConsentCoveragePanel
          consents={consents}
          receiverId={values.receiverOrganizationId}
          wanted={values.fieldGroups}
          canOverride={supervisor}
        />
        {supervisor && missing.length > 0 && (
          <>
            <CheckboxField
              id={id('emergencyOverride')}
              label={labelOf('emergencyOverride')}
              hint={t('referrals.form.overrideHint')}
              errors={byField.emergencyOverride}
              checked={values.override}
              onChange={(event) => set('override', event.target.checked)}
            />
            {values.override && (
              <TextAreaField
                id={id('emergencyOverride.reason')}
                label={labelOf('emergencyOverride.reason')}
                hint={t('referrals.form.overrideReasonHint')}
                required
                maxLength={MAX_OVERRIDE_REASON}
                errors={byField['emergencyOverride.reason']}
                value={values.overrideReason}
                onChange={(event) => set('overrideReason', event.target.value)}
              />
            )}
          </>
        )}
        <div className="form__actions">
          <button type="button" className="button button--primary" disabled={create.isPending} onClick={() => submit(true)}>
            {create.isPending && sending ? t('referrals.form.saving') : t('referrals.form.saveAndSend')}
          </button>
          <button type="submit" className="button" disabled={create.isPending}>
            {create.isPending && !sending ? t('referrals.form.saving') : t('referrals.form.saveDraft')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('referrals.form.close')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId, formErrors } from '@/components/ui/form-errors';
import { SelectField } from '@/components/ui/form-fields';
import { Loading } from '@/components/ui/loading';
import { ProblemAlert } from '@/components/ui/problem-alert';
import type { FieldError } from '@/lib/api/problem';
import { useAssignCase } from '../api/assign-case';
import { useStaff } from '../api/get-staff';
import type { CaseView, Versioned } from '../types';
import { DialogForm } from './dialog-form';

interface AssignDialogProps {
  caseView: CaseView;
  etag: string;
  onClose: () => void;
  onDone: (changed: Versioned<CaseView>) => void;
  onReload: () => void;
}

/** A supervisor gives the case to one of the organization's social workers or supervisors. */
export function AssignDialog({ caseView, etag, onClose, onDone, onReload }: AssignDialogProps) {
  const { t } = useTranslation();
  const staff = useStaff();
  const assign = useAssignCase();
  const current = caseView.assignedTo?.subject ?? '';
  const [subject, setSubject] = useState(current);
  const [clientErrors, setClientErrors] = useState<FieldError[]>([]);
  const label = t('cases.assign.assignee');
  const { byField, summary } = formErrors('assign', clientErrors, assign.error, ['assigneeSubject'], () => label);

  const submit = () => {
    const missing = subject ? [] : [{ field: 'assigneeSubject', message: t('common.requiredField') }];
    setClientErrors(missing);
    if (missing.length || !caseView.id) return;
    assign.mutate({ id: caseView.id, etag, body: { assigneeSubject: subject } }, { onSuccess: onDone });
  };

  return (
    <DialogForm
      title={t('cases.assign.title')}
      intro={t('cases.assign.intro', { caseNumber: caseView.caseNumber })}
      submitLabel={t('cases.assign.submit')}
      pending={assign.isPending}
      error={assign.error}
      summary={summary}
      onSubmit={submit}
      onClose={onClose}
      onReload={() => {
        assign.reset();
        onReload();
      }}
    >
      {staff.isPending && <Loading label={t('cases.assign.loadingStaff')} />}
      {staff.isError && <ProblemAlert error={staff.error} onRetry={() => void staff.refetch()} />}
      {staff.isSuccess && (
        <SelectField
          id={fieldId('assign', 'assigneeSubject')}
          label={label}
          required
          errors={byField.assigneeSubject}
          value={subject}
          onChange={(event) => setSubject(event.target.value)}
        >
          <option value="">{t('cases.assign.choose')}</option>
          {staff.data.map((member) => (
            <option key={member.subject} value={member.subject}>
              {member.name}
              {member.subject === current ? ` (${t('cases.assign.current')})` : ''}
              {member.roles?.includes('supervisor') ? ` · ${t('cases.assign.supervisor')}` : ''}
            </option>
          ))}
        </SelectField>
      )}
    </DialogForm>
  );
}

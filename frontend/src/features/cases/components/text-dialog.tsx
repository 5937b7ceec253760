import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrors, fieldId } from '@/components/ui/form-errors';
import { TextAreaField } from '@/components/ui/form-fields';
import type { FieldError } from '@/lib/api/problem';
import type { CaseChangeMutation } from '../api/case-change';
import type { CaseView, Versioned } from '../types';
import { DialogForm } from './dialog-form';

interface TextDialogProps<Body> {
  caseId: string;
  etag: string;
  title: string;
  intro: string;
  /** `note` (optional) or `reason` (required), as the step's body names it. */
  field: 'note' | 'reason';
  mutation: CaseChangeMutation<Body>;
  toBody: (text: string) => Body;
  onClose: () => void;
  onDone: (changed: Versioned<CaseView>) => void;
  onReload: () => void;
}

/** A lifecycle step that takes a note or a reason: verify, start support, follow-up, close, reopen. */
export function TextDialog<Body>({
  caseId,
  etag,
  title,
  intro,
  field,
  mutation,
  toBody,
  onClose,
  onDone,
  onReload,
}: TextDialogProps<Body>) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [clientErrors, setClientErrors] = useState<FieldError[]>([]);
  const label = field === 'reason' ? t('cases.actions.reason') : t('cases.actions.note');
  const { byField, summary } = formErrors(field, clientErrors, mutation.error, [field], () => label);
  const submit = () => {
    const missing = field === 'reason' && !text.trim() ? [{ field, message: t('common.requiredField') }] : [];
    setClientErrors(missing);
    if (missing.length) return;
    mutation.mutate({ id: caseId, etag, body: toBody(text.trim()) }, { onSuccess: onDone });
  };
  return (
    <DialogForm
      title={title}
      intro={intro}
      submitLabel={title}
      pending={mutation.isPending}
      error={mutation.error}
      summary={summary}
      onSubmit={submit}
      onClose={onClose}
      onReload={() => {
        mutation.reset();
        onReload();
      }}
    >
      <TextAreaField
        id={fieldId(field, field)}
        label={label}
        required={field === 'reason'}
        errors={byField[field]}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
    </DialogForm>
  );
}

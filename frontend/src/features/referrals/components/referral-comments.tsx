import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorSummary } from '@/components/ui/error-summary';
import { fieldId, formErrors } from '@/components/ui/form-errors';
import { TextAreaField } from '@/components/ui/form-fields';
import { Loading } from '@/components/ui/loading';
import { Notice } from '@/components/ui/notice';
import { ProblemAlert } from '@/components/ui/problem-alert';
import type { FieldError } from '@/lib/api/problem';
import { useAddReferralComment } from '../api/add-referral-comment';
import { useReferralComments } from '../api/get-referral-comments';
import type { Referral } from '../types';
import { actorOrganization } from './referral-history';
import { useReferralLabels } from './use-referral-labels';

const MAX_TEXT = 4000;

/** The comments of both sides, oldest first, and a form to add one; either side may comment in any status. */
export function ReferralComments({ referral }: { referral: Referral }) {
  const { t } = useTranslation();
  const labels = useReferralLabels();
  const id = referral.id ?? '';
  const query = useReferralComments(id);
  const add = useAddReferralComment();
  const [text, setText] = useState('');
  const [sequence, setSequence] = useState(0);
  const [clientErrors, setClientErrors] = useState<FieldError[]>([]);
  const [added, setAdded] = useState(false);
  const { byField, summary } = formErrors('referral-comment', clientErrors, add.error, ['text'], () => t('referrals.comments.text'));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAdded(false);
    const missing = text.trim() ? [] : [{ field: 'text', message: t('common.requiredField') }];
    setClientErrors(missing);
    if (missing.length) return;
    add.mutate(
      { id, body: { text: text.trim() }, sequence },
      {
        onSuccess: () => {
          setText('');
          setSequence((n) => n + 1);
          setAdded(true);
        },
      },
    );
  };

  return (
    <section className="referral-section" aria-labelledby="referral-comments-title">
      <h2 id="referral-comments-title">{t('referrals.comments.title')}</h2>
      {query.isPending ? (
        <Loading label={t('common.loadingList')} />
      ) : query.isError ? (
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.length === 0 ? (
        <EmptyState>{t('referrals.comments.empty')}</EmptyState>
      ) : (
        <ul className="notes" aria-busy={query.isFetching}>
          {query.data.map((comment, index) => (
            <li key={comment.id ?? index} className="note">
              <p className="note__meta">
                {t('referrals.comments.byline', {
                  name: comment.actorName ?? '',
                  organization: labels.organization(actorOrganization(referral, comment.actorOrganizationId)),
                  time: labels.dateTime(comment.at),
                })}
              </p>
              <p className="prewrap note__text">{comment.note}</p>
            </li>
          ))}
        </ul>
      )}
      <form className="form" onSubmit={submit} noValidate aria-label={t('referrals.comments.add')} aria-busy={add.isPending}>
        {added && <Notice>{t('referrals.comments.added')}</Notice>}
        {add.isError && !add.isPending && <ProblemAlert error={add.error} />}
        <ErrorSummary items={summary} />
        <TextAreaField
          id={fieldId('referral-comment', 'text')}
          label={t('referrals.comments.text')}
          hint={t('referrals.comments.hint')}
          required
          maxLength={MAX_TEXT}
          errors={byField.text}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={add.isPending}>
            {add.isPending ? t('referrals.comments.adding') : t('referrals.comments.add')}
          </button>
        </div>
      </form>
    </section>
  );
}

import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorSummary } from '@/components/ui/error-summary';
import { fieldId, formErrors } from '@/components/ui/form-errors';
import { CheckboxField, TextAreaField } from '@/components/ui/form-fields';
import { Loading } from '@/components/ui/loading';
import { Notice } from '@/components/ui/notice';
import { Pagination } from '@/components/ui/pagination';
import { ProblemAlert } from '@/components/ui/problem-alert';
import type { FieldError } from '@/lib/api/problem';
import { DEFAULT_PAGE_SIZE } from '@/lib/routing/use-list-params';
import { useAddNote } from '../api/add-note';
import { useNotes } from '../api/get-notes';
import { useCaseLabels } from './use-case-labels';

/** Notes on the case, newest first, and a form to add one, marked confidential when it must be. */
export function CaseNotes({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const [page, setPage] = useState(0);
  const [size, setSize] = useState(DEFAULT_PAGE_SIZE);
  const query = useNotes(caseId, { page, size });
  const add = useAddNote();
  const [text, setText] = useState('');
  const [confidential, setConfidential] = useState(false);
  const [clientErrors, setClientErrors] = useState<FieldError[]>([]);
  const [added, setAdded] = useState(false);
  const { byField, summary } = formErrors('note', clientErrors, add.error, ['text', 'confidential'], (field) =>
    field === 'text' ? t('cases.notes.text') : t('cases.notes.confidential'),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAdded(false);
    const missing = text.trim() ? [] : [{ field: 'text', message: t('common.requiredField') }];
    setClientErrors(missing);
    if (missing.length) return;
    add.mutate(
      { caseId, body: { text: text.trim(), confidential } },
      {
        onSuccess: () => {
          setText('');
          setConfidential(false);
          setAdded(true);
          setPage(0);
        },
      },
    );
  };

  return (
    <>
      <form className="form" onSubmit={submit} noValidate aria-labelledby="note-form-title" aria-busy={add.isPending}>
        <h2 id="note-form-title">{t('cases.notes.add')}</h2>
        {added && <Notice>{t('cases.notes.added')}</Notice>}
        {add.isError && <ProblemAlert error={add.error} />}
        <ErrorSummary items={summary} />
        <TextAreaField
          id={fieldId('note', 'text')}
          label={t('cases.notes.text')}
          required
          errors={byField.text}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <CheckboxField
          id={fieldId('note', 'confidential')}
          label={t('cases.notes.confidential')}
          hint={t('cases.notes.confidentialHint')}
          errors={byField.confidential}
          checked={confidential}
          onChange={(event) => setConfidential(event.target.checked)}
        />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={add.isPending}>
            {add.isPending ? t('cases.notes.adding') : t('cases.notes.add')}
          </button>
        </div>
      </form>

      <h2>{t('cases.page.notes')}</h2>
      {query.isPending ? (
        <Loading label={t('common.loadingList')} />
      ) : query.isError ? (
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <EmptyState>{t('cases.notes.empty')}</EmptyState>
      ) : (
        <div aria-busy={query.isFetching}>
          <ul className="notes">
            {query.data.items.map((note, index) => (
              <li key={note.id ?? index} className={note.confidential ? 'note note--confidential' : 'note'}>
                <p className="note__meta">
                  {note.confidential && <span className="badge badge--confidential">{t('cases.notes.confidentialBadge')}</span>}{' '}
                  {t('cases.notes.byline', { name: note.authorName ?? '', time: labels.dateTime(note.createdAt) })}
                </p>
                <p className="prewrap note__text">{note.text}</p>
              </li>
            ))}
          </ul>
          <Pagination
            page={query.data.page}
            size={size}
            total={query.data.total}
            onPage={setPage}
            onSize={(next) => {
              setSize(next);
              setPage(0);
            }}
          />
        </div>
      )}
    </>
  );
}

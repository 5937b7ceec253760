import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorSummary } from '@/components/ui/error-summary';
import { fieldId, formErrors } from '@/components/ui/form-errors';
import { SelectField, TextField } from '@/components/ui/form-fields';
import { Loading } from '@/components/ui/loading';
import { Notice } from '@/components/ui/notice';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Td } from '@/components/ui/table-cell';
import { isApiProblem, type FieldError } from '@/lib/api/problem';
import type { CaseDocument, DocumentKind } from '../api/care-types';
import { useDownloadDocument } from '../api/download-document';
import { useDocuments } from '../api/get-documents';
import { DOCUMENT_LIMITS, mediaTypeOf, saveBlob } from '@/lib/files';
import { useUploadDocument } from '../api/upload-document';
import { DOCUMENT_KINDS, useCareLabels } from './care-labels';

const FIELDS = ['kind', 'file'] as const;
const ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

/** The server names the file's problems by its `content` or `fileName`; both are the file field here. */
function onFileField(errors: FieldError[]): FieldError[] {
  return errors.map((e) => (/(^|\.)(content|fileName)$/.test(e.field) ? { ...e, field: 'file' } : e));
}

/**
 * The case's documents: upload one (checked against the server's size and type limits first),
 * list them newest first, and download one with the bearer token, saved from memory.
 */
export function CaseDocuments({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const labels = useCareLabels();
  const query = useDocuments(caseId);
  const upload = useUploadDocument();
  const download = useDownloadDocument();
  const [kind, setKind] = useState<DocumentKind | ''>('');
  const [file, setFile] = useState<File | null>(null);
  // A file input cannot be emptied through its value: a new key gives a new, empty one.
  const [fileInputKey, setFileInputKey] = useState(0);
  const [clientErrors, setClientErrors] = useState<FieldError[]>([]);
  // What is wrong with the file chosen, said on the field at once; the summary waits for the upload.
  const [fileCheck, setFileCheck] = useState<string[]>([]);
  const [uploaded, setUploaded] = useState<string | null>(null);
  const maxSize = labels.fileSize(DOCUMENT_LIMITS.maxBytes);
  const labelOf = (field: string) => (field === 'kind' ? t('care.documents.kind') : t('care.documents.file'));
  const serverErrors = isApiProblem(upload.error) ? onFileField(upload.error.errors) : [];
  const { byField, summary } = formErrors('document', [...clientErrors, ...serverErrors], null, [...FIELDS], labelOf);
  const id = (field: string) => fieldId('document', field);

  const fileErrors = (chosen: File | null): string[] => {
    if (!chosen) return [t('care.documents.chooseFile')];
    const errors: string[] = [];
    if (!DOCUMENT_LIMITS.mediaTypes.includes(mediaTypeOf(chosen))) errors.push(t('care.documents.unsupportedType'));
    if (chosen.size === 0) errors.push(t('care.documents.emptyFile'));
    if (chosen.size > DOCUMENT_LIMITS.maxBytes) {
      errors.push(t('care.documents.tooLarge', { max: maxSize }));
    }
    if (chosen.name.length > DOCUMENT_LIMITS.maxNameLength) {
      errors.push(t('care.documents.nameTooLong', { max: DOCUMENT_LIMITS.maxNameLength }));
    }
    return errors;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setUploaded(null);
    upload.reset();
    const errors: FieldError[] = [
      ...(kind ? [] : [{ field: 'kind', message: t('common.requiredField') }]),
      ...fileErrors(file).map((message) => ({ field: 'file', message })),
    ];
    setClientErrors(errors);
    if (errors.length || !kind || !file) return;
    upload.mutate(
      { caseId, kind, file },
      {
        onSuccess: (created) => {
          setUploaded(created.fileName ?? file.name);
          setKind('');
          setFile(null);
          setFileCheck([]);
          setFileInputKey((key) => key + 1);
        },
      },
    );
  };

  const save = (item: CaseDocument) => {
    if (!item.id) return;
    download.mutate(
      { caseId, documentId: item.id },
      { onSuccess: (blob) => saveBlob(blob, item.fileName || 'document') },
    );
  };

  // The server's own field errors are in the summary; its other problems (413, 415, 404…) in the alert.
  const uploadProblem = upload.isError && !(isApiProblem(upload.error) && upload.error.errors.length > 0);

  return (
    <>
      <form
        className="form"
        onSubmit={submit}
        noValidate
        aria-labelledby="document-form-title"
        aria-busy={upload.isPending}
      >
        <h2 id="document-form-title">{t('care.documents.upload')}</h2>
        <p className="muted">{t('care.documents.securityNote')}</p>
        {uploaded && <Notice>{t('care.documents.uploaded', { name: uploaded })}</Notice>}
        {uploadProblem && <ProblemAlert error={labels.problem(upload.error)} />}
        <ErrorSummary items={summary} />
        <SelectField
          id={id('kind')}
          label={labelOf('kind')}
          required
          errors={byField.kind}
          value={kind}
          disabled={upload.isPending}
          onChange={(event) => setKind(event.target.value as DocumentKind | '')}
        >
          <option value="">{t('cases.intake.choose')}</option>
          {DOCUMENT_KINDS.map((value) => (
            <option key={value} value={value}>
              {labels.kind(value)}
            </option>
          ))}
        </SelectField>
        <TextField
          key={fileInputKey}
          id={id('file')}
          label={labelOf('file')}
          hint={t('care.documents.fileHint', { size: maxSize })}
          required
          errors={byField.file ?? fileCheck}
          type="file"
          accept={ACCEPT}
          disabled={upload.isPending}
          onChange={(event) => {
            const chosen = event.target.files?.[0] ?? null;
            setFile(chosen);
            setFileCheck(chosen ? fileErrors(chosen) : []);
            setClientErrors((errors) => errors.filter((e) => e.field !== 'file'));
          }}
        />
        {upload.isPending && file && <Loading label={t('care.documents.uploading', { name: file.name })} />}
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={upload.isPending}>
            {upload.isPending ? t('care.documents.uploadingShort') : t('care.documents.upload')}
          </button>
        </div>
      </form>

      <h2>{t('care.documents.title')}</h2>
      {download.isError && <ProblemAlert error={labels.problem(download.error)} />}
      {query.isPending ? (
        <Loading label={t('common.loadingList')} />
      ) : query.isError ? (
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.length === 0 ? (
        <EmptyState>{t('care.documents.empty')}</EmptyState>
      ) : (
        <table className="table" role="table" aria-label={t('care.documents.title')} aria-busy={query.isFetching}>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">{t('care.documents.name')}</th>
              <th scope="col" role="columnheader">{t('care.documents.kind')}</th>
              <th scope="col" role="columnheader">{t('care.documents.type')}</th>
              <th scope="col" role="columnheader">{t('care.documents.size')}</th>
              <th scope="col" role="columnheader">{t('care.documents.uploadedAt')}</th>
              <th scope="col" role="columnheader">
                <span className="visually-hidden">{t('care.documents.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            {query.data.map((item, index) => {
              const name = item.fileName || t('common.none');
              const busy = download.isPending && download.variables?.documentId === item.id;
              return (
                <tr role="row" key={item.id ?? index}>
                  <Td label={t('care.documents.name')}>{name}</Td>
                  <Td label={t('care.documents.kind')}>{labels.kind(item.kind)}</Td>
                  <Td label={t('care.documents.type')}>{labels.mediaFormat(item.mediaType)}</Td>
                  <Td label={t('care.documents.size')}>{labels.fileSize(item.sizeBytes)}</Td>
                  <Td label={t('care.documents.uploadedAt')}>
                    {labels.dateTime(item.createdAt)}
                    {item.uploadedByName && (
                      <span className="secondary">
                        {t('care.documents.uploadedBy')}: {item.uploadedByName}
                      </span>
                    )}
                  </Td>
                  <Td label={t('care.documents.actions')}>
                    {item.id && (
                      <button
                        type="button"
                        className="button button--small"
                        aria-label={t('care.documents.downloadLabel', { name })}
                        disabled={busy}
                        aria-busy={busy}
                        onClick={() => save(item)}
                      >
                        {busy ? t('care.documents.downloading') : t('care.documents.download')}
                      </button>
                    )}
                  </Td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}

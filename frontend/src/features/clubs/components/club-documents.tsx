import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/ui/loading';
import { Notice } from '@/components/ui/notice';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useFormat } from '@/i18n/use-format';
import { DOCUMENT_LIMITS, mediaTypeOf, saveBlob } from '@/lib/files';
import {
  useClubDocuments,
  useDownloadClubDocument,
  useRemoveClubDocument,
  useUploadClubDocument,
} from '../api/documents';
import type { ClubDocument, ClubDocumentKind } from '../types';

const ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

interface Props {
  clubId: string;
  kind: ClubDocumentKind;
  /** The meeting, for its materials. */
  meetingId?: string;
  /** The caller may add files here (from the club's or the meeting's actions). */
  canAdd: boolean;
  title: string;
}

/**
 * A club's files of one kind: the founding decision on the club's page, a meeting's materials on
 * its page. The file is checked against the server's limits before it is sent; downloads go
 * through the API with the bearer token and are saved from memory.
 */
export function ClubDocuments({ clubId, kind, meetingId, canAdd, title }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const query = useClubDocuments(clubId, meetingId);
  const upload = useUploadClubDocument(clubId);
  const download = useDownloadClubDocument(clubId);
  const remove = useRemoveClubDocument(clubId, meetingId);
  const [fileError, setFileError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const headingId = `club-documents-${kind}`;
  const items = (query.data?.items ?? []).filter((d) => d.kind === kind);
  const size = (bytes?: number) =>
    bytes === undefined ? '' : `${new Intl.NumberFormat(format.locale, { maximumFractionDigits: 1 }).format(bytes / 1024)} KB`;

  const send = (file: File | undefined) => {
    setDone(null);
    upload.reset();
    if (!file) return;
    if (!DOCUMENT_LIMITS.mediaTypes.includes(mediaTypeOf(file))) return setFileError(t('clubs.documents.unsupportedType'));
    if (file.size === 0) return setFileError(t('clubs.documents.emptyFile'));
    if (file.size > DOCUMENT_LIMITS.maxBytes) return setFileError(t('clubs.documents.tooLarge'));
    setFileError(null);
    upload.mutate(
      { kind, meetingId, file },
      {
        onSuccess: (created) => {
          setDone(t('clubs.documents.uploaded', { name: created.fileName ?? file.name }));
          setInputKey((k) => k + 1);
        },
      },
    );
  };

  const save = (item: ClubDocument) =>
    download.mutate(item.id!, { onSuccess: (blob) => saveBlob(blob, item.fileName || 'document') });

  return (
    <section className="club-section" aria-labelledby={headingId} aria-busy={upload.isPending}>
      <h2 id={headingId}>{title}</h2>
      {done && <Notice>{done}</Notice>}
      {upload.isError && <ProblemAlert error={upload.error} />}
      {download.isError && <ProblemAlert error={download.error} />}
      {remove.isError && <ProblemAlert error={remove.error} />}
      {query.isPending ? (
        <Loading label={t('clubs.documents.loading')} />
      ) : query.isError ? (
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : items.length === 0 ? (
        <p className="muted">{t('clubs.documents.empty')}</p>
      ) : (
        <ul className="plain-list">
          {items.map((item) => (
            <li key={item.id}>
              <strong>{item.fileName}</strong>{' '}
              <span className="muted">
                {size(item.sizeBytes)} · {format.dateTime(item.createdAt)} · {item.uploadedByName}
              </span>{' '}
              <button type="button" className="button button--small" onClick={() => save(item)} disabled={download.isPending}>
                {t('clubs.documents.download')}
              </button>{' '}
              {item.actions?.includes('REMOVE') && (
                <button
                  type="button"
                  className="button button--small"
                  disabled={remove.isPending}
                  onClick={() => {
                    if (window.confirm(t('clubs.documents.removeConfirm', { name: item.fileName }))) remove.mutate(item.id!);
                  }}
                >
                  {t('clubs.documents.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canAdd && (
        <div className={fileError ? 'field field--invalid' : 'field'}>
          <label className="field__label" htmlFor={`${headingId}-file`}>{t('clubs.documents.add')}</label>
          <input
            key={inputKey}
            id={`${headingId}-file`}
            type="file"
            accept={ACCEPT}
            disabled={upload.isPending}
            aria-describedby={`${headingId}-hint`}
            aria-invalid={fileError ? true : undefined}
            onChange={(event) => send(event.target.files?.[0])}
          />
          <p id={`${headingId}-hint`} className="field__hint">
            {t('clubs.documents.hint')}
          </p>
          {fileError && (
            <p className="field__error" role="alert">
              {fileError}
            </p>
          )}
          {upload.isPending && <Loading label={t('clubs.documents.uploading')} />}
        </div>
      )}
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ui/problem-alert';

export type FileFormat = 'csv' | 'xlsx';

/** The CSV and XLSX buttons of a report or a plan's progress, and why the last download failed. */
export function DownloadButtons({ pending, error, onDownload }: { pending: boolean; error: unknown; onDownload: (format: FileFormat) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <div className="page-header__actions">
        {(['csv', 'xlsx'] as const).map((format) => (
          <button key={format} type="button" className="button" disabled={pending} onClick={() => onDownload(format)}>
            {t(format === 'csv' ? 'reports.downloadCsv' : 'reports.downloadXlsx')}
          </button>
        ))}
      </div>
      {error != null && <ProblemAlert error={error} />}
    </>
  );
}

import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '@/lib/api/api-client-context';
import type { ApiClient } from '@/lib/api/client';
import { saveBlob } from '@/lib/files';
import { ProblemAlert } from './problem-alert';

interface PrintButtonProps {
  /** What the button prints, e.g. "In biên bản bàn giao". */
  label: string;
  /** The file name the PDF is saved under. */
  fileName: string;
  /** Fetches the PDF through the API client (the token goes in a header, never in an address). */
  load: (client: ApiClient) => Promise<Blob>;
  className?: string;
}

/**
 * Prints a record the server lays out as a PDF: one click fetches it (the server audits the
 * print), saves it for the printer, and says so while it works or when it fails.
 */
export function PrintButton({ label, fileName, load, className }: PrintButtonProps) {
  const { t } = useTranslation();
  const client = useApiClient();
  const print = useMutation({ mutationFn: () => load(client) });
  return (
    <div className="print-button">
      <button
        type="button"
        className={className ?? 'button button--small'}
        disabled={print.isPending}
        aria-busy={print.isPending}
        onClick={() => print.mutate(undefined, { onSuccess: (blob) => saveBlob(blob, fileName) })}
      >
        {print.isPending ? t('common.printing') : label}
      </button>
      {print.isError && <ProblemAlert error={print.error} onRetry={() => print.mutate(undefined, { onSuccess: (blob) => saveBlob(blob, fileName) })} />}
    </div>
  );
}

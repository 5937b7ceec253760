import { useTranslation } from 'react-i18next';

interface PaginationProps {
  /** From 0, as the API counts. */
  page: number;
  size: number;
  total: number;
  /** False when total is only a lower bound: the last page is not known, so Next stays open. */
  totalExact?: boolean;
  sizes?: number[];
  onPage: (page: number) => void;
  onSize: (size: number) => void;
}

export function Pagination({
  page,
  size,
  total,
  totalExact = true,
  sizes = [10, 20, 50, 100],
  onPage,
  onSize,
}: PaginationProps) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / size));
  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      <button type="button" className="button button--small" disabled={page <= 0} onClick={() => onPage(page - 1)}>
        {t('pagination.previous')}
      </button>
      <span className="pagination__position" aria-live="polite">
        {totalExact
          ? t('pagination.pageOf', { page: Math.min(page + 1, pages), pages })
          : t('pagination.pageOnly', { page: page + 1 })}
      </span>
      <button
        type="button"
        className="button button--small"
        disabled={totalExact && page + 1 >= pages}
        onClick={() => onPage(page + 1)}
      >
        {t('pagination.next')}
      </button>
      <label className="pagination__size">
        {t('pagination.pageSize')}
        <select value={size} onChange={(event) => onSize(Number(event.target.value))}>
          {sizes.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
    </nav>
  );
}

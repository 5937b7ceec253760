import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UseQueryResult } from '@tanstack/react-query';
import { EmptyState } from '@/components/ui/empty-state';
import { Loading } from '@/components/ui/loading';
import { Pagination } from '@/components/ui/pagination';
import { ProblemAlert } from '@/components/ui/problem-alert';
import type { Page } from '@/lib/api/page';
import type { useListParams } from '@/lib/routing/use-list-params';

interface QueryResultsProps<T> {
  query: UseQueryResult<Page<T>>;
  /** The list's paging in the address. */
  list: Pick<ReturnType<typeof useListParams>, 'size' | 'update'>;
  /** Shown when the page has no items. */
  empty: ReactNode;
  /** The items of the page, usually as a table. */
  children: (items: T[]) => ReactNode;
}

/** A paged list's results: loading, error with retry, empty, or the items with their total and pagination. */
export function QueryResults<T>({ query, list, empty, children }: QueryResultsProps<T>) {
  const { t } = useTranslation();
  if (query.isPending) return <Loading label={t('common.loadingList')} />;
  if (query.isError) return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data.items.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <div aria-busy={query.isFetching}>
      <p className="list-total" aria-live="polite">
        {t(query.data.totalExact ? 'common.total' : 'common.totalAtLeast', { count: query.data.total })}
      </p>
      {children(query.data.items)}
      <Pagination
        page={query.data.page}
        size={list.size}
        total={query.data.total}
        totalExact={query.data.totalExact}
        onPage={(page) => list.update({ page: page || undefined })}
        onSize={(size) => list.update({ size })}
      />
    </div>
  );
}

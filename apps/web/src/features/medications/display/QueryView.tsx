import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { detailOf } from '../../records/problem-detail.ts';
import { LoadFailedAlert } from '../../shell/LoadFailedAlert.tsx';
import { LoadingStatus } from '../../shell/LoadingStatus.tsx';
import { medicationStrings as s } from '../medications.strings.ts';

type QueryViewProps<T> = {
  query: UseQueryResult<T>;
  loadingLabel: string;
  failedTitle: string;
  children: (data: T) => ReactNode;
};

/** A query's data once it is there; until then a loading status, or what went wrong with a retry. */
export function QueryView<T>({ query, loadingLabel, failedTitle, children }: QueryViewProps<T>) {
  if (query.isSuccess) return children(query.data);
  if (query.isError)
    return (
      <LoadFailedAlert
        title={failedTitle}
        detail={detailOf(query.error)}
        retryLabel={s.retry}
        onRetry={() => void query.refetch()}
      />
    );
  return <LoadingStatus label={loadingLabel} />;
}

/** Cursor paging (the server's lists answer a `nextCursor`), with a way back to earlier pages. */
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * Loads page after page with `load(cursor)`; starts again from the first page when `key`
 * changes (new filters) and re-reads the current page when `version` changes (live news).
 */
export function usePaged<T>(
  load: (cursor: string | null) => Promise<Page<T>>,
  key: string,
  version = 0,
) {
  // The cursors of the pages so far (null: the first); "previous" pops one. Kept with the key
  // they belong to, so new filters start at page one without a wasted read.
  const [paging, setPaging] = useState<{ key: string; cursors: (string | null)[] }>({
    key,
    cursors: [null],
  });
  const cursors = paging.key === key ? paging.cursors : [null];
  const cursor = cursors[cursors.length - 1] ?? null;
  const [page, setPage] = useState<Page<T> | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let current = true;
    setError(null);
    load(cursor).then(
      (p) => current && setPage(p),
      (e: unknown) => current && setError(e),
    );
    return () => {
      current = false;
    };
  }, [cursor, key, version]);

  const nextCursor = page?.nextCursor ?? null;
  const next = useCallback(() => {
    if (nextCursor) setPaging({ key, cursors: [...cursors, nextCursor] });
  }, [key, cursors, nextCursor]);
  const previous = useCallback(() => {
    if (cursors.length > 1) setPaging({ key, cursors: cursors.slice(0, -1) });
  }, [key, cursors]);
  return { page, error, pageNumber: cursors.length, next, previous };
}

export function Pager({
  pageNumber,
  hasNext,
  onNext,
  onPrevious,
}: {
  pageNumber: number;
  hasNext: boolean;
  onNext: () => void;
  onPrevious: () => void;
}) {
  if (pageNumber === 1 && !hasNext) return null;
  return (
    <nav class="pager" aria-label={t('console.common.pages')}>
      <button type="button" class="button" disabled={pageNumber === 1} onClick={onPrevious}>
        {t('console.common.previous')}
      </button>
      <span>{t('console.common.page', { page: pageNumber })}</span>
      <button type="button" class="button" disabled={!hasNext} onClick={onNext}>
        {t('console.common.next')}
      </button>
    </nav>
  );
}

/**
 * A list as a table: "loading" until it arrives (nothing while there is an error, which the page
 * shows), `empty` when there is nothing, else the header from `columns` and a row per item.
 */
export function ListTable<T>({
  items,
  error,
  empty,
  columns,
  row,
}: {
  items: T[] | null | undefined;
  error: unknown;
  empty: string;
  columns: string[];
  row: (item: T) => ComponentChildren;
}) {
  if (!items) return error ? null : <p>{t('console.common.loading')}</p>;
  if (items.length === 0) return <p>{empty}</p>;
  return (
    <div class="table-wrap">
      <table class="table">
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{items.map(row)}</tbody>
      </table>
    </div>
  );
}

/** A paged list as a table, then the pager. */
export function PagedTable<T>({
  paged,
  empty,
  columns,
  row,
}: {
  paged: ReturnType<typeof usePaged<T>>;
  empty: string;
  columns: string[];
  row: (item: T) => ComponentChildren;
}) {
  return (
    <>
      <ListTable
        items={paged.page?.items}
        error={paged.error}
        empty={empty}
        columns={columns}
        row={row}
      />
      <Pager
        pageNumber={paged.pageNumber}
        hasNext={Boolean(paged.page?.nextCursor)}
        onNext={paged.next}
        onPrevious={paged.previous}
      />
    </>
  );
}

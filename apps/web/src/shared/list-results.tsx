import { Link, type LinkProps } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { CursorPage } from './list-search';

const pageLink =
  'inline-flex min-h-11 items-center rounded-8 border border-blue-900 bg-white px-4 font-bold text-blue-900 outline-none hover:bg-blue-50 focus-visible:ring-4 focus-visible:ring-focus-yellow';

export interface ResultsText {
  results: string;
  count: (total: number, from: number, to: number) => string;
  pagination: string;
  /** The link back to the first page; a list without it only goes back one page. */
  first?: string;
  previous: string;
  next: string;
}

/**
 * The frame of a list's results: the heading (with `actions` beside it), the count of matches announced as a status,
 * the feature's table or empty state, and the page links (kept in the URL at `to`).
 */
export function ListResults<S extends { after?: string[] }>({
  id,
  text,
  to,
  search,
  page,
  connection: { totalCount, edges, pageInfo },
  actions,
  children,
}: {
  /** The heading's id (the section is labelled by it). */
  id: string;
  text: ResultsText;
  to: LinkProps['to'];
  search: S;
  page: CursorPage<S>;
  /** The page of the list the API gave. */
  connection: {
    totalCount: number;
    edges: readonly unknown[];
    pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  };
  actions?: ReactNode;
  children: ReactNode;
}) {
  const heading = (
    <h2 id={id} className="text-xl font-bold">
      {text.results}
    </h2>
  );
  return (
    <section aria-labelledby={id} className="rounded-16 bg-white p-6 shadow-sm">
      {actions ? (
        <div className="flex flex-wrap items-baseline justify-between gap-4">
          {heading}
          {actions}
        </div>
      ) : (
        heading
      )}
      <p role="status" className="mb-4 mt-1">
        {text.count(totalCount, page.firstIndex, page.firstIndex + edges.length - 1)}
      </p>
      {children}
      {page.number > 1 || pageInfo.hasNextPage ? (
        <nav aria-label={text.pagination} className="mt-4 flex flex-wrap gap-2">
          {page.number > 1 ? (
            <>
              {text.first ? (
                <PageLink to={to} search={{ ...search, after: undefined }}>
                  {text.first}
                </PageLink>
              ) : null}
              <PageLink to={to} search={page.previous()}>
                {text.previous}
              </PageLink>
            </>
          ) : null}
          {pageInfo.hasNextPage && pageInfo.endCursor ? (
            <PageLink to={to} search={page.next(pageInfo.endCursor)}>
              {text.next}
            </PageLink>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}

function PageLink({ to, search, children }: { to: LinkProps['to']; search: object; children: ReactNode }) {
  return (
    // The list's own search params (each list page validates them with its schema).
    <Link to={to} search={search as never} className={pageLink}>
      {children}
    </Link>
  );
}

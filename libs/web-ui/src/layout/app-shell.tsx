import type { ReactNode } from 'react';

/**
 * The frame of every signed-in page: a skip link, the header (product, who is signed in, the bell, sign-out), the
 * navigation and the main region. Landmarks let screen-reader users jump; the skip link lets keyboard users.
 */
export function AppShell({
  productName,
  skipLinkLabel,
  navigationLabel,
  headerEnd,
  navigation,
  children,
}: {
  productName: ReactNode;
  skipLinkLabel: string;
  navigationLabel: string;
  headerEnd: ReactNode;
  navigation: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="flex min-h-screen flex-col bg-solid-gray-50 text-solid-gray-900">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded-8 focus:bg-white focus:p-2 focus:ring-4 focus:ring-focus-yellow"
      >
        {skipLinkLabel}
      </a>
      <header className="border-b border-solid-gray-300 bg-white">
        <div className="mx-auto flex max-w-screen-xl flex-wrap items-center justify-between gap-2 px-4 py-2">
          <div className="text-lg font-bold">{productName}</div>
          <div className="flex flex-wrap items-center gap-3">{headerEnd}</div>
        </div>
        <nav aria-label={navigationLabel} className="mx-auto max-w-screen-xl px-4">
          {navigation}
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-screen-xl flex-1 px-4 py-6 outline-none">
        {children}
      </main>
    </div>
  );
}

/** The page's one h1 and what it is for. */
export function PageHeader({
  title,
  lead,
  actions,
}: {
  title: string;
  lead?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <div>
        <h1 className="text-2xl font-bold">{title}</h1>
        {lead ? <p className="mt-1 text-solid-gray-700">{lead}</p> : null}
      </div>
      {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
    </div>
  );
}

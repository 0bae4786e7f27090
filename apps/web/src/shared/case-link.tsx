import { useRouter } from '@tanstack/react-router';
import type { MouseEvent, ReactNode } from 'react';

interface LinkProps {
  className?: string;
  children: ReactNode;
}

/**
 * A link to another feature's page by its path (the path is the contract between features): it navigates inside the
 * app on a plain click and behaves as any link otherwise (new tab, copy address).
 */
export function PathLink({ href, className, children }: LinkProps & { href: string }) {
  // Outside the app's router (a component test), a plain link.
  const router = useRouter({ warn: false }) as ReturnType<typeof useRouter> | undefined;
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!router || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    router.history.push(href);
  };
  return (
    <a href={href} onClick={onClick} className={className}>
      {children}
    </a>
  );
}

/** A link to a case page (`/cases/<id>`). */
export function CaseLink({ caseId, ...props }: LinkProps & { caseId: string }) {
  return <PathLink href={`/cases/${caseId}`} {...props} />;
}

import { useRouter } from '@tanstack/react-router';
import type { MouseEvent, ReactNode } from 'react';

/**
 * A link to a case page (`/cases/<id>`) that navigates inside the app on a plain click and behaves as any link
 * otherwise (new tab, copy address). The case page's route is another feature's; the path is the contract.
 */
export function CaseLink({
  caseId,
  className,
  children,
}: {
  caseId: string;
  className?: string;
  children: ReactNode;
}) {
  // Outside the app's router (a component test), a plain link.
  const router = useRouter({ warn: false }) as ReturnType<typeof useRouter> | undefined;
  const href = `/cases/${caseId}`;
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

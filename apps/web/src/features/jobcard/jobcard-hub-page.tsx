import { PageHeader } from '@kakehashi/web-ui';
import { Link, useRouteContext } from '@tanstack/react-router';
import { usePageTitle } from '../../app/use-page-title';
import { jobcardMessages as text } from './messages';

type Area = keyof typeof text.areas;

/** Where each area lives, and whether it holds people's records (only their workers see those). */
const AREAS: readonly { area: Area; to: string; personal: boolean }[] = [
  { area: 'sheets', to: '/jobcard/sheets', personal: true },
  { area: 'plans', to: '/jobcard/plans', personal: true },
  { area: 'subsidies', to: '/jobcard/subsidies', personal: false },
  { area: 'retry', to: '/jobcard/retry', personal: false },
  { area: 'dispatch', to: '/jobcard/dispatch', personal: false },
];

/** The Job Card's front page: one card per area the user may use (the API says which, from `me`). */
export function JobcardHubPage() {
  usePageTitle(text.title);
  const { me } = useRouteContext({ from: '/signed-in' });
  const shown = AREAS.filter(({ personal }) => (personal ? me.worksJobcard : me.readsJobcardReference));
  return (
    <>
      <PageHeader title={text.title} lead={text.lead} />
      <ul aria-label={text.areasLabel} className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
        {shown.map(({ area, to }) => (
          <li key={area} className="rounded-16 bg-white p-6 shadow-sm">
            <h2 className="text-lg font-bold">
              <Link
                to={to}
                className="text-blue-900 underline underline-offset-4 outline-none focus-visible:ring-4 focus-visible:ring-focus-yellow"
              >
                {text.areas[area].title}
              </Link>
            </h2>
            <p className="mt-2">{text.areas[area].body}</p>
          </li>
        ))}
      </ul>
    </>
  );
}

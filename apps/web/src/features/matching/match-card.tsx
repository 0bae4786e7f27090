import { Badge, Button, Meter } from '@kakehashi/web-ui';
import type { ReactNode } from 'react';
import { MatchRetryMenus } from '../retry/match-retry-menus';
import { factorRows, matchState, meterValue, scoreText } from './match-presentation';
import type { RankedMatch } from './match-view';
import { matchingMessages } from './messages';

const text = matchingMessages.results;
const actions = matchingMessages.actions;

export interface MatchCardActions {
  onTakeUp: (match: RankedMatch) => void;
  onDismiss: (match: RankedMatch) => void;
  onRestore: (match: RankedMatch) => void;
}

/** One ranked counterpart: who, the score, what fits and what does not (the API's words), and what to do next. */
export function MatchCard({ match, ...handlers }: { match: RankedMatch } & MatchCardActions) {
  const headingId = `match-${match.counterpartId}`;
  return (
    <li>
      <article aria-labelledby={headingId} className="rounded-16 bg-white p-6 shadow-sm">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <h3 id={headingId} className="text-lg font-bold [word-break:auto-phrase]">
            <span className="mr-1">{text.rank(match.rank)}</span> <span>{match.company}</span>{' '}
            <span className="ml-1 font-normal">{match.jobTitle}</span>
          </h3>
          <StateBadge match={match} />
        </div>
        <p className="mt-1 text-sm text-solid-gray-700">{text.people(match.remaining)}</p>
        <div className="mt-4 max-w-md">
          <Meter
            label={text.score}
            value={meterValue(match.scorePoints)}
            valueText={scoreText(match.scorePoints)}
          />
        </div>
        <div className="mt-4 grid gap-4 md:grid-cols-2">
          <Points heading={text.reasons} items={match.reasons} />
          <Points heading={text.gaps} items={match.gaps} />
        </div>
        <MatchRetryMenus suggestions={match.retryMenus} />
        {match.notes.length ? <Points heading={text.notes} items={match.notes} /> : null}
        <FactorBreakdown match={match} />
        <div className="mt-4 flex flex-wrap gap-2">
          <Actions match={match} {...handlers} />
        </div>
      </article>
    </li>
  );
}

function StateBadge({ match }: { match: RankedMatch }) {
  const state = matchState(match);
  if (state.kind === 'dismissed') return <Badge tone="neutral">{text.dismissedBadge}</Badge>;
  if (state.kind === 'case' || state.kind === 'takenUp')
    return <Badge tone="success">{text.takenUpBadge}</Badge>;
  return null;
}

function Points({ heading, items }: { heading: string; items: string[] }) {
  return (
    <div className="mt-2">
      <h4 className="font-bold">{heading}</h4>
      {items.length ? (
        <ul className="mt-1 list-disc pl-6 [word-break:auto-phrase]">
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      ) : (
        <p className="mt-1 text-solid-gray-700">{text.none}</p>
      )}
    </div>
  );
}

/** Each factor's points against its maximum, as text with a bar beside it; the points add up to the score. */
function FactorBreakdown({ match }: { match: RankedMatch }) {
  const rows = factorRows(match.factors);
  return (
    <details className="mt-4 rounded-8 border border-solid-gray-300 p-3">
      <summary className="cursor-pointer font-bold text-blue-900 outline-none focus-visible:ring-4 focus-visible:ring-focus-yellow">
        {text.breakdown}
      </summary>
      <table className="mt-2 w-full border-collapse text-left text-sm">
        <caption className="sr-only">{text.breakdownCaption}</caption>
        <thead>
          <tr className="border-b border-solid-gray-300">
            <th scope="col" className="py-1 pr-4">
              {text.factor}
            </th>
            <th scope="col" className="py-1">
              {text.points}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.factor} className="border-b border-solid-gray-200">
              <th scope="row" className="py-1 pr-4 font-normal">
                {row.label}
              </th>
              <td className="py-1">
                <div className="flex flex-wrap items-center gap-2">
                  <span aria-hidden="true" className="inline-block h-2 w-24 rounded-full bg-solid-gray-200">
                    <span
                      className="block h-2 rounded-full bg-blue-900"
                      style={{ width: `${Math.round(row.fill * 100)}%` }}
                    />
                  </span>
                  <span>{row.text}</span>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

function Actions({ match, onTakeUp, onDismiss, onRestore }: { match: RankedMatch } & MatchCardActions) {
  const state = matchState(match);
  const whose = <span className="sr-only">{actions.forCounterpart(match.company)}</span>;
  const label = (words: string): ReactNode => (
    <>
      {words}
      {whose}
    </>
  );
  switch (state.kind) {
    case 'dismissed':
      return (
        <Button variant="secondary" onPress={() => onRestore(match)}>
          {label(actions.restore)}
        </Button>
      );
    case 'case':
      return (
        <a
          href={`/cases/${state.caseId}`}
          className="inline-flex min-h-11 items-center rounded-8 px-4 py-2 font-bold text-blue-900 underline outline-none focus-visible:ring-4 focus-visible:ring-focus-yellow"
        >
          {label(actions.caseLink)}
        </a>
      );
    case 'takenUp':
      return <Button onPress={() => onTakeUp(match)}>{label(actions.openCase)}</Button>;
    case 'open':
      return (
        <>
          <Button onPress={() => onTakeUp(match)}>{label(actions.takeUp)}</Button>
          <Button variant="secondary" onPress={() => onDismiss(match)}>
            {label(actions.dismiss)}
          </Button>
        </>
      );
  }
}

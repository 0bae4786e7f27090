import { useQuery } from '@apollo/client/react';
import { Button } from '@kakehashi/web-ui';
import {
  TalentBankOpeningsForRegistrantDocument,
  type TalentBankOpeningsForRegistrantQuery,
} from '../../gql/graphql';
import { useEnumLabel } from '../../shared/enum-labels';
import { talentBankMessages } from './messages';

const text = talentBankMessages.matches;

export type OpeningMatch =
  TalentBankOpeningsForRegistrantQuery['talentBankOpeningsForRegistrant']['items'][number];

/** Senior openings ranked for an active registrant, each with the API's reasons and gaps. */
export function MatchesSection({
  registrantId,
  active,
  onRecord,
}: {
  registrantId: string;
  active: boolean;
  onRecord: (match: OpeningMatch) => void;
}) {
  const { data, error, loading } = useQuery(TalentBankOpeningsForRegistrantDocument, {
    variables: { registrantId },
    skip: !active,
    fetchPolicy: 'cache-and-network',
  });
  const style = useEnumLabel('SeniorWorkingStyle');
  const result = data?.talentBankOpeningsForRegistrant;
  return (
    <section aria-labelledby="tb-matches-heading" className="rounded-16 bg-white p-6 shadow-sm">
      <h2 id="tb-matches-heading" className="text-xl font-bold">
        {text.heading}
      </h2>
      <p className="mb-4 mt-1">{text.lead}</p>
      <div role="status">
        {!active
          ? text.closed
          : error
            ? text.failed
            : !result && loading
              ? text.loading
              : result
                ? `${text.scored(result.openingsScored)}${result.items.length === 0 ? text.none : ''}`
                : ''}
      </div>
      {result && result.items.length > 0 ? (
        <ol className="mt-4 flex flex-col gap-4">
          {result.items.map((match) => {
            const offer = match.opening.receivingOffer;
            return (
              <li key={match.receivingOfferId} className="rounded-8 border border-solid-gray-300 p-4">
                <h3 className="text-lg font-bold">
                  {text.rank(match.rank)}　{offer.company.legalName}「{offer.jobTitle}」
                </h3>
                <p className="text-sm text-solid-gray-700">
                  {text.score(match.score)}・{offer.workplacePrefecture.nameJa}・
                  {style(match.opening.workingStyle)}・
                  {text.wage(match.opening.wageMin ?? null, match.opening.wageMax ?? null)}
                </p>
                <MatchList heading={text.reasons} items={match.reasons} />
                <MatchList heading={text.gaps} items={match.gaps} />
                <MatchList heading={text.notes} items={match.notes} />
                <Button variant="secondary" className="mt-2" onPress={() => onRecord(match)}>
                  {text.recordHere(offer.company.legalName)}
                </Button>
              </li>
            );
          })}
        </ol>
      ) : null}
    </section>
  );
}

export function MatchList({ heading, items }: { heading: string; items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <div className="mt-2">
      <h4 className="font-bold">{heading}</h4>
      <ul className="list-disc pl-6">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}

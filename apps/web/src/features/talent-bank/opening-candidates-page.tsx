import { useQuery } from '@apollo/client/react';
import { PageHeader } from '@kakehashi/web-ui';
import { Link, useParams } from '@tanstack/react-router';
import { messages } from '../../app/messages';
import { usePageTitle } from '../../app/use-page-title';
import { TalentBankRegistrantsForOpeningDocument } from '../../gql/graphql';
import { useEnumLabel } from '../../shared/enum-labels';
import { Facts } from './career-section';
import { MatchList } from './matches-section';
import { talentBankMessages } from './messages';

const text = talentBankMessages.openings;

const linkClass =
  'font-bold text-blue-900 underline outline-none focus-visible:ring-4 focus-visible:ring-focus-yellow';

/** One senior opening's conditions and the registrants ranked for it, with the API's reasons and gaps. */
export function OpeningCandidatesPage() {
  const { receivingOfferId } = useParams({ from: '/signed-in/talent-bank/openings/$receivingOfferId' });
  const { data, error } = useQuery(TalentBankRegistrantsForOpeningDocument, {
    variables: { receivingOfferId },
    fetchPolicy: 'cache-and-network',
  });
  const opening = data?.seniorOpening;
  const title = opening
    ? `${opening.receivingOffer.company.legalName}「${opening.receivingOffer.jobTitle}」`
    : text.title;
  usePageTitle(title);
  const style = useEnumLabel('SeniorWorkingStyle');
  const demand = useEnumLabel('PhysicalDemand');
  const ageBand = useEnumLabel('TalentBankAgeBand');
  if (error) throw error;
  if (!data || !opening) return <p role="status">{messages.loading}</p>;
  const ranked = data.talentBankRegistrantsForOpening;
  const matches = talentBankMessages.matches;

  return (
    <>
      <PageHeader
        title={title}
        lead={
          <Link to="/talent-bank/openings" className={linkClass}>
            {text.title}
          </Link>
        }
      />
      <div className="flex flex-col gap-6">
        <section aria-labelledby="tb-opening-heading" className="rounded-16 bg-white p-6 shadow-sm">
          <h2 id="tb-opening-heading" className="mb-4 text-xl font-bold">
            {text.conditions}
          </h2>
          <Facts
            rows={[
              [text.columns.place, opening.receivingOffer.workplacePrefecture.nameJa],
              [text.columns.style, style(opening.workingStyle)],
              [text.columns.wage, matches.wage(opening.wageMin ?? null, opening.wageMax ?? null)],
              [
                text.days,
                opening.daysPerWeek ? text.daysValue(opening.daysPerWeek) : talentBankMessages.wishes.none,
              ],
              [
                text.hours,
                opening.hoursPerDay ? text.hoursValue(opening.hoursPerDay) : talentBankMessages.wishes.none,
              ],
              [text.physical, demand(opening.physicalDemand)],
              [text.columns.remaining, text.people(opening.receivingOffer.peopleRemaining)],
              [text.notes, opening.notes ?? talentBankMessages.wishes.none],
            ]}
          />
        </section>
        <section aria-labelledby="tb-candidates-heading" className="rounded-16 bg-white p-6 shadow-sm">
          <h2 id="tb-candidates-heading" className="text-xl font-bold">
            {text.candidates}
          </h2>
          <p className="mb-2 mt-1">{text.candidatesLead}</p>
          <p role="status">
            {text.scored(ranked.registrantsScored)}
            {ranked.items.length === 0 ? text.none : ''}
          </p>
          <ol className="mt-4 flex flex-col gap-4">
            {ranked.items.map((item) => (
              <li key={item.registrantId} className="rounded-8 border border-solid-gray-300 p-4">
                <h3 className="text-lg font-bold">
                  {matches.rank(item.rank)}{' '}
                  <Link
                    to="/talent-bank/$registrantId"
                    params={{ registrantId: item.registrantId }}
                    className={linkClass}
                  >
                    {item.registrant.name}
                  </Link>
                </h3>
                <p className="text-sm text-solid-gray-700">
                  {matches.score(item.score)}・{item.registrant.kana}・
                  {ageBand(item.registrant.ageBandAtRegistration)}
                </p>
                <MatchList heading={matches.reasons} items={item.reasons} />
                <MatchList heading={matches.gaps} items={item.gaps} />
                <MatchList heading={matches.notes} items={item.notes} />
              </li>
            ))}
          </ol>
        </section>
      </div>
    </>
  );
}

import { Button, formatDate } from '@kakehashi/web-ui';
import type { ReactNode } from 'react';
import type { TalentBankRecordFragment } from '../../gql/graphql';
import { useEnumLabel } from '../../shared/enum-labels';
import { bodyCell, ListTable, rowHeadCell } from '../../shared/list-table';
import { talentBankMessages } from './messages';

const career = talentBankMessages.career;
const wishes = talentBankMessages.wishes;

/** A labelled list of facts, as the Job Card sheets lay them out. */
export function Facts({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-bold">{label}</dt>
          <dd className="whitespace-pre-line [word-break:auto-phrase]">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A section's heading, with its edit button beside it when the registration can still change. */
function SectionHeading({
  id,
  title,
  edit,
  onEdit,
}: {
  id: string;
  title: string;
  edit: string;
  onEdit?: () => void;
}) {
  return (
    <div className="mb-4 flex flex-wrap items-baseline justify-between gap-4">
      <h2 id={id} className="text-xl font-bold">
        {title}
      </h2>
      {onEdit ? (
        <Button variant="secondary" onPress={onEdit}>
          {edit}
        </Button>
      ) : null}
    </div>
  );
}

/** The career record in Job Card form: work history, licences and skills (from the dictionary), strengths, evaluation. */
export function CareerSection({ record, onEdit }: { record: TalentBankRecordFragment; onEdit?: () => void }) {
  const c = record.career;
  const kindLabel = useEnumLabel('JobCardEmploymentKind');
  return (
    <section aria-labelledby="tb-career-heading" className="rounded-16 bg-white p-6 shadow-sm">
      <SectionHeading
        id="tb-career-heading"
        title={career.heading}
        edit={talentBankMessages.editCareer.open}
        onEdit={onEdit}
      />
      <h3 className="mb-2 font-bold">{career.history}</h3>
      {c.workHistory.length === 0 ? (
        <p className="mb-4">{career.noHistory}</p>
      ) : (
        <div className="mb-4">
          <ListTable
            label={career.historyLabel}
            minWidth="min-w-[52rem]"
            columns={[
              { key: 'from', label: career.from },
              { key: 'company', label: career.company },
              { key: 'duties', label: career.duties },
              { key: 'position', label: career.position },
              { key: 'employmentKind', label: career.employmentKind },
              { key: 'field', label: career.field },
            ]}
          >
            {c.workHistory.map((entry) => (
              <tr key={`${entry.from}-${entry.company}`}>
                <th scope="row" className={`${rowHeadCell} whitespace-nowrap`}>
                  {career.period(entry.from, entry.to ?? null)}
                </th>
                <td className={bodyCell}>{entry.company}</td>
                <td className={bodyCell}>{entry.duties}</td>
                <td className={bodyCell}>{entry.position ?? ''}</td>
                <td className={bodyCell}>{entry.employmentKind ? kindLabel(entry.employmentKind) : ''}</td>
                <td className={bodyCell}>{entry.field ?? ''}</td>
              </tr>
            ))}
          </ListTable>
        </div>
      )}
      <Facts
        rows={[
          [career.qualifications, c.qualifications.map((each) => each.label).join('、') || career.none],
          [career.skills, c.skills.map((each) => each.label).join('、') || career.none],
          [career.strengths, c.strengths ?? career.none],
          [career.evaluation, c.evaluationSummary ?? career.none],
        ]}
      />
    </section>
  );
}

/** What the registrant wishes: job types, working style, days and hours, wage (円), prefectures, start. */
export function WishesSection({
  record,
  prefectureName,
  onEdit,
}: {
  record: TalentBankRecordFragment;
  prefectureName: (code: string) => string;
  onEdit?: () => void;
}) {
  const w = record.wishes;
  const style = useEnumLabel('SeniorWorkingStyleWanted');
  const physical = useEnumLabel('PhysicalDemand');
  return (
    <section aria-labelledby="tb-wishes-heading" className="rounded-16 bg-white p-6 shadow-sm">
      <SectionHeading
        id="tb-wishes-heading"
        title={wishes.heading}
        edit={talentBankMessages.editWishes.open}
        onEdit={onEdit}
      />
      <Facts
        rows={[
          [wishes.occupations, w.occupations.map((each) => each.nameJa).join('、') || wishes.none],
          [wishes.workingStyle, w.workingStyle ? style(w.workingStyle) : wishes.none],
          [
            wishes.days,
            w.daysPerWeek === null || w.daysPerWeek === undefined
              ? wishes.none
              : wishes.daysValue(w.daysPerWeek),
          ],
          [
            wishes.hours,
            w.hoursPerDay === null || w.hoursPerDay === undefined
              ? wishes.none
              : wishes.hoursValue(w.hoursPerDay),
          ],
          [
            wishes.wage,
            w.monthlyWage === null || w.monthlyWage === undefined
              ? wishes.none
              : wishes.wageValue(w.monthlyWage),
          ],
          [wishes.prefectures, w.acceptablePrefectureCodes.map(prefectureName).join('、') || wishes.anywhere],
          [wishes.start, w.earliestStartOn ? formatDate(w.earliestStartOn) : wishes.none],
          [wishes.physical, w.maxPhysicalDemand ? physical(w.maxPhysicalDemand) : wishes.none],
        ]}
      />
    </section>
  );
}

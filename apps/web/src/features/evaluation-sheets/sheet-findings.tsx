import { Badge } from '@kakehashi/web-ui';
import type { SheetDetailFragment } from '../../gql/graphql';
import { useEnumLabel } from '../../shared/enum-labels';
import { sheetMessages } from './messages';

const text = sheetMessages.sheet;

/**
 * The API's findings on the sheet (the more-than-half rule, section II unchanged, codes…), errors first, each with
 * its rule and seed line. They are the API's words; the page only lists them.
 */
export function SheetFindings({ findings }: { findings: SheetDetailFragment['findings'] }) {
  const severity = useEnumLabel('RuleFindingSeverity');
  const sorted = [...findings].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'ERROR' ? -1 : 1,
  );
  return (
    <section aria-labelledby="findings-heading" className="rounded-16 bg-white p-6 shadow-sm">
      <h2 id="findings-heading" className="mb-2 text-xl font-bold">
        {text.findingsTitle}
      </h2>
      {sorted.length ? (
        <ul className="flex flex-col gap-2">
          {sorted.map((finding, index) => (
            <li
              key={`${finding.code}-${finding.field ?? ''}-${index}`}
              className="flex flex-wrap items-baseline gap-2"
            >
              <Badge tone={finding.severity === 'ERROR' ? 'danger' : 'warning'}>
                {severity(finding.severity)}
              </Badge>
              <span>{finding.message}</span>
              <span className="text-sm text-solid-gray-700">
                {text.findingRule(finding.rule, finding.seed)}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p>{text.findingsNone}</p>
      )}
    </section>
  );
}

import { Badge, focusField } from '@kakehashi/web-ui';
import type { PlanRuleFindingFragment } from '../../gql/graphql';
import { useEnumLabel } from '../../shared/enum-labels';
import { planFieldId } from './plan-fields';
import { planMessages } from './messages';

const text = planMessages.check;

/**
 * Rule findings as the API words them, errors and warnings marked by the API's label, each with its rule and seed
 * line; a finding about an input links to it (the link moves the focus there, it does not scroll the page away).
 */
export function FindingList({
  label,
  findings,
  fieldId = planFieldId,
}: {
  label: string;
  findings: readonly PlanRuleFindingFragment[];
  fieldId?: (apiField: string) => string | undefined;
}) {
  const severity = useEnumLabel('RuleFindingSeverity');
  if (!findings.length) return null;
  return (
    <ul aria-label={label} className="flex flex-col gap-2">
      {findings.map((finding, index) => {
        const target = finding.field ? fieldId(finding.field) : undefined;
        return (
          <li
            key={`${finding.code}-${finding.field ?? ''}-${index}`}
            className="flex flex-wrap items-start gap-2"
          >
            <Badge tone={finding.severity === 'ERROR' ? 'danger' : 'warning'}>
              {severity(finding.severity)}
            </Badge>
            <span className="min-w-0 flex-1">
              {target ? (
                <a
                  href={`#${target}`}
                  className="text-blue-900 underline"
                  onClick={(event) => {
                    event.preventDefault();
                    focusField(target);
                  }}
                >
                  {finding.message}
                </a>
              ) : (
                finding.message
              )}
              <span className="block text-sm text-solid-gray-700">
                {text.basis(finding.rule, finding.seed)}
              </span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}

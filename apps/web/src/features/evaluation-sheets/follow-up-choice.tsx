import { useQuery } from '@apollo/client/react';
import { formatDate, Select } from '@kakehashi/web-ui';
import { SheetCaseFollowUpsDocument } from '../../gql/graphql';
import { sheetMessages } from './messages';

const text = sheetMessages.rating;
const NONE = 'none';

/** A secondee's mid-term is recorded at one of the case's follow-ups (spec §9.1): the consultant names which. */
export function FollowUpChoice({
  caseId,
  value,
  onChange,
  id,
  errorMessage,
}: {
  caseId: string;
  value: string | null;
  onChange: (followUpId: string | null) => void;
  id: string;
  errorMessage?: string;
}) {
  const { data } = useQuery(SheetCaseFollowUpsDocument, { variables: { id: caseId } });
  const options = [
    { value: NONE, label: text.followUpNone },
    ...(data?.case.followUps ?? []).map((followUp) => ({
      value: followUp.id,
      label: text.followUpOption(formatDate(followUp.heldOn), followUp.methodLabel),
    })),
  ];
  return (
    <Select
      id={id}
      label={text.followUp}
      description={text.followUpHelp}
      options={options}
      value={value ?? NONE}
      onChange={(chosen) => onChange(chosen === NONE ? null : chosen)}
      errorMessage={errorMessage}
    />
  );
}

import { Badge, Button } from '@kakehashi/web-ui';
import type { AdminSkillFragment } from '../../gql/graphql';
import { useEnumLabel } from '../../shared/enum-labels';
import { bodyCell, ListTable, rowHeadCell } from '../../shared/list-table';
import { adminFieldLabels, adminMessages } from './messages';

const text = adminMessages.skills;
const labels = adminFieldLabels.skill;

/** The dictionary's entries with every spelling they resolve and what they imply. */
export function SkillTable({
  skills,
  onEdit,
}: {
  skills: AdminSkillFragment[];
  onEdit: (skill: AdminSkillFragment) => void;
}) {
  const categoryLabel = useEnumLabel('SkillCategory');
  const columns = [
    { key: 'name', label: labels.name },
    { key: 'reading', label: labels.reading },
    { key: 'category', label: labels.category },
    { key: 'synonyms', label: labels.synonyms },
    { key: 'implies', label: labels.implies },
    { key: 'active', label: labels.active },
    { key: 'actions', label: adminMessages.users.actions },
  ];
  const joined = (values: string[]) => (values.length ? values.join('、') : text.none);
  return (
    <ListTable label={text.tableLabel} minWidth="min-w-[56rem]" columns={columns}>
      {skills.map((skill) => (
        <tr key={skill.id}>
          <th scope="row" className={rowHeadCell}>
            {skill.name}
          </th>
          <td className={bodyCell}>{skill.reading}</td>
          <td className={bodyCell}>{categoryLabel(skill.category)}</td>
          <td className={bodyCell}>{joined(skill.synonyms)}</td>
          <td className={bodyCell}>{joined(skill.implies)}</td>
          <td className={bodyCell}>
            <Badge tone={skill.active ? 'success' : 'neutral'}>
              {skill.active ? text.active : text.inactive}
            </Badge>
          </td>
          <td className={bodyCell}>
            <Button variant="secondary" onPress={() => onEdit(skill)}>
              {text.edit(skill.name)}
            </Button>
          </td>
        </tr>
      ))}
    </ListTable>
  );
}

// Which fields a GraphQL request selected at a path below the operation's field (e.g. edges.node of a connection),
// following fragments and honouring @skip/@include, so the access log records what was actually read.
import {
  Kind,
  type FieldNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
  type DirectiveNode,
  valueFromASTUntyped,
} from 'graphql';

type Info = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments' | 'variableValues'>;

function included(
  directives: readonly DirectiveNode[] | undefined,
  variables: Record<string, unknown>,
): boolean {
  for (const directive of directives ?? []) {
    const arg = directive.arguments?.find((a) => a.name.value === 'if');
    if (!arg) continue;
    const value = valueFromASTUntyped(arg.value, variables) as unknown;
    if (directive.name.value === 'skip' && value === true) return false;
    if (directive.name.value === 'include' && value === false) return false;
  }
  return true;
}

function fieldsOf(
  selectionSet: SelectionSetNode | undefined,
  info: Info,
  out: FieldNode[] = [],
): FieldNode[] {
  for (const selection of selectionSet?.selections ?? []) {
    if (!included(selection.directives, info.variableValues)) continue;
    if (selection.kind === Kind.FIELD) out.push(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT) fieldsOf(selection.selectionSet, info, out);
    else if (selection.kind === Kind.FRAGMENT_SPREAD) {
      fieldsOf(info.fragments[selection.name.value]?.selectionSet, info, out);
    }
  }
  return out;
}

/** Names (not aliases) of the fields selected at `path` below the resolved field, sorted and distinct. */
export function selectedFieldsAt(info: Info, path: readonly string[] = []): string[] {
  let level: FieldNode[] = [...info.fieldNodes];
  for (const step of path) {
    level = level
      .flatMap((node) => fieldsOf(node.selectionSet, info))
      .filter((node) => node.name.value === step);
  }
  const names = new Set(level.flatMap((node) => fieldsOf(node.selectionSet, info)).map((n) => n.name.value));
  return [...names].sort();
}

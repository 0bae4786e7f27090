// The Japanese labels of every GraphQL enum, from one place: each domain library registers its enums here with the
// labels it owns (usually the *_LABELS constant its own messages already use), and the same labels become the values'
// descriptions in the schema and the answer of the `enumLabels` query, so a client never keeps a copy of the wording.
import { registerEnumType } from '@nestjs/graphql';
import { BadUserInputError } from '../errors/api-errors';

/** One value of a code list as a screen shows it. */
export interface EnumValueLabel {
  /** The GraphQL value (e.g. SECONDMENT). */
  value: string;
  /** Short Japanese label (在籍型出向). */
  label: string;
  /** A longer Japanese explanation, when the label alone does not say enough. */
  description: string | null;
}

export interface EnumLabelSet {
  /** The GraphQL enum's name (e.g. MoveType). */
  name: string;
  /** In the enum's declaration order (which is the domain's order: the stages of the flow, small to large). */
  values: EnumValueLabel[];
}

export interface LabelledEnumOptions<V extends string> {
  /** The GraphQL name. */
  name: string;
  /** The enum's own description in the schema. */
  description: string;
  /** Every value's Japanese label; a Record so that the compiler refuses a value without one. */
  labels: Readonly<Record<V, string>>;
  /** Longer Japanese explanations of some values. */
  descriptions?: Readonly<Partial<Record<V, string>>>;
}

/** Most names `enumLabels` answers in one call (the schema has fewer enums; more is a mistake, not a need). */
export const MAX_ENUM_LABEL_NAMES = 200;

const registry = new Map<string, EnumLabelSet>();

/**
 * registerEnumType with Japanese labels: the only way an enum enters the schema. A value without a label stops the
 * process at start (the compiler already refuses one in a typed Record; this catches a cast).
 */
export function registerLabelledEnum<E extends Record<string, string>>(
  enumRef: E,
  options: LabelledEnumOptions<E[keyof E]>,
): void {
  const values = Object.keys(enumRef).map((key): EnumValueLabel => {
    const member = enumRef[key] as E[keyof E];
    const label = options.labels[member];
    if (typeof label !== 'string' || !label.trim()) {
      throw new Error(`enum ${options.name}: no Japanese label for ${key}`);
    }
    return { value: key, label, description: options.descriptions?.[member] ?? null };
  });
  registry.set(options.name, { name: options.name, values });
  registerEnumType(enumRef, {
    name: options.name,
    description: options.description,
    valuesMap: Object.fromEntries(
      values.map((value) => [value.value, { description: schemaDescription(value) }]),
    ) as Partial<Record<keyof E, { description: string }>>,
  });
}

/** The value's description in the schema: its label, then the explanation if it has one. */
export function schemaDescription(value: Pick<EnumValueLabel, 'label' | 'description'>): string {
  return value.description ? `${value.label}：${value.description}` : value.label;
}

/** Every registered enum's name, sorted. */
export function registeredEnumNames(): string[] {
  return [...registry.keys()].sort();
}

/**
 * The label sets of the named enums, in the order asked (each once), or of every enum, by name, when no names are
 * given. An unknown name is a field error naming its position, and nothing is returned.
 */
export function enumLabelSets(names?: readonly string[] | null): EnumLabelSet[] {
  if (names === null || names === undefined) {
    return registeredEnumNames().map((name) => registry.get(name) as EnumLabelSet);
  }
  if (names.length > MAX_ENUM_LABEL_NAMES) {
    throw new BadUserInputError([
      { field: 'names', message: `一度に指定できる名前は${MAX_ENUM_LABEL_NAMES}件までです。` },
    ]);
  }
  const unknown = names.flatMap((name, index) =>
    registry.has(name)
      ? []
      : [
          {
            field: `names[${index}]`,
            message:
              'この名前の選択肢の一覧はありません。スキーマの列挙型の名前(例: CaseStage)を大文字・小文字も同じに指定してください。',
          },
        ],
  );
  if (unknown.length) throw new BadUserInputError(unknown);
  return [...new Set(names)].map((name) => registry.get(name) as EnumLabelSet);
}

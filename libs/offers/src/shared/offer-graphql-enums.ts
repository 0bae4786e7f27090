// GraphQL names and descriptions of the offer code lists. Imported by every model and input that uses them, so the
// enums are registered before the schema is built, once.
import { registerEnumType } from '@nestjs/graphql';
import { SKILL_CATEGORY_LABELS, SkillCategory } from '../skills/skill.entity';
import {
  AGE_BAND_LABELS,
  AgeBand,
  MOVE_TYPE_LABELS,
  MoveType,
  MoveTypeWanted,
  OFFER_STATUS_LABELS,
  OfferStatus,
  SENDING_REASON_LABELS,
  SendingReason,
  SHIFT_PATTERN_LABELS,
  ShiftPattern,
  WORKPLACE_CONDITION_LABELS,
  WorkplaceCondition,
} from './offer-enums';

function described<E extends string>(labels: Record<E, string>): Record<E, { description: string }> {
  return Object.fromEntries(
    Object.entries<string>(labels).map(([value, label]) => [value, { description: label }]),
  ) as Record<E, { description: string }>;
}

registerEnumType(OfferStatus, {
  name: 'OfferStatus',
  description: '送出情報・受入情報の状況 / Status of an offer.',
  valuesMap: described(OFFER_STATUS_LABELS),
});
registerEnumType(MoveType, {
  name: 'MoveType',
  description: '在籍型出向 (SECONDMENT) または移籍 (TRANSFER) / Secondment or transfer.',
  valuesMap: {
    SECONDMENT: { description: MOVE_TYPE_LABELS.SECONDMENT },
    TRANSFER: { description: MOVE_TYPE_LABELS.TRANSFER },
  },
});
registerEnumType(MoveTypeWanted, {
  name: 'MoveTypeWanted',
  description: '送出企業が希望する形態 / The kind of move a sending company wants.',
  valuesMap: described(MOVE_TYPE_LABELS),
});
registerEnumType(SendingReason, {
  name: 'SendingReason',
  description: '送出の理由 / Why the company sends people.',
  valuesMap: described(SENDING_REASON_LABELS),
});
registerEnumType(AgeBand, {
  name: 'AgeBand',
  description:
    '年齢層 (統計用。マッチングには使いません) / Age band, for statistics only (never matched on).',
  valuesMap: described(AGE_BAND_LABELS),
});
registerEnumType(ShiftPattern, {
  name: 'ShiftPattern',
  description: '勤務形態 / Shift pattern.',
  valuesMap: described(SHIFT_PATTERN_LABELS),
});
registerEnumType(WorkplaceCondition, {
  name: 'WorkplaceCondition',
  description: '職場の条件 (送出側は希望、受入側は提供) / Workplace conditions wanted or offered.',
  valuesMap: described(WORKPLACE_CONDITION_LABELS),
});
registerEnumType(SkillCategory, {
  name: 'SkillCategory',
  description: 'スキル辞書の分類 / Category of a dictionary entry.',
  valuesMap: described(SKILL_CATEGORY_LABELS),
});

export {
  AgeBand,
  MoveType,
  MoveTypeWanted,
  OfferStatus,
  SendingReason,
  ShiftPattern,
  SkillCategory,
  WorkplaceCondition,
};

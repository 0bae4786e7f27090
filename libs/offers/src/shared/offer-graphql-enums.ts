// GraphQL names and Japanese labels of the offer code lists. Imported by every model and input that uses them, so the
// enums are registered before the schema is built, once.
import { registerLabelledEnum } from '@kakehashi/graphql-core';
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

registerLabelledEnum(OfferStatus, {
  name: 'OfferStatus',
  description: '送出情報・受入情報の状況 / Status of an offer.',
  labels: OFFER_STATUS_LABELS,
});
registerLabelledEnum(MoveType, {
  name: 'MoveType',
  description: '在籍型出向 (SECONDMENT) または移籍 (TRANSFER) / Secondment or transfer.',
  labels: MOVE_TYPE_LABELS,
});
registerLabelledEnum(MoveTypeWanted, {
  name: 'MoveTypeWanted',
  description: '送出企業が希望する形態 / The kind of move a sending company wants.',
  labels: MOVE_TYPE_LABELS,
});
registerLabelledEnum(SendingReason, {
  name: 'SendingReason',
  description: '送出の理由 / Why the company sends people.',
  labels: SENDING_REASON_LABELS,
});
registerLabelledEnum(AgeBand, {
  name: 'AgeBand',
  description:
    '年齢層 (統計用。マッチングには使いません) / Age band, for statistics only (never matched on).',
  labels: AGE_BAND_LABELS,
});
registerLabelledEnum(ShiftPattern, {
  name: 'ShiftPattern',
  description: '勤務形態 / Shift pattern.',
  labels: SHIFT_PATTERN_LABELS,
});
registerLabelledEnum(WorkplaceCondition, {
  name: 'WorkplaceCondition',
  description: '職場の条件 (送出側は希望、受入側は提供) / Workplace conditions wanted or offered.',
  labels: WORKPLACE_CONDITION_LABELS,
});
registerLabelledEnum(SkillCategory, {
  name: 'SkillCategory',
  description: 'スキル辞書の分類 / Category of a dictionary entry.',
  labels: SKILL_CATEGORY_LABELS,
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

import { registerLabelledEnum } from '@kakehashi/graphql-core';
import {
  DUPLICATE_MATCH_LABELS,
  DuplicateMatch,
  REFERRAL_ACTION_LABELS,
  REFERRAL_NEED_LABELS,
  REFERRAL_OUTCOME_LABELS,
  REFERRAL_STATUS_LABELS,
  ReferralAction,
  ReferralNeed,
  ReferralOutcome,
  ReferralStatus,
} from './referral-enums';

registerLabelledEnum(ReferralStatus, {
  name: 'ReferralStatus',
  description: '紹介の状態 / Where a referral stands.',
  labels: REFERRAL_STATUS_LABELS,
  descriptions: {
    SUBMITTED: '提携機関の本部の確認待ち',
    RETURNED: '理由を添えて差し戻されました。修正して再提出できます',
    ASSIGNED: 'センター本部が担当の地方事務所を決めました',
    CONVERTED: '企業・送出情報・受入情報と紐付け済み',
    CLOSED: '結果を記録済み',
  },
});

registerLabelledEnum(ReferralNeed, {
  name: 'ReferralNeed',
  description: '相談内容 / What the client company needs.',
  labels: REFERRAL_NEED_LABELS,
  descriptions: {
    SURPLUS: '送り出したい人員がいる(送出情報)',
    SHORTAGE: '受け入れたい人員がいる(受入情報)',
    BOTH: '送出情報と受入情報の両方',
  },
});

registerLabelledEnum(ReferralOutcome, {
  name: 'ReferralOutcome',
  description: '紹介の結果 / How a referral ended.',
  labels: REFERRAL_OUTCOME_LABELS,
});

registerLabelledEnum(ReferralAction, {
  name: 'ReferralAction',
  description: '紹介の履歴の操作 / What happened to a referral.',
  labels: REFERRAL_ACTION_LABELS,
});

registerLabelledEnum(DuplicateMatch, {
  name: 'ReferralDuplicateMatch',
  description: '重複の判定根拠 / How a possible duplicate matched.',
  labels: DUPLICATE_MATCH_LABELS,
  descriptions: { NAME_PREFECTURE: '表記の揺れを除いた企業名と都道府県が一致' },
});

export { DuplicateMatch, ReferralAction, ReferralNeed, ReferralOutcome, ReferralStatus };

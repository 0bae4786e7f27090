import { registerEnumType } from '@nestjs/graphql';
import {
  DuplicateMatch,
  ReferralAction,
  ReferralNeed,
  ReferralOutcome,
  ReferralStatus,
} from '../referral-enums';

registerEnumType(ReferralStatus, {
  name: 'ReferralStatus',
  description: '紹介の状態 / Where a referral stands.',
  valuesMap: {
    DRAFT: { description: '下書き / Draft.' },
    SUBMITTED: { description: '提出済み (本部の確認待ち) / Submitted, awaiting the partner’s head office.' },
    FORWARDED: { description: 'センターへ送付済み / Forwarded to the Center.' },
    ACCEPTED: { description: 'センター受付済み / Accepted by Center headquarters.' },
    RETURNED: { description: '差戻し (理由あり) / Returned with a reason.' },
    ASSIGNED: { description: '担当事務所決定 / Assigned to a regional office.' },
    CONVERTED: { description: '対応中 (企業・求人情報と紐付け済み) / Converted into company and offers.' },
    CLOSED: { description: '完了 (結果あり) / Closed with an outcome.' },
  },
});

registerEnumType(ReferralNeed, {
  name: 'ReferralNeed',
  description: '相談内容 / What the client company needs.',
  valuesMap: {
    SURPLUS: { description: '人員過剰 (送出) / Staff to send.' },
    SHORTAGE: { description: '人員不足 (受入) / Staff wanted.' },
    BOTH: { description: '両方 / Both.' },
  },
});

registerEnumType(ReferralOutcome, {
  name: 'ReferralOutcome',
  description: '紹介の結果 / How a referral ended.',
  valuesMap: {
    ESTABLISHED: { description: '成立 / Established.' },
    NOT_ESTABLISHED: { description: '不成立 / Not established.' },
    WITHDRAWN: { description: '取下げ / Withdrawn.' },
  },
});

registerEnumType(ReferralAction, {
  name: 'ReferralAction',
  description: '紹介の履歴の操作 / What happened to a referral.',
});

registerEnumType(DuplicateMatch, {
  name: 'ReferralDuplicateMatch',
  description: '重複の判定根拠 / How a possible duplicate matched.',
  valuesMap: {
    CORPORATE_NUMBER: { description: '法人番号が一致 / Same corporate number.' },
    NAME_PREFECTURE: { description: '企業名(正規化)と都道府県が一致 / Same normalised name and prefecture.' },
  },
});

export { DuplicateMatch, ReferralAction, ReferralNeed, ReferralOutcome, ReferralStatus };

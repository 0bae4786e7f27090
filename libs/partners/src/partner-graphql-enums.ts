import { ROLE_LABELS } from '@kakehashi/authz';
import { registerLabelledEnum } from '@kakehashi/graphql-core';
import {
  AGREEMENT_COUNTERPART_LABELS,
  AGREEMENT_STATUS_LABELS,
  AgreementCounterpart,
  AgreementStatus,
  PARTNER_TYPE_LABELS,
  PartnerType,
  PartnerUserRole,
} from './partner-enums';

registerLabelledEnum(PartnerType, {
  name: 'PartnerType',
  description: '関係機関・団体の種別 / Kind of partner institution.',
  labels: PARTNER_TYPE_LABELS,
});

registerLabelledEnum(AgreementCounterpart, {
  name: 'AgreementCounterpart',
  description: '協定を締結したセンター側 / The Center’s side of an agreement.',
  labels: AGREEMENT_COUNTERPART_LABELS,
});

registerLabelledEnum(AgreementStatus, {
  name: 'AgreementStatus',
  description: '協定の状態 (終了日まで有効) / Agreement status; in force until its end date.',
  labels: AGREEMENT_STATUS_LABELS,
  descriptions: { ENDED: '終了日が記録されています(終了日の前日まで有効)' },
});

// The partner roles are roles of user accounts: the same labels as the Role enum.
registerLabelledEnum(PartnerUserRole, {
  name: 'PartnerUserRole',
  description: '提携機関ユーザーのロール / Role of a partner user account.',
  labels: { PARTNER_HQ: ROLE_LABELS.PARTNER_HQ, PARTNER_BRANCH: ROLE_LABELS.PARTNER_BRANCH },
  descriptions: { PARTNER_HQ: '機関全体(本部)', PARTNER_BRANCH: '1つの支店・支部' },
});

export { AgreementCounterpart, AgreementStatus, PartnerType, PartnerUserRole };

import { registerLabelledEnum } from '@kakehashi/graphql-core';
import {
  ACCESS_ACTION_LABELS,
  ACCESS_OUTCOME_LABELS,
  AGE_BAND_LABELS,
  AccessAction,
  AccessOutcome,
  AgeBand,
  CONSENT_METHOD_LABELS,
  ConsentMethod,
  ELIGIBILITY_REASON_LABELS,
  EMPLOYMENT_TYPE_LABELS,
  EligibilityReason,
  EmploymentType,
  GENDER_LABELS,
  Gender,
  PHYSICAL_DEMAND_LABELS,
  PhysicalDemand,
  REGISTRANT_STATUS_LABELS,
  RegistrantStatus,
  WAGE_BAND_LABELS,
  WORKING_STYLE_LABELS,
  WageBand,
  WorkingStyle,
  WorkingStyleWanted,
  WORK_HISTORY_EMPLOYMENT_KIND_LABELS,
  WorkHistoryEmploymentKind,
} from './talent-bank-enums';

export {
  AccessAction,
  AccessOutcome,
  AgeBand,
  ConsentMethod,
  EligibilityReason,
  EmploymentType,
  Gender,
  PhysicalDemand,
  RegistrantStatus,
  WageBand,
  WorkingStyle,
  WorkingStyleWanted,
  WorkHistoryEmploymentKind,
};

registerLabelledEnum(RegistrantStatus, {
  name: 'TalentBankRegistrantStatus',
  description: 'キャリア人材バンクの登録状態 / State of a registration.',
  labels: REGISTRANT_STATUS_LABELS,
  descriptions: { EXPIRED: '一定期間連絡がなく登録が終了しました' },
});

registerLabelledEnum(EligibilityReason, {
  name: 'TalentBankEligibilityReason',
  description: '登録の対象となる理由 / Why the person may register.',
  labels: ELIGIBILITY_REASON_LABELS,
});

registerLabelledEnum(ConsentMethod, {
  name: 'TalentBankConsentMethod',
  description: '同意の取得方法 / How the consent was obtained.',
  labels: CONSENT_METHOD_LABELS,
});

registerLabelledEnum(Gender, {
  name: 'TalentBankGender',
  description: '性別 (任意) / Gender, optional.',
  labels: GENDER_LABELS,
});

registerLabelledEnum(WorkingStyle, {
  name: 'SeniorWorkingStyle',
  description: '勤務形態 / Working style offered.',
  labels: WORKING_STYLE_LABELS,
});

registerLabelledEnum(WorkingStyleWanted, {
  name: 'SeniorWorkingStyleWanted',
  description: '希望する勤務形態 / Working style wished.',
  labels: WORKING_STYLE_LABELS,
});

registerLabelledEnum(PhysicalDemand, {
  name: 'PhysicalDemand',
  description: '身体的負担の程度 / Physical demands of the work.',
  labels: PHYSICAL_DEMAND_LABELS,
});

registerLabelledEnum(EmploymentType, {
  name: 'ReemploymentType',
  description: '再就職の雇用形態 / Employment type of a re-employment.',
  labels: EMPLOYMENT_TYPE_LABELS,
});

registerLabelledEnum(WageBand, {
  name: 'ReemploymentWageBand',
  description: '再就職先の賃金 (月額の区分) / Monthly wage band.',
  labels: WAGE_BAND_LABELS,
});

registerLabelledEnum(AgeBand, {
  name: 'TalentBankAgeBand',
  description: '登録日時点の年齢区分 (統計用) / Age band on the registration date.',
  labels: AGE_BAND_LABELS,
});

registerLabelledEnum(AccessAction, {
  name: 'TalentBankAccessAction',
  description: '個人データへのアクセスの種類 / Kind of access.',
  labels: ACCESS_ACTION_LABELS,
});

registerLabelledEnum(AccessOutcome, {
  name: 'TalentBankAccessOutcome',
  description: 'アクセスの結果 / Whether the access was allowed.',
  labels: ACCESS_OUTCOME_LABELS,
});

registerLabelledEnum(WorkHistoryEmploymentKind, {
  name: 'JobCardEmploymentKind',
  description:
    '職歴の雇用形態 (ジョブ・カード。有期実習型訓練の受講資格の判定に使用) / Employment kind of a work-history entry.',
  labels: WORK_HISTORY_EMPLOYMENT_KIND_LABELS,
});

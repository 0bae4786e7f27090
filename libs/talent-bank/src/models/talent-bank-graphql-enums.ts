import { registerEnumType } from '@nestjs/graphql';
import {
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
} from '../talent-bank-enums';

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
};

registerEnumType(RegistrantStatus, {
  name: 'TalentBankRegistrantStatus',
  description: 'キャリア人材バンクの登録状態 / State of a registration.',
  valuesMap: {
    ACTIVE: { description: '登録中 / Active.' },
    RE_EMPLOYED: { description: '再就職済み / Re-employed.' },
    WITHDRAWN: { description: '同意撤回 / Consent withdrawn.' },
    EXPIRED: { description: '登録期限切れ (連絡なし) / Expired without contact.' },
  },
});

registerEnumType(EligibilityReason, {
  name: 'TalentBankEligibilityReason',
  description: '登録の対象となる理由 / Why the person may register.',
  valuesMap: {
    MANDATORY_RETIREMENT: { description: '定年退職 / Mandatory retirement.' },
    END_OF_CONTINUED_EMPLOYMENT: { description: '継続雇用期間の終了 / End of continued employment.' },
    LEFT_JOB_AT_60_OR_OVER: {
      description: '60歳以上で離職 (離職後1年以内) / Left a job at 60+ within the last year.',
    },
  },
});

registerEnumType(ConsentMethod, {
  name: 'TalentBankConsentMethod',
  description: '同意の取得方法 / How the consent was obtained.',
  valuesMap: {
    WRITTEN: { description: '書面 / In writing.' },
    ELECTRONIC: { description: '電磁的方法 / Electronically.' },
    ORAL_RECORDED: { description: '口頭 (記録を作成) / Orally, with a record made.' },
  },
});

registerEnumType(Gender, {
  name: 'TalentBankGender',
  description: '性別 (任意) / Gender, optional.',
  valuesMap: {
    FEMALE: { description: '女性' },
    MALE: { description: '男性' },
    OTHER: { description: 'その他' },
  },
});

registerEnumType(WorkingStyle, {
  name: 'SeniorWorkingStyle',
  description: '勤務形態 / Working style offered.',
  valuesMap: {
    FULL_TIME: { description: 'フルタイム / Full time.' },
    PART_TIME: { description: '短時間勤務 / Part time.' },
  },
});

registerEnumType(WorkingStyleWanted, {
  name: 'SeniorWorkingStyleWanted',
  description: '希望する勤務形態 / Working style wished.',
  valuesMap: {
    FULL_TIME: { description: 'フルタイム / Full time.' },
    PART_TIME: { description: '短時間勤務 / Part time.' },
    EITHER: { description: 'いずれも可 / Either.' },
  },
});

registerEnumType(PhysicalDemand, {
  name: 'PhysicalDemand',
  description: '身体的負担の程度 / Physical demands of the work.',
  valuesMap: {
    LIGHT: { description: '軽作業 (座り仕事中心) / Light.' },
    MODERATE: { description: '普通 (立ち仕事・歩行あり) / Moderate.' },
    HEAVY: { description: '重作業 (重量物の取扱いあり) / Heavy.' },
  },
});

registerEnumType(EmploymentType, {
  name: 'ReemploymentType',
  description: '再就職の雇用形態 / Employment type of a re-employment.',
  valuesMap: {
    REGULAR: { description: '正社員 / Regular.' },
    CONTRACT: { description: '契約社員・嘱託 / Contract.' },
    PART_TIME: { description: 'パート・アルバイト / Part time.' },
    DISPATCH: { description: '派遣 / Dispatch.' },
  },
});

registerEnumType(WageBand, {
  name: 'ReemploymentWageBand',
  description: '再就職先の賃金 (月額の区分) / Monthly wage band.',
  valuesMap: {
    UNDER_150K: { description: '15万円未満' },
    FROM_150K_TO_199K: { description: '15万円以上20万円未満' },
    FROM_200K_TO_249K: { description: '20万円以上25万円未満' },
    FROM_250K_TO_299K: { description: '25万円以上30万円未満' },
    FROM_300K_TO_399K: { description: '30万円以上40万円未満' },
    FROM_400K: { description: '40万円以上' },
  },
});

registerEnumType(AgeBand, {
  name: 'TalentBankAgeBand',
  description: '登録日時点の年齢区分 (統計用) / Age band on the registration date.',
  valuesMap: {
    FROM_60_TO_64: { description: '60〜64歳' },
    FROM_65_TO_69: { description: '65〜69歳' },
    FROM_70_TO_74: { description: '70〜74歳' },
    FROM_75: { description: '75歳以上' },
  },
});

registerEnumType(AccessAction, {
  name: 'TalentBankAccessAction',
  description: '個人データへのアクセスの種類 / Kind of access.',
  valuesMap: { READ: { description: '閲覧 / Read.' }, EXPORT: { description: '出力 / Export.' } },
});

registerEnumType(AccessOutcome, {
  name: 'TalentBankAccessOutcome',
  description: 'アクセスの結果 / Whether the access was allowed.',
  valuesMap: { ALLOWED: { description: '許可 / Allowed.' }, DENIED: { description: '拒否 / Denied.' } },
});

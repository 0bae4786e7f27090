import { registerEnumType } from '@nestjs/graphql';
import { AgreementCounterpart, AgreementStatus, PartnerType, PartnerUserRole } from '../partner-enums';

registerEnumType(PartnerType, {
  name: 'PartnerType',
  description: '関係機関・団体の種別 / Kind of partner institution.',
  valuesMap: {
    FINANCIAL_INSTITUTION: { description: '金融機関 / Bank or other financial institution.' },
    BUSINESS_ASSOCIATION: { description: '経済団体 / Business association.' },
    LABOR_UNION: { description: '労働組合 / Labour union.' },
    GOVERNMENT: { description: '行政機関 / Government body.' },
  },
});

registerEnumType(AgreementCounterpart, {
  name: 'AgreementCounterpart',
  description: '協定を締結したセンター側 / The Center’s side of an agreement.',
  valuesMap: {
    CENTER_HQ: { description: 'センター本部 / Center headquarters.' },
    REGIONAL_OFFICE: { description: '地方事務所 / A regional office.' },
  },
});

registerEnumType(AgreementStatus, {
  name: 'AgreementStatus',
  description: '協定の状態 (終了日まで有効) / Agreement status; in force until its end date.',
  valuesMap: {
    ACTIVE: { description: '有効 / Active.' },
    ENDED: { description: '終了 (終了日あり) / Ended (an end date is recorded).' },
  },
});

registerEnumType(PartnerUserRole, {
  name: 'PartnerUserRole',
  description: '提携機関ユーザーのロール / Role of a partner user account.',
  valuesMap: {
    PARTNER_HQ: { description: '提携機関(本部): 機関全体 / The institution’s head office.' },
    PARTNER_BRANCH: { description: '提携機関(支部): 1つの支店 / One branch.' },
  },
});

export { AgreementCounterpart, AgreementStatus, PartnerType, PartnerUserRole };

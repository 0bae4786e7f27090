// M銀行's referrals, one in every status: most from 新宿支店 (partner.branch@), one from its head office. The accepted
// one (株式会社大田精工) is the company K信用金庫 refers too, which flags K's referral as a possible duplicate.
import { CompanySize } from '@kakehashi/organisations';
import { ReferralNeed, ReferralOutcome } from '../../referral-enums';
import {
  AICHI_OFFICE,
  CONVERTED_COMPANY,
  M_BRANCH,
  M_HQ,
  REFERRAL_ID,
  REFERRED,
  TOKYO_OFFICE,
} from './demo-referral-refs';
import type { DemoReferralContext, DemoReferralScenario } from './demo-referral-scenario';
import {
  accepted,
  assigned,
  convertedToSending,
  forwarded,
  outcomeOfCase,
  returned,
  submitted,
} from './demo-referral-steps';

const BRANCH_OFFICER = '森田 次郎';

export function mBankReferrals(c: DemoReferralContext): DemoReferralScenario[] {
  return [...waitingReferrals(c), ...centerReferrals(c), ...convertedReferrals(c)];
}

/** Still with the partner: a draft, one submitted to the head office, one forwarded today. */
function waitingReferrals(c: DemoReferralContext): DemoReferralScenario[] {
  return [
    {
      id: REFERRAL_ID.mDraft,
      title: 'M銀行 下書き',
      createdBy: M_BRANCH,
      createdAt: c.at(1, 16, 20),
      content: {
        clientName: '株式会社新宿デザインワークス',
        clientCorporateNumber: REFERRED.shinjukuDesign,
        clientJsicMajorCode: 'G',
        clientPrefectureCode: '13',
        clientSize: CompanySize.SME,
        clientEmployeeCount: 35,
        need: ReferralNeed.SHORTAGE,
        shortagePeople: 2,
        occupations: 'Webデザイナー、ディレクター',
        description: '受注が増え、経験者を2名ほど受け入れたい。人数と時期は社長に確認中。',
        consentObtainedOn: c.ago(1),
        consentObtainedBy: BRANCH_OFFICER,
      },
      steps: [],
    },
    {
      id: REFERRAL_ID.mSubmitted,
      title: 'M銀行 提出済み',
      createdBy: M_BRANCH,
      createdAt: c.at(3, 11),
      content: {
        clientName: '株式会社四谷フードサプライ',
        clientCorporateNumber: REFERRED.yotsuyaFood,
        clientJsicMajorCode: 'I',
        clientPrefectureCode: '13',
        clientSize: CompanySize.SME,
        clientEmployeeCount: 80,
        need: ReferralNeed.SURPLUS,
        surplusPeople: 3,
        occupations: '配送ドライバー、倉庫作業',
        desiredStartOn: c.ago(-60),
        description: '大口取引先の撤退で配送量が3割減。雇用を守るため出向先を探したい。',
        consentObtainedOn: c.ago(3),
        consentObtainedBy: BRANCH_OFFICER,
      },
      steps: [submitted(c.at(2, 15), M_BRANCH)],
    },
    {
      id: REFERRAL_ID.mForwarded,
      title: 'M銀行 センターへ送付済み',
      createdBy: M_BRANCH,
      createdAt: c.at(4, 10),
      content: {
        clientName: '西新宿システム開発株式会社',
        clientCorporateNumber: REFERRED.nishiShinjukuSystems,
        clientJsicMajorCode: 'G',
        clientPrefectureCode: '13',
        clientSize: CompanySize.SME,
        clientEmployeeCount: 150,
        need: ReferralNeed.BOTH,
        surplusPeople: 2,
        shortagePeople: 3,
        occupations: '汎用機の保守(過剰)、クラウド基盤エンジニア(不足)',
        description: '汎用機案件の終了で保守要員が余る一方、クラウド案件の人材が足りない。',
        consentObtainedOn: c.ago(5),
        consentObtainedBy: BRANCH_OFFICER,
      },
      steps: [submitted(c.at(4, 14), M_BRANCH), forwarded(c.at(0, 9, 30), M_HQ)],
    },
  ];
}

/** With Center headquarters: accepted, returned with a reason, assigned to the Aichi office. */
function centerReferrals(c: DemoReferralContext): DemoReferralScenario[] {
  return [
    {
      id: REFERRAL_ID.mAccepted,
      title: 'M銀行 センター受付済み (大田精工)',
      createdBy: M_BRANCH,
      createdAt: c.at(12, 10),
      content: {
        clientName: '株式会社大田精工',
        clientCorporateNumber: REFERRED.otaSeiko,
        clientJsicMajorCode: 'E',
        clientPrefectureCode: '13',
        clientSize: CompanySize.SME,
        clientEmployeeCount: 110,
        need: ReferralNeed.SURPLUS,
        surplusPeople: 4,
        occupations: '金属プレス工、金型保全',
        desiredStartOn: c.ago(-45),
        description: '自動車部品の減産で半年ほどプレス工程の稼働が落ちる。在籍型出向を希望。',
        consentObtainedOn: c.ago(12),
        consentObtainedBy: BRANCH_OFFICER,
      },
      steps: [submitted(c.at(12, 15), M_BRANCH), forwarded(c.at(11, 10), M_HQ), accepted(c.at(9, 14))],
    },
    {
      id: REFERRAL_ID.mReturned,
      title: 'M銀行 差戻し',
      createdBy: M_BRANCH,
      createdAt: c.at(8, 10),
      content: {
        clientName: '有限会社落合印刷',
        clientCorporateNumber: REFERRED.ochiaiPrinting,
        clientJsicMajorCode: 'E',
        clientPrefectureCode: '13',
        clientSize: CompanySize.SME,
        clientEmployeeCount: 12,
        need: ReferralNeed.SURPLUS,
        surplusPeople: 1,
        occupations: '印刷',
        description: '仕事が減っている。',
        consentObtainedOn: c.ago(8),
        consentObtainedBy: BRANCH_OFFICER,
      },
      steps: [
        submitted(c.at(8, 16), M_BRANCH),
        forwarded(c.at(7, 10), M_HQ),
        returned(
          c.at(3, 17),
          '対象となる方の職種(オフセット印刷機のオペレーター等)と経験年数、人員が余る理由と期間を具体的に記入して、もう一度提出してください。',
        ),
      ],
    },
    {
      id: REFERRAL_ID.mAssigned,
      title: 'M銀行 担当事務所決定 (本部から、愛知)',
      createdBy: M_HQ,
      createdAt: c.at(20, 9, 45),
      content: {
        clientName: '名港運輸株式会社',
        clientCorporateNumber: REFERRED.meikoUnyu,
        clientJsicMajorCode: 'H',
        clientPrefectureCode: '23',
        clientSize: CompanySize.LARGE,
        clientEmployeeCount: 420,
        need: ReferralNeed.SHORTAGE,
        shortagePeople: 5,
        occupations: 'フォークリフト運転者、倉庫管理',
        desiredStartOn: c.ago(-30),
        description: '名古屋港の新倉庫稼働に向け、フォークリフト運転者を中心に受け入れたい。',
        consentObtainedOn: c.ago(21),
        consentObtainedBy: '金子 聡',
      },
      steps: [
        submitted(c.at(20, 10), M_HQ),
        forwarded(c.at(20, 10, 5), M_HQ),
        accepted(c.at(18, 11)),
        assigned(c.at(17, 15), AICHI_OFFICE),
      ],
    },
  ];
}

/** Taken up by the Tokyo office: one converted into its sending offer (its case is under way), one ended with 成立. */
function convertedReferrals(c: DemoReferralContext): DemoReferralScenario[] {
  return [
    {
      id: REFERRAL_ID.mConverted,
      title: 'M銀行 対応中 (京浜エレクトロニクス)',
      createdBy: M_BRANCH,
      createdAt: c.at(122, 10),
      content: {
        clientName: '株式会社京浜エレクトロニクス',
        clientCorporateNumber: CONVERTED_COMPANY.keihinElectronics,
        clientJsicMajorCode: 'E',
        clientPrefectureCode: '13',
        clientSize: CompanySize.SME,
        clientEmployeeCount: 260,
        need: ReferralNeed.SURPLUS,
        surplusPeople: 3,
        occupations: '電子部品の品質検査',
        description: '主要取引先の生産調整で、検査部門の稼働が半年ほど落ち込む見込み。',
        consentObtainedOn: c.ago(123),
        consentObtainedBy: BRANCH_OFFICER,
      },
      steps: [
        submitted(c.at(122, 15), M_BRANCH),
        forwarded(c.at(121, 10), M_HQ),
        accepted(c.at(118, 11)),
        assigned(c.at(118, 14), TOKYO_OFFICE),
        convertedToSending(c.at(110, 16), {
          corporateNumber: CONVERTED_COMPANY.keihinElectronics,
          jobTitle: '電子部品の品質検査員',
        }),
      ],
    },
    {
      id: REFERRAL_ID.mClosed,
      title: 'M銀行 完了・成立 (荒川化学工業)',
      createdBy: M_BRANCH,
      createdAt: c.at(345, 10),
      content: {
        clientName: '株式会社荒川化学工業',
        clientCorporateNumber: CONVERTED_COMPANY.arakawaChemical,
        clientJsicMajorCode: 'E',
        clientPrefectureCode: '13',
        clientSize: CompanySize.SME,
        clientEmployeeCount: 95,
        need: ReferralNeed.SURPLUS,
        surplusPeople: 1,
        occupations: '化学プラントの製造オペレーター',
        description: '主力製品の生産終了で製造ラインを1本停止する。技能を生かせる出向先を探したい。',
        consentObtainedOn: c.ago(346),
        consentObtainedBy: BRANCH_OFFICER,
      },
      steps: [
        submitted(c.at(345, 14), M_BRANCH),
        forwarded(c.at(344, 10), M_HQ),
        accepted(c.at(341, 11)),
        assigned(c.at(341, 15), TOKYO_OFFICE),
        convertedToSending(c.at(330, 16), {
          corporateNumber: CONVERTED_COMPANY.arakawaChemical,
          jobTitle: '化学プラント製造オペレーター',
        }),
        outcomeOfCase(
          ReferralOutcome.ESTABLISHED,
          '多摩バイオテックへの在籍型出向が成立しました(案件番号 {case})。',
        ),
      ],
    },
  ];
}

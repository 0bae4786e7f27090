// K信用金庫's referrals, one in every status: most from 蒲田支店 (partner2.branch@), one from its head office. Its
// forwarded referral of 株式会社大田精工 is flagged as a possible duplicate of M銀行's referral of the same company.
import { CompanySize } from '@kakehashi/organisations';
import { ReferralNeed, ReferralOutcome } from '../../referral-enums';
import { CONVERTED_COMPANY, K_BRANCH, K_HQ, REFERRAL_ID, REFERRED, TOKYO_OFFICE } from './demo-referral-refs';
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

const BRANCH_OFFICER = '大森 健司';

export function kShinkinReferrals(c: DemoReferralContext): DemoReferralScenario[] {
  return [...waitingReferrals(c), ...centerReferrals(c), ...convertedReferrals(c)];
}

/** Still with the partner, a draft and one awaiting the head office; and the duplicate, forwarded yesterday. */
function waitingReferrals(c: DemoReferralContext): DemoReferralScenario[] {
  return [
    {
      id: REFERRAL_ID.kDraft,
      title: 'K信用金庫 下書き',
      createdBy: K_BRANCH,
      createdAt: c.at(0, 9, 10),
      content: {
        clientName: '株式会社池上ベーカリー',
        clientCorporateNumber: REFERRED.ikegamiBakery,
        clientJsicMajorCode: 'E',
        clientPrefectureCode: '13',
        clientSize: CompanySize.SME,
        need: ReferralNeed.SURPLUS,
        surplusPeople: 2,
        occupations: 'パン製造',
        consentObtainedOn: c.ago(2),
        consentObtainedBy: BRANCH_OFFICER,
      },
      steps: [],
    },
    {
      id: REFERRAL_ID.kSubmitted,
      title: 'K信用金庫 提出済み',
      createdBy: K_BRANCH,
      createdAt: c.at(1, 10),
      content: {
        clientName: '株式会社六郷メディカルケア',
        clientCorporateNumber: REFERRED.rokugoMedical,
        clientJsicMajorCode: 'P',
        clientPrefectureCode: '13',
        clientSize: CompanySize.SME,
        clientEmployeeCount: 60,
        need: ReferralNeed.SHORTAGE,
        shortagePeople: 2,
        occupations: '送迎ドライバー、介護補助',
        desiredStartOn: c.ago(-40),
        description: 'デイサービスの利用者が増え、送迎ドライバーが足りない。',
        consentObtainedOn: c.ago(1),
        consentObtainedBy: BRANCH_OFFICER,
      },
      steps: [submitted(c.at(1, 14, 30), K_BRANCH)],
    },
    {
      id: REFERRAL_ID.kForwarded,
      title: 'K信用金庫 センターへ送付済み (大田精工、重複の可能性)',
      createdBy: K_BRANCH,
      createdAt: c.at(3, 10),
      duplicateOf: REFERRAL_ID.mAccepted,
      content: {
        clientName: '株式会社 大田精工',
        clientCorporateNumber: REFERRED.otaSeiko,
        clientJsicMajorCode: 'E',
        clientPrefectureCode: '13',
        clientSize: CompanySize.SME,
        clientEmployeeCount: 110,
        need: ReferralNeed.SURPLUS,
        surplusPeople: 3,
        occupations: 'プレス加工',
        description: '取引先の減産でプレス工程に余剰。社長は出向も検討したいとのこと。',
        consentObtainedOn: c.ago(3),
        consentObtainedBy: BRANCH_OFFICER,
      },
      steps: [submitted(c.at(3, 15), K_BRANCH), forwarded(c.at(1, 11), K_HQ)],
    },
  ];
}

/** With Center headquarters: accepted (from the head office), returned with a reason, assigned to Tokyo. */
function centerReferrals(c: DemoReferralContext): DemoReferralScenario[] {
  return [
    {
      id: REFERRAL_ID.kAccepted,
      title: 'K信用金庫 センター受付済み (本部から、神奈川)',
      createdBy: K_HQ,
      createdAt: c.at(6, 10),
      content: {
        clientName: '川崎臨海化成株式会社',
        clientCorporateNumber: REFERRED.kawasakiRinkai,
        clientJsicMajorCode: 'E',
        clientPrefectureCode: '14',
        clientSize: CompanySize.LARGE,
        clientEmployeeCount: 380,
        need: ReferralNeed.SURPLUS,
        surplusPeople: 5,
        occupations: '化学プラントの運転・保全',
        desiredStartOn: c.ago(-90),
        description: '臨海部の工場集約で製造要員に余剰。雇用維持のため出向を検討している。',
        consentObtainedOn: c.ago(7),
        consentObtainedBy: '吉川 真由',
      },
      steps: [submitted(c.at(6, 11), K_HQ), forwarded(c.at(6, 11, 5), K_HQ), accepted(c.at(2, 10))],
    },
    {
      id: REFERRAL_ID.kReturned,
      title: 'K信用金庫 差戻し',
      createdBy: K_BRANCH,
      createdAt: c.at(10, 10),
      content: {
        clientName: '株式会社糀谷工業',
        clientCorporateNumber: REFERRED.kojiyaKogyo,
        clientJsicMajorCode: 'E',
        clientPrefectureCode: '13',
        clientSize: CompanySize.SME,
        clientEmployeeCount: 25,
        need: ReferralNeed.SHORTAGE,
        shortagePeople: 8,
        occupations: '溶接工',
        description: '新しい受注に備えて溶接工を確保したい。',
        consentObtainedOn: c.ago(10),
        consentObtainedBy: BRANCH_OFFICER,
      },
      steps: [
        submitted(c.at(10, 15), K_BRANCH),
        forwarded(c.at(9, 10), K_HQ),
        returned(
          c.at(6, 16),
          '従業員25名に対して受入8名と多いため、受入れの時期と期間、必要な資格(溶接技能者評価試験など)を確認のうえ、もう一度提出してください。',
        ),
      ],
    },
    {
      id: REFERRAL_ID.kAssigned,
      title: 'K信用金庫 担当事務所決定 (東京)',
      createdBy: K_BRANCH,
      createdAt: c.at(16, 10),
      content: {
        clientName: '株式会社矢口渡ロジテック',
        clientCorporateNumber: REFERRED.yaguchiLogitech,
        clientJsicMajorCode: 'H',
        clientPrefectureCode: '13',
        clientSize: CompanySize.SME,
        clientEmployeeCount: 140,
        need: ReferralNeed.SHORTAGE,
        shortagePeople: 3,
        occupations: 'フォークリフト・荷役',
        desiredStartOn: c.ago(-20),
        description: 'EC物流の拡大で倉庫の荷役要員が足りない。出向での受入れも歓迎。',
        consentObtainedOn: c.ago(16),
        consentObtainedBy: BRANCH_OFFICER,
      },
      steps: [
        submitted(c.at(16, 14), K_BRANCH),
        forwarded(c.at(15, 10), K_HQ),
        accepted(c.at(13, 11)),
        assigned(c.at(12, 10), TOKYO_OFFICE),
      ],
    },
  ];
}

/** Taken up by the Tokyo office: one converted (its case is under way), one whose secondment was established. */
function convertedReferrals(c: DemoReferralContext): DemoReferralScenario[] {
  return [
    {
      id: REFERRAL_ID.kConverted,
      title: 'K信用金庫 対応中 (東京ベイ観光バス)',
      createdBy: K_BRANCH,
      createdAt: c.at(92, 10),
      content: {
        clientName: '東京ベイ観光バス株式会社',
        clientCorporateNumber: CONVERTED_COMPANY.tokyoBayBus,
        clientJsicMajorCode: 'H',
        clientPrefectureCode: '13',
        clientSize: CompanySize.SME,
        clientEmployeeCount: 210,
        need: ReferralNeed.SURPLUS,
        surplusPeople: 2,
        occupations: '大型バスの運転士',
        description: '団体旅行の減少で観光バスの稼働率が低下。運転士の技能を生かせる出向先を探したい。',
        consentObtainedOn: c.ago(93),
        consentObtainedBy: BRANCH_OFFICER,
      },
      steps: [
        submitted(c.at(92, 15), K_BRANCH),
        forwarded(c.at(91, 10), K_HQ),
        accepted(c.at(88, 11)),
        assigned(c.at(88, 15), TOKYO_OFFICE),
        convertedToSending(c.at(80, 16), {
          corporateNumber: CONVERTED_COMPANY.tokyoBayBus,
          jobTitle: '観光バス運転士',
        }),
      ],
    },
    {
      id: REFERRAL_ID.kClosed,
      title: 'K信用金庫 完了・成立 (羽田エアサービス)',
      createdBy: K_BRANCH,
      createdAt: c.at(350, 10),
      content: {
        clientName: '株式会社羽田エアサービス',
        clientCorporateNumber: CONVERTED_COMPANY.hanedaAirService,
        clientJsicMajorCode: 'H',
        clientPrefectureCode: '13',
        clientSize: CompanySize.LARGE,
        clientEmployeeCount: 650,
        need: ReferralNeed.SURPLUS,
        surplusPeople: 2,
        occupations: '空港の地上支援(グランドハンドリング)',
        description: '国際線の減便で地上支援業務が減少。半年程度の出向で雇用を維持したい。',
        consentObtainedOn: c.ago(351),
        consentObtainedBy: BRANCH_OFFICER,
      },
      steps: [
        submitted(c.at(350, 14), K_BRANCH),
        forwarded(c.at(349, 10), K_HQ),
        accepted(c.at(346, 11)),
        assigned(c.at(346, 15), TOKYO_OFFICE),
        convertedToSending(c.at(335, 16), {
          corporateNumber: CONVERTED_COMPANY.hanedaAirService,
          jobTitle: '空港グランドハンドリングスタッフ',
        }),
        outcomeOfCase(
          ReferralOutcome.ESTABLISHED,
          '江東ロジスティクスへの在籍型出向が成立しました(案件番号 {case})。',
        ),
      ],
    },
  ];
}

// A registrant's record as a workbook shaped after the Job Card sheets (履歴・職務経歴・資格と強み・希望条件), for the
// consultant to hand over or file. The file name carries no personal data (it travels through proxies and logs).
import { japaneseDate } from '@kakehashi/calendar';
import { Injectable } from '@nestjs/common';
import writeXlsxFile from 'write-excel-file/node';
import { TalentBankRecords } from '../../shared/talent-bank-records';
import type { RegistrantModel } from '../registrant.model';
import {
  AGE_BAND_LABELS,
  GENDER_LABELS,
  PHYSICAL_DEMAND_LABELS,
  WORK_HISTORY_EMPLOYMENT_KIND_LABELS,
  WORKING_STYLE_LABELS,
} from '../../talent-bank-enums';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Cell = { value: string; fontWeight?: 'bold' } | null;

const bold = (value: string): Cell => ({ value, fontWeight: 'bold' });
const cell = (value: string | number | null | undefined): Cell => ({
  value: value == null ? '' : String(value),
});
const day = (value: string | null) => (value ? japaneseDate(value) : '');

@Injectable()
export class ExportRegistrantService {
  constructor(private readonly records: TalentBankRecords) {}

  async workbook(
    registrant: RegistrantModel,
  ): Promise<{ filename: string; contentType: string; content: Buffer }> {
    const names = await this.names(registrant);
    const pairs = (rows: [string, string][]) => rows.map(([label, value]) => [bold(label), cell(value)]);
    const history = pairs([
      ['氏名', registrant.name],
      ['ふりがな', registrant.kana],
      ['生年月日', day(registrant.dateOfBirth)],
      ['年齢', registrant.age === null ? '' : `${registrant.age}歳`],
      ['登録時の年齢区分', AGE_BAND_LABELS[registrant.ageBandAtRegistration]],
      ['電話番号', registrant.phone ?? ''],
      ['メールアドレス', registrant.email ?? ''],
      ['住所', registrant.address ?? ''],
      ['居住都道府県', names.prefectures.get(registrant.prefectureCode) ?? registrant.prefectureCode],
      ['性別', registrant.gender ? GENDER_LABELS[registrant.gender] : ''],
      ['対象理由', registrant.eligibilityReasonLabel],
      ['離職日（予定日）', day(registrant.leftJobOn)],
      ['登録日', day(registrant.registeredOn)],
      ['状態', registrant.statusLabel],
      ['同意日', day(registrant.consent.givenOn)],
      ['同意した利用目的の版', registrant.consent.purposeVersion],
      ['同意の取得方法', registrant.consent.methodLabel],
    ]);
    const work = [
      [
        bold('開始年月'),
        bold('終了年月'),
        bold('企業名'),
        bold('職務内容'),
        bold('役職'),
        bold('雇用形態'),
        bold('分野'),
      ],
      ...registrant.career.workHistory.map((e) => [
        cell(e.from),
        cell(e.to ?? '在職中'),
        cell(e.company),
        cell(e.duties),
        cell(e.position),
        cell(e.employmentKind ? WORK_HISTORY_EMPLOYMENT_KIND_LABELS[e.employmentKind] : null),
        cell(e.field ?? null),
      ]),
    ];
    const career = pairs([
      ['免許・資格', registrant.career.qualifications.map((s) => s.label).join('、')],
      ['スキル', registrant.career.skills.map((s) => s.label).join('、')],
      ['強み', registrant.career.strengths ?? ''],
      ['評価の要約', registrant.career.evaluationSummary ?? ''],
    ]);
    const w = registrant.wishes;
    const wishes = pairs([
      ['希望職種', w.occupationCodes.map((c) => names.occupations.get(c) ?? c).join('、')],
      ['勤務形態', w.workingStyle ? WORKING_STYLE_LABELS[w.workingStyle] : ''],
      ['週の勤務日数（上限）', w.daysPerWeek === null ? '' : `週${w.daysPerWeek}日`],
      ['1日の勤務時間（上限）', w.hoursPerDay === null ? '' : `${w.hoursPerDay}時間`],
      ['希望月額賃金', w.monthlyWage === null ? '' : `${w.monthlyWage.toLocaleString('ja-JP')}円`],
      [
        '勤務可能な都道府県',
        w.acceptablePrefectureCodes.map((c) => names.prefectures.get(c) ?? c).join('、') || '限定なし',
      ],
      ['就業可能日', day(w.earliestStartOn)],
      ['対応できる身体的負担', w.maxPhysicalDemand ? PHYSICAL_DEMAND_LABELS[w.maxPhysicalDemand] : ''],
    ]);
    const content = await writeXlsxFile(
      [
        { sheet: '履歴', data: history, columns: [{ width: 24 }, { width: 48 }] },
        {
          sheet: '職務経歴',
          data: work,
          columns: [{ width: 10 }, { width: 10 }, { width: 30 }, { width: 60 }, { width: 16 }],
        },
        { sheet: '資格・強み', data: career, columns: [{ width: 16 }, { width: 80 }] },
        { sheet: '希望条件', data: wishes, columns: [{ width: 24 }, { width: 48 }] },
      ],
      {},
    ).toBuffer();
    return {
      filename: `jobcard-${registrant.id}.xlsx`,
      contentType: XLSX_MIME,
      content,
    };
  }

  private async names(registrant: RegistrantModel) {
    const prefectures = await this.records.prefectures();
    const occupations = await this.records.occupations(registrant.wishes.occupationCodes);
    return {
      prefectures: new Map(prefectures.map((p) => [p.code, p.name])),
      occupations: new Map(occupations.map((o) => [o.code, o.name])),
    };
  }
}

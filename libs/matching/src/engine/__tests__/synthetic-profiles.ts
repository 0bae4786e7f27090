// Deterministic synthetic offers for the exactness property test and the benchmark: a seeded PRNG, realistic
// proportions (prefectures by size, occupations, skills per occupation, Japanese job texts), and an option to
// make many exact ties (few distinct values), which is what stresses the tie-breaking of a pruned top-k.
import { MoveTypeWanted, ShiftPattern, WorkplaceCondition } from '@kakehashi/offers';
import type { ProfileSkill, ReceivingProfile, SendingProfile } from '../match-profile';
import { PREFECTURES } from './reference.fixture';

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Rng {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  float(): number {
    return this.next();
  }

  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let x = this.next() * total;
    for (const [item, w] of items) {
      x -= w;
      if (x < 0) return item;
    }
    return items[items.length - 1][0];
  }

  sample<T>(items: readonly T[], n: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < n && pool.length > 0)
      out.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]);
    return out;
  }
}

const BIG_PREFECTURES: Record<string, number> = {
  '13': 11,
  '14': 7,
  '27': 7,
  '23': 6,
  '11': 6,
  '12': 5,
  '28': 4,
  '01': 4,
  '40': 4,
  '22': 3,
  '26': 2,
  '34': 2,
  '04': 2,
};
const PREFECTURE_WEIGHTS = PREFECTURES.map(([code]) => [code, BIG_PREFECTURES[code] ?? 1] as const);

const OCCUPATION_WEIGHTS = [
  ['A', 3],
  ['B', 10],
  ['C', 18],
  ['D', 8],
  ['E', 12],
  ['F', 1],
  ['G', 2],
  ['H', 20],
  ['I', 10],
  ['J', 6],
  ['K', 10],
  ['L', 0.5],
] as const;

interface OccupationVocabulary {
  titles: readonly string[];
  duties: readonly string[];
  skills: readonly string[];
}

const VOCABULARY: Record<string, OccupationVocabulary> = {
  A: {
    titles: ['工場長', '営業部長', '総務課長', '経理部長', '店長'],
    duties: ['部門の統括と予算管理', '人事評価と部下の育成', '経営計画の策定', '取引先との折衝'],
    skills: ['中小企業診断士', '衛生管理者', '税理士', '英語', '簿記1級'],
  },
  B: {
    titles: ['機械設計技術者', '品質保証技術者', '看護師', 'システムエンジニア', '電気技術者', '税理士補助'],
    duties: [
      '製品の設計と試作評価',
      '品質管理と不良解析',
      '生産設備の保全計画',
      'ソフトウェア開発',
      '決算・税務申告',
    ],
    skills: ['機械設計', 'CAD', '電気主任技術者', '看護師', '基本情報技術者', 'QC検定2級', '税理士', '英語'],
  },
  C: {
    titles: ['一般事務', '経理事務', '医療事務', '営業事務', '受付', '通関事務', '総務事務'],
    duties: [
      '伝票処理とデータ入力',
      '電話・来客の受付対応',
      'レセプト作成',
      '請求書の発行',
      '輸出入書類の作成',
    ],
    skills: ['簿記2級', 'Excel', '医療事務技能', '通関士', '秘書検定', '英語'],
  },
  D: {
    titles: ['販売員', 'ルート営業', '法人営業', '店舗スタッフ'],
    duties: ['店頭での接客販売', '既存顧客への提案営業', '売場の商品管理', '新規開拓営業'],
    skills: ['販売士', '普通自動車免許', '宅地建物取引士', '英語'],
  },
  E: {
    titles: ['介護職員', '調理師', 'ホテルフロント', '客室乗務', '旅行手配'],
    duties: ['利用者の生活支援', '調理と衛生管理', '宿泊客の接客', '航空券の手配と旅程管理'],
    skills: ['介護福祉士', '調理師', '旅行業務取扱管理者', '英語', '普通自動車免許'],
  },
  F: {
    titles: ['施設警備員', '交通誘導警備'],
    duties: ['施設の巡回と出入管理', '工事現場の交通誘導'],
    skills: ['警備員検定', '普通自動車免許'],
  },
  G: {
    titles: ['農作業員', '稲作スタッフ', '林業作業員'],
    duties: ['水稲・大豆の栽培管理', '農業機械の運転', '収穫と出荷作業'],
    skills: ['大型特殊自動車免許', '普通自動車免許', 'チェーンソー特別教育'],
  },
  H: {
    titles: ['機械組立', '溶接工', '塗装工', 'NC旋盤オペレーター', '食品製造', '化学プラント運転', '検査工'],
    duties: [
      '製品の組立と検査',
      '溶接による部品接合',
      '自動車部品の塗装',
      '生産ラインの管理',
      'プラントの運転監視',
    ],
    skills: [
      '溶接技能者',
      'フォークリフト運転技能者',
      '危険物取扱者乙種4類',
      '有機溶剤作業主任者',
      'QC検定2級',
    ],
  },
  I: {
    titles: ['トラック運転手', 'バス運転士', '鉄道運転士', 'クレーン運転士', 'フォークリフトオペレーター'],
    duties: ['中距離の配送業務', '路線バスの運行', '列車の運転', '荷物の積み下ろしと運転'],
    skills: [
      '大型自動車免許',
      '中型自動車免許',
      '大型二種免許',
      '動力車操縦者運転免許',
      'クレーン運転士',
      '普通自動車免許',
    ],
  },
  J: {
    titles: ['土木作業員', '建設機械オペレーター', '電気工事士', '配管工'],
    duties: ['道路工事の施工', '重機による掘削', '屋内配線工事', '給排水設備の施工'],
    skills: ['車両系建設機械運転技能', '第二種電気工事士', '玉掛け技能', '大型特殊自動車免許'],
  },
  K: {
    titles: ['倉庫作業員', 'ピッキングスタッフ', '清掃スタッフ', '梱包スタッフ', '配送助手'],
    duties: ['入出荷と在庫管理', 'ピッキングと梱包', '施設の清掃', '冷凍冷蔵倉庫での荷役'],
    skills: ['フォークリフト運転技能者', '普通自動車免許', '玉掛け技能'],
  },
  L: {
    titles: ['その他'],
    duties: ['各種業務'],
    skills: ['普通自動車免許'],
  },
};

const CONDITIONS = Object.values(WorkplaceCondition);
const SHIFTS = [ShiftPattern.DAY, ShiftPattern.NIGHT, ShiftPattern.ROTATING, ShiftPattern.FLEXIBLE];
const JSIC = ['A', 'D', 'E', 'E', 'E', 'G', 'H', 'I', 'I', 'M', 'N', 'P', 'P', 'R'];

function skill(label: string): ProfileSkill {
  return { key: label.normalize('NFKC').toLowerCase(), label };
}

function isoDate(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

const DAY_2026 = Math.round(Date.UTC(2026, 0, 1) / 86_400_000);

export interface SyntheticOptions {
  /** Few distinct values everywhere, so that many pairs score exactly the same. */
  ties?: boolean;
}

export function syntheticSending(rng: Rng, n: number, options: SyntheticOptions = {}): SendingProfile[] {
  const ties = options.ties ?? false;
  const out: SendingProfile[] = [];
  for (let i = 0; i < n; i++) {
    const home = ties ? rng.pick(['13', '14', '27', '01']) : rng.weighted(PREFECTURE_WEIGHTS);
    const occ = ties ? rng.pick(['C', 'H', 'I', 'L']) : rng.weighted(OCCUPATION_WEIGHTS);
    const vocab = VOCABULARY[occ];
    const skills = rng.sample(vocab.skills, ties ? rng.int(0, 1) : rng.int(0, 3)).map(skill);
    const title = rng.pick(vocab.titles);
    const duties = rng.sample(vocab.duties, ties ? 1 : rng.int(1, 2));
    const region = PREFECTURES.find(([c]) => c === home)?.[2];
    const neighbours = PREFECTURES.filter(([, , r]) => r === region).map(([c]) => c);
    const accept = rng.chance(0.35) ? [home, ...rng.sample(neighbours, rng.int(0, 3))] : [];
    out.push({
      id: `s-${String(i).padStart(6, '0')}-${rng.int(0, 9)}`,
      companyId: `sc-${rng.int(0, Math.max(1, n >> 2))}`,
      companyName: `送出会社${i}`,
      owningOfficeId: `office-${home}`,
      jsicMajorCode: rng.pick(JSIC),
      people: ties
        ? rng.pick([1, 2])
        : rng.weighted([
            [1, 5],
            [2, 3],
            [3, 1],
            [5, 1],
          ] as const),
      occupationCode: occ,
      jobTitle: title,
      conditions: rng.sample(
        CONDITIONS,
        rng.weighted([
          [0, 5],
          [1, 3],
          [2, 2],
        ] as const),
      ),
      homePrefectureCode: home,
      moveType: rng.weighted([
        [MoveTypeWanted.SECONDMENT, 6],
        [MoveTypeWanted.TRANSFER, 1.5],
        [MoveTypeWanted.EITHER, 2.5],
      ] as const),
      text: [title, ...duties, ...skills.map((s) => s.label)].join('。'),
      skills,
      experienceYears: rng.chance(0.1) ? null : ties ? rng.pick([3, 10]) : rng.int(0, 35),
      monthlyWage: rng.chance(0.1) ? null : ties ? rng.pick([250_000, 300_000]) : rng.int(18, 50) * 10_000,
      desiredPeriodMonths: rng.chance(0.15)
        ? null
        : rng.pick(ties ? [6, 12] : [1, 3, 4, 6, 6, 12, 12, 18, 24]),
      acceptablePrefectureCodes: [...new Set(accept)],
      earliestStartOn: rng.chance(0.2)
        ? null
        : isoDate(DAY_2026 + (ties ? rng.pick([0, 60]) : rng.int(0, 300))),
    });
  }
  return out;
}

export function syntheticReceiving(rng: Rng, n: number, options: SyntheticOptions = {}): ReceivingProfile[] {
  const ties = options.ties ?? false;
  const out: ReceivingProfile[] = [];
  for (let i = 0; i < n; i++) {
    const pref = ties ? rng.pick(['13', '14', '27', '01', '47']) : rng.weighted(PREFECTURE_WEIGHTS);
    const occ = ties ? rng.pick(['C', 'H', 'I', 'K', 'L']) : rng.weighted(OCCUPATION_WEIGHTS);
    const vocab = VOCABULARY[occ];
    const required = rng
      .sample(
        vocab.skills,
        rng.weighted([
          [0, 5],
          [1, 3],
          [2, 1],
        ] as const),
      )
      .map(skill);
    const preferred = rng
      .sample(vocab.skills, ties ? rng.int(0, 1) : rng.int(0, 2))
      .filter((s) => !required.some((x) => x.label === s))
      .map(skill);
    const title = rng.pick(vocab.titles);
    const duties = rng.sample(vocab.duties, ties ? 1 : rng.int(1, 3));
    const accepts = rng.weighted([
      ['S', 5.5],
      ['T', 1.5],
      ['B', 3],
    ] as const);
    out.push({
      id: `r-${String(i).padStart(6, '0')}-${rng.int(0, 9)}`,
      companyId: `rc-${rng.int(0, Math.max(1, n >> 2))}`,
      companyName: `受入会社${i}`,
      owningOfficeId: `office-${pref}`,
      jsicMajorCode: rng.pick(JSIC),
      people: ties
        ? rng.pick([1, 2])
        : rng.weighted([
            [1, 5],
            [2, 3],
            [3, 1],
            [4, 1],
          ] as const),
      occupationCode: occ,
      jobTitle: title,
      conditions: rng.sample(
        CONDITIONS,
        rng.weighted([
          [0, 3],
          [1, 3],
          [2, 3],
          [4, 1],
        ] as const),
      ),
      acceptsSecondment: accepts !== 'T',
      acceptsTransfer: accepts !== 'S',
      text: [title, ...duties, ...[...required, ...preferred].map((s) => s.label)].join('。'),
      requiredSkills: required,
      preferredSkills: preferred,
      minExperienceYears: rng.chance(0.4) ? null : ties ? rng.pick([0, 5]) : rng.int(0, 10),
      periodMonths: rng.chance(0.15) ? null : rng.pick(ties ? [6, 12] : [1, 3, 4, 6, 6, 12, 12, 18, 24]),
      monthlyWage: rng.chance(0.1) ? null : ties ? rng.pick([250_000, 300_000]) : rng.int(18, 45) * 10_000,
      shiftPattern: rng.chance(0.3) ? null : rng.pick(SHIFTS),
      workplacePrefectureCode: pref,
      workplaceCity: null,
      startBy: rng.chance(0.3) ? null : isoDate(DAY_2026 + (ties ? rng.pick([0, 60]) : rng.int(0, 360))),
    });
  }
  return out;
}

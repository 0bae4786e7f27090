import type { BasicAbilityUnit } from './model-sheet';

/**
 * Section II 職務遂行のための基本的能力: 7 units × 5 criteria, the same on every sheet and used unchanged (S001:504, 686).
 *
 * The seed prints them at S001:543–550, but extracting the table from the PDF shifted the criteria between rows (the
 * コミュニケーション row stops at (4), the next rows continue at (5)…(11), the 総評 row holds five criteria and one
 * duplicate). This is the spec's reconstruction (§4.2, [adopted]), by content and numbering; every one of the 36
 * printed sentences (35 distinct) is here exactly once, as the reference spec checks against the seed file. The seed
 * prints no codes for section II.
 */
export const BASIC_ABILITY_UNITS: readonly BasicAbilityUnit[] = [
  {
    code: 'WORK_ATTITUDE',
    name: '働く意識と取組',
    definition: '自らの職業意識・勤労観を持ち職務に取り組む能力',
    // S001:543.
    criteria: [
      '法令や職場のルール、慣行などを遵守している。',
      '出勤時間、約束時間などの定刻前に到着している。',
      '上司・先輩などからの業務指示・命令の内容を理解して従っている。',
      '仕事に対する自身の目的意識や思いを持って取り組んでいる。',
      'お客様に納得・満足していただけるよう仕事に取り組んでいる。',
    ],
  },
  {
    code: 'RESPONSIBILITY',
    name: '責任感',
    definition: '社会の一員としての自覚を持って主体的に職務を遂行する能力',
    // S001:544.
    criteria: [
      '一旦引き受けたことは途中で投げ出さず、最後までやり遂げている。',
      '上司・先輩の上位者や同僚、お客様などとの約束事は誠実に守っている。',
      '必要な手続や手間を省くことなく、決められた手順どおり仕事を進めている。',
      '自分が犯した失敗やミスについて、他人に責任を押し付けず自分で受け止めている。',
      '次の課題を見据えながら、手がけている仕事に全力で取り組んでいる。',
    ],
  },
  {
    code: 'BUSINESS_MANNERS',
    name: 'ビジネスマナー',
    definition: '円滑に職務を遂行するためにマナーの良い対応を行う能力',
    // S001:545.
    criteria: [
      '職場において、職務にふさわしい身だしなみを保っている。',
      '職場の上位者や同僚などに対し、日常的な挨拶をきちんと行っている。',
      '状況に応じて適切な敬語の使い分けをしている。',
      'お客様に対し、礼儀正しい対応(お辞儀、挨拶、言葉遣い)をしている。',
      '接遇時、訪問時などに基本的なビジネス・マナーを実践している。',
    ],
  },
  {
    code: 'COMMUNICATION',
    name: 'コミュニケーション',
    definition: '適切な自己表現・双方向の意思疎通を図る能力',
    // (1)–(4) S001:546; (5) printed as チームワーク (5), S001:547.
    criteria: [
      '上司・先輩などの上位者に対し、正確にホウレンソウ(報告・連絡・相談)をしている。',
      '自分の意見や主張を筋道立てて相手に説明している。',
      '相手の心情に配慮し、適切な態度や言葉遣い、姿勢で依頼や折衝をしている。',
      '職場の同僚等と本音で話し合える人間関係を構築している。',
      '苦手な上司や同僚とも、仕事上支障がないよう、必要な関係を保っている。',
    ],
  },
  {
    code: 'TEAMWORK',
    name: 'チームワーク',
    definition: '協調性を発揮して職務を遂行する能力',
    // (1)–(5) printed as (6)–(8), S001:547, and (9)–(10), S001:548.
    criteria: [
      '余裕がある場合には、周囲の忙しそうな人の仕事を手伝っている。',
      'チームプレーを行う際には、仲間と仕事や役割を分担して協同で取り組んでいる。',
      '周囲の同僚の立場や状況を考えながら、チームプレーを行っている。',
      '苦手な同僚、考え方の異なる同僚であっても、協力して仕事を進めている。',
      '職場の新人や下位者に対して業務指導や仕事のノウハウ提供をしている。',
    ],
  },
  {
    code: 'CHALLENGE',
    name: 'チャレンジ意欲',
    definition: '行動力・実行力を発揮して職務を遂行する能力',
    // (1) printed (11) S001:548; (2)–(5) printed in the 考える力 row, S001:549.
    criteria: [
      '仕事を効率的に進められるように、作業の工夫や改善に取り組んでいる。',
      '必要性に気づいたら、人に指摘される前に行動に移している。',
      'よいと思ったことはどんどん上位者に意見を述べている。',
      '未経験の仕事や難しい仕事でも「やらせてほしい」と自ら申し出ている。',
      '新しい仕事に挑戦するため、資格取得や自己啓発などに取り組んでいる。',
    ],
  },
  {
    code: 'THINKING',
    name: '考える力',
    definition: '向上心・探求心を持って課題を発見しながら職務を遂行する能力',
    // (1) printed (6) S001:549; (2)–(5) printed in the (総評・コメント) row, S001:550, whose (2) and (3) are one
    // sentence printed twice.
    criteria: [
      '作業や依頼されたことに対して、完成までの見通しを立てて、とりかかっている。',
      '新しいことに取り組むときには、手順や必要なことを洗い出している。',
      '仕事について工夫や改善を行った内容を再度点検して、さらによいものにしていく。',
      '上手くいかない仕事に対しても、原因をつきとめ、再チャレンジしている。',
      '不意の問題やトラブルが発生したときに、解決するための対応をとっている。',
    ],
  },
];

/** The Job Card hub's own words; each area's screens have their own messages module. */
export const jobcardMessages = {
  title: 'ジョブ・カード・訓練',
  lead: '職業能力の評価 (ジョブ・カード)、有期実習型訓練の計画と助成金、RETRY の訓練プログラム、派遣元のキャリアアップ訓練の報告を扱います。',
  areas: {
    sheets: {
      title: '評価シート',
      body: '出向者・登録者・訓練生の職業能力を、訓練開始前の目標・中間・最終の3回、本人と企業が A・B・C で評価します。印刷・Excel 出力ができます。',
    },
    plans: {
      title: '訓練実施計画',
      body: '有期実習型訓練の期間・カリキュラム・実施体制を入力すると、その場で要件を確かめます。訓練生と事業主の要件、訓練日誌も扱います。',
    },
    subsidies: {
      title: '助成金の試算',
      body: '訓練の助成 (賃金助成・経費助成・OJT 実施助成) と正社員化の助成を、適用される単価表で計算の内訳とともに試算します。',
    },
    retry: {
      title: 'RETRY 訓練プログラム',
      body: 'マッチングで不足する資格・技能に応じた訓練メニューを探し、出向者・登録者への紹介と受講を記録します。',
    },
    dispatch: {
      title: '派遣労働者のキャリアアップ訓練の報告',
      body: '派遣元事業主の訓練実績から、様式第11号の年平均・3年平均の受講時間を計算し、様式の形で出力します。',
    },
  },
  areasLabel: 'ジョブ・カード・訓練の機能',
} as const;

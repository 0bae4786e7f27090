/** Wording of the app's frame (not of the domain: the API owns that). */
export const messages = {
  productName: '架け橋',
  notFound: {
    title: 'ページが見つかりません',
    body: 'お探しのページは移動または削除されたか、アドレスが間違っている可能性があります。',
    home: 'ホームへ戻る',
  },
  failure: {
    title: '表示できませんでした',
    body: '通信または処理に問題がありました。時間をおいて、もう一度お試しください。',
    retry: '再読み込み',
  },
  loading: '読み込み中…',
} as const;

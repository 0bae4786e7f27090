import { Role, ROLE_LABELS } from '@kakehashi/authz';
import { registerLabelledEnum } from '@kakehashi/graphql-core';

// The GraphQL enum for @kakehashi/authz's Role; registered once, here, by the module that owns user accounts.
registerLabelledEnum(Role, {
  name: 'Role',
  description: 'ユーザーのロール (1人1ロール) / A user’s single role.',
  labels: ROLE_LABELS,
  descriptions: {
    ADMIN: 'ユーザーと設定の管理',
    HQ_COORDINATOR: 'センター本部のコーディネーター',
    CONSULTANT: '地方事務所に所属するコンサルタント',
    EXECUTIVE: '全国の統計を閲覧',
    PARTNER_HQ: '提携機関の本部(機関全体)',
    PARTNER_BRANCH: '提携機関の支店・支部',
  },
});

export { Role };

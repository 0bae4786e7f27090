import { Role } from '@kakehashi/authz';
import { registerEnumType } from '@nestjs/graphql';

// The GraphQL enum for @kakehashi/authz's Role; registered once, here, by the module that owns user accounts.
registerEnumType(Role, {
  name: 'Role',
  description: 'ユーザーのロール (1人1ロール) / A user’s single role.',
  valuesMap: {
    ADMIN: { description: '管理者: ユーザー管理 / Administrator.' },
    HQ_COORDINATOR: { description: '本部コーディネーター / Center headquarters coordinator.' },
    CONSULTANT: { description: 'コンサルタント (地方事務所所属) / Consultant of one regional office.' },
    EXECUTIVE: { description: '経営層: 全国統計の閲覧 / Executive; reads national statistics.' },
    PARTNER_HQ: { description: '提携機関(本部) / Partner institution headquarters.' },
    PARTNER_BRANCH: { description: '提携機関(支部) / Partner institution branch.' },
  },
});

export { Role };

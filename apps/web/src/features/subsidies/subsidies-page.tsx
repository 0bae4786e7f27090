import { PageHeader } from '@kakehashi/web-ui';
import { usePageTitle } from '../../app/use-page-title';

// Placeholder until the screen lands.
export function SubsidiesPage() {
  usePageTitle('助成金の試算');
  return (
    <PageHeader
      title="助成金の試算"
      lead="人材開発支援助成金 (人への投資促進コース・有期実習型訓練) とキャリアアップ助成金 (正社員化コース) を試算します。"
    />
  );
}

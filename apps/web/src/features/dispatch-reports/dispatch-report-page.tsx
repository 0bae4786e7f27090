import { PageHeader } from '@kakehashi/web-ui';
import { usePageTitle } from '../../app/use-page-title';

// Placeholder until the screen lands.
export function DispatchReportPage() {
  usePageTitle('派遣労働者のキャリアアップ訓練の報告 (様式第11号)');
  return <PageHeader title="派遣労働者のキャリアアップ訓練の報告 (様式第11号)" lead="" />;
}

import { PageHeader } from '@kakehashi/web-ui';
import { usePageTitle } from '../../app/use-page-title';

// Placeholder until the screen lands.
export function TrainingPlansPage() {
  usePageTitle('訓練実施計画');
  return <PageHeader title="訓練実施計画" lead="有期実習型訓練の訓練実施計画の一覧です。" />;
}

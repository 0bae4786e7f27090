import { PageHeader } from '@kakehashi/web-ui';
import { usePageTitle } from '../../app/use-page-title';

// Placeholder until the screen lands.
export function TrainingPlanNewPage() {
  usePageTitle('訓練実施計画を作成');
  return <PageHeader title="訓練実施計画を作成" lead="" />;
}

import { PageHeader } from '@kakehashi/web-ui';
import { usePageTitle } from '../../app/use-page-title';

// Placeholder until the screen lands.
export function TrainingPlanPage() {
  usePageTitle('訓練実施計画');
  return <PageHeader title="訓練実施計画" lead="" />;
}

import { PageHeader } from '@kakehashi/web-ui';
import { usePageTitle } from '../../app/use-page-title';

// Placeholder until the screen lands.
export function RetryCataloguePage() {
  usePageTitle('RETRY 訓練プログラム');
  return <PageHeader title="RETRY 訓練プログラム" lead="" />;
}

import { PageHeader } from '@kakehashi/web-ui';
import { usePageTitle } from '../../app/use-page-title';

// Placeholder until the screen lands.
export function EvaluationSheetPage() {
  usePageTitle('評価シート');
  return <PageHeader title="評価シート" lead="" />;
}

import { PageHeader } from '@kakehashi/web-ui';
import { usePageTitle } from '../../app/use-page-title';

// Placeholder until the screen lands.
export function EvaluationSheetPrintPage() {
  usePageTitle('評価シート（印刷）');
  return <PageHeader title="評価シート（印刷）" lead="" />;
}

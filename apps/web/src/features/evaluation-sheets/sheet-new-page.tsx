import { PageHeader } from '@kakehashi/web-ui';
import { usePageTitle } from '../../app/use-page-title';

// Placeholder until the screen lands.
export function EvaluationSheetNewPage() {
  usePageTitle('評価シートを作成');
  return <PageHeader title="評価シートを作成" lead="" />;
}

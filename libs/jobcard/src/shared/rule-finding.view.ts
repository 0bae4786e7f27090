import type { RuleFinding } from './rule-finding';
import type { RuleFindingModel } from './rule-finding.model';

export const toRuleFindingModel = (finding: RuleFinding): RuleFindingModel => ({ ...finding });

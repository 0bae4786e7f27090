import type { InstitutionDetail } from './use-institution-reload';
import type { PartnerReferenceLists } from './use-partner-reference-lists';

/** What every tab of an institution's page receives. */
export interface PartnerTabProps {
  institution: InstitutionDetail;
  lists: PartnerReferenceLists;
  /** The date agreements in force are counted on (from the URL). */
  asOf: string;
  /** Tells the page what a change did (shown in its status area). */
  onDone: (message: string) => void;
}

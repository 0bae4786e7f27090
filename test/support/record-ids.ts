import type { DataSource } from 'typeorm';
import type { IdSource } from './fuzz';

/** Tables by the name an input gives their id (`companyId`), or the entity an operation's bare `id` belongs to. */
export const ID_TABLES: Record<string, string> = {
  company: 'companies',
  sendingOffer: 'sending_offers',
  receivingOffer: 'receiving_offers',
  user: 'users',
  partnerUser: 'users',
  skill: 'skills',
  office: 'offices',
  institution: 'partner_institutions',
  partnerInstitution: 'partner_institutions',
  branch: 'partner_branches',
  partnerBranch: 'partner_branches',
  partnerContact: 'partner_contacts',
  contact: 'partner_contacts',
  partnerAgreement: 'partner_agreements',
  agreement: 'partner_agreements',
  case: 'cases',
  referral: 'referrals',
  registrant: 'talent_bank_registrants',
  talentBankRegistrant: 'talent_bank_registrants',
};

/**
 * Ids by entity: a field `companyId` takes the company's; a bare `id` takes that of the longest entity its operation
 * names (`updateTalentBankRegistrant` → registrant).
 */
export function idSource(idsByTable: ReadonlyMap<string, string>): IdSource {
  const entities = Object.keys(ID_TABLES).sort((a, b) => b.length - a.length);
  return (field, operation) => {
    const entity =
      field === 'id'
        ? entities.find((key) => operation.toLowerCase().includes(key.toLowerCase()))
        : field.replace(/Ids?$/, '');
    const table = entity ? ID_TABLES[entity] : undefined;
    return table ? idsByTable.get(table) : undefined;
  };
}

/** The first row's id of every table in ID_TABLES that has one. */
export async function firstIds(dataSource: DataSource): Promise<Map<string, string>> {
  const byTable = new Map<string, string>();
  for (const table of new Set(Object.values(ID_TABLES))) {
    const [row] = await dataSource.query<{ id: string }[]>(
      `SELECT id FROM ${table} ORDER BY created_at LIMIT 1`,
    );
    if (row) byTable.set(table, row.id);
  }
  return byTable;
}

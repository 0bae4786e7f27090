import { readSeedCsv } from '@kakehashi/database';
import type { DataSource } from 'typeorm';
import { cleanBranchName, cleanName } from '../institutions/services/institution-fields';
import { seedPartnerInstitutions } from './seed-partner-reference-data';

/**
 * The demo partner institution with its agreement (prisma/seed/demo/partner-institutions.csv and
 * partner-agreements.csv, loaded as the reference institutions are), then the demo branches and contacts of partner
 * institutions (partner-branches.csv and partner-contacts.csv), by fixed id: adds the missing ones and leaves the rest
 * alone; returns how many it added. Runs before the demo users, whose partner accounts name these institutions and
 * branches. Raw SQL (the CLI's entity-less DataSource).
 */
export async function seedDemoPartners(dataSource: DataSource): Promise<Record<string, number>> {
  const { inserted: demoPartnerInstitutions } = await seedPartnerInstitutions(dataSource, {
    institutions: 'demo/partner-institutions.csv',
    agreements: 'demo/partner-agreements.csv',
  });
  const branches = readSeedCsv('demo/partner-branches.csv');
  const contacts = readSeedCsv('demo/partner-contacts.csv');
  let partnerBranches = 0;
  let partnerContacts = 0;
  for (const row of branches) {
    const result: unknown[] = await dataSource.query(
      `INSERT INTO "partner_branches" ("id", "institution_id", "name", "prefecture_code", "version")
       VALUES ($1, $2, $3, $4, 1) ON CONFLICT DO NOTHING RETURNING "id"`,
      [row['id'], row['institution_id'], cleanBranchName(row['name'] ?? ''), row['prefecture_code']],
    );
    partnerBranches += result.length;
  }
  for (const row of contacts) {
    const result: unknown[] = await dataSource.query(
      `INSERT INTO "partner_contacts" ("id", "institution_id", "branch_id", "name", "title", "email", "phone", "version")
       VALUES ($1, $2, $3, $4, $5, $6, $7, 1) ON CONFLICT DO NOTHING RETURNING "id"`,
      [
        row['id'],
        row['institution_id'],
        row['branch_id'] || null,
        cleanName(row['name'] ?? ''),
        row['title'] || null,
        row['email'] || null,
        row['phone'] || null,
      ],
    );
    partnerContacts += result.length;
  }
  return { demoPartnerInstitutions, partnerBranches, partnerContacts };
}

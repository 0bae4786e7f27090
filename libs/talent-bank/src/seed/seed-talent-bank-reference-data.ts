import { readSeedCsv } from '@kakehashi/database';
import type { DataSource } from 'typeorm';

/**
 * The purpose texts registrants consent to (prisma/seed/talent-bank-consent-purposes.csv): reference data, loaded
 * after every migration. A version is inserted once and never changed (what each person agreed to stays provable);
 * a new text is a new row with a new version.
 */
export async function seedTalentBankReferenceData(dataSource: DataSource): Promise<Record<string, number>> {
  const rows = readSeedCsv('talent-bank-consent-purposes.csv').map((row) => ({
    version: row['version'],
    effectiveFrom: row['effective_from'],
    purposeText: row['purpose_text'],
  }));
  const inserted: unknown[] = await dataSource.query(
    `INSERT INTO "talent_bank_consent_purposes" ("version", "effective_from", "purpose_text")
     SELECT r."version", r."effectiveFrom", r."purposeText"
       FROM jsonb_to_recordset($1::jsonb) AS r("version" varchar, "effectiveFrom" date, "purposeText" text)
     ON CONFLICT ("version") DO NOTHING
     RETURNING "version"`,
    [JSON.stringify(rows)],
  );
  return { talentBankConsentPurposes: inserted.length };
}

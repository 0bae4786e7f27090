import { readSeedCsv } from '@kakehashi/database';
import type { DataSource } from 'typeorm';
import { normaliseCompanyFields, type CompanyValues } from '../companies/services/company-fields';

const FILE = 'demo/companies.csv';

/**
 * Inserts the fictitious demo companies, skipping those already there (same corporate number or, without one, same
 * normalised name in the same prefecture), so it can run on every start. Rows pass the same validation as the API.
 * Returns how many were inserted.
 */
export async function seedDemoCompanies(dataSource: DataSource): Promise<number> {
  const rows = readSeedCsv(FILE);
  const officeRows: { id: string; code: string }[] = await dataSource.query(
    `SELECT "id", "code" FROM "offices"`,
  );
  const officeIdByCode = new Map(officeRows.map((o) => [o.code, o.id]));

  const companies = rows.map((row, index) => {
    const where = `${FILE} row ${index + 1} (${row['legal_name']})`;
    const { values, errors } = normaliseCompanyFields(
      {
        legalName: row['legal_name'],
        legalNameKana: row['legal_name_kana'],
        corporateNumber: row['corporate_number'],
        jsicMajorCode: row['jsic_code'],
        jsicMiddleCode: row['jsic_middle_code'],
        prefectureCode: row['prefecture_code'],
        address: row['address'],
        size: row['size'],
        employeeCount: row['employee_count'] ? Number(row['employee_count']) : null,
        contactName: row['contact_name'],
        notes: row['notes'],
      },
      where,
    );
    if (errors.length) throw new Error(errors.map((e) => `${e.field}: ${e.message}`).join('\n'));
    const owningOfficeId = officeIdByCode.get(row['office_code'] ?? '');
    if (!owningOfficeId)
      throw new Error(`${where}: unknown office_code "${row['office_code']}" (run the reference seed first)`);
    return { ...values, owningOfficeId };
  });

  return dataSource.transaction(async (manager) => {
    let inserted = 0;
    for (const company of companies) {
      const [{ exists }]: { exists: boolean }[] = await manager.query(
        company.corporateNumber
          ? `SELECT EXISTS (SELECT 1 FROM "companies" WHERE "corporate_number" = $1) AS "exists"`
          : `SELECT EXISTS (SELECT 1 FROM "companies" WHERE "name_search_key" = $1 AND "prefecture_code" = $2) AS "exists"`,
        company.corporateNumber ? [company.corporateNumber] : [company.nameSearchKey, company.prefectureCode],
      );
      if (exists) continue;
      // ON CONFLICT: a company registered through the API between the check and here is not an error either.
      const result: unknown[] = await manager.query(
        `INSERT INTO "companies" (${COLUMNS.map((c) => `"${c}"`).join(', ')}, "version")
         VALUES (${COLUMNS.map((_c, i) => `$${i + 1}`).join(', ')}, 1)
         ON CONFLICT ("corporate_number") DO NOTHING
         RETURNING "id"`,
        columnValues(company),
      );
      inserted += result.length;
    }
    return inserted;
  });
}

const COLUMNS = [
  'legal_name',
  'legal_name_kana',
  'name_search_key',
  'kana_search_key',
  'corporate_number',
  'jsic_major_code',
  'jsic_middle_code',
  'prefecture_code',
  'address',
  'size',
  'employee_count',
  'contact_name',
  'contact_phone',
  'contact_email',
  'owning_office_id',
  'notes',
] as const;

function columnValues(c: CompanyValues & { owningOfficeId: string }): (string | number | null)[] {
  return [
    c.legalName,
    c.legalNameKana,
    c.nameSearchKey,
    c.kanaSearchKey,
    c.corporateNumber,
    c.jsicMajorCode,
    c.jsicMiddleCode,
    c.prefectureCode,
    c.address,
    c.size,
    c.employeeCount,
    c.contactName,
    c.contactPhone,
    c.contactEmail,
    c.owningOfficeId,
    c.notes,
  ];
}

import { readSeedCsv } from '@kakehashi/database';
import { companyNameSearchKey } from '@kakehashi/text';
import { isUUID } from 'class-validator';
import type { DataSource } from 'typeorm';
import { AgreementCounterpart, AgreementStatus, PartnerType } from '../partner-enums';
import { parseCalendarDate } from '@kakehashi/calendar';
import { cleanName, prefectureCode } from '../institutions/services/institution-fields';

interface SeedInstitution {
  id: string;
  type: PartnerType;
  name: string;
  nameSearchKey: string;
  hasHqStep: boolean;
  coveredPrefectureCodes: string[];
}

interface SeedAgreement {
  institutionId: string;
  signedOn: string;
  counterpart: AgreementCounterpart;
  officeId: string | null;
  status: AgreementStatus;
  endedOn: string | null;
}

/**
 * The partner institutions with a partnership agreement and their agreements (prisma/seed/partner-institutions.csv and
 * partner-agreements.csv): reference data, loaded after every migration (production included) because the Center's
 * published agreement figures must come out of the database. Each institution is inserted once, with its agreements,
 * the first time its id is absent; an institution that exists is never touched again (an administrator may have
 * renamed a placeholder or ended an agreement). Needs the offices (organisations' reference data) first. Raw SQL
 * because it runs on the entity-less DataSource of the CLI.
 */
export async function seedPartnerReferenceData(dataSource: DataSource): Promise<Record<string, number>> {
  const { institutions, agreements } = await seedPartnerInstitutions(dataSource, {
    institutions: 'partner-institutions.csv',
    agreements: 'partner-agreements.csv',
  });
  return { partnerInstitutions: institutions.length, partnerAgreements: agreements.length };
}

/**
 * The institutions of one institutions file (prisma/seed/<file>) with the agreements of its agreements file: each
 * institution missing by id is inserted with its agreements; one that exists is left alone. Returns what the files
 * hold and how many institutions were inserted (the demo data counts those).
 */
export async function seedPartnerInstitutions(
  dataSource: DataSource,
  files: { institutions: string; agreements: string },
): Promise<{ institutions: SeedInstitution[]; agreements: SeedAgreement[]; inserted: number }> {
  const offices: { id: string; code: string }[] = await dataSource.query('SELECT id, code FROM offices');
  const officeByCode = new Map(offices.map((office) => [office.code, office.id]));
  const institutions = readSeedCsv(files.institutions).map((row, index) =>
    institutionRow(row, index, files.institutions),
  );
  const known = new Set(institutions.map((i) => i.id));
  const agreements = readSeedCsv(files.agreements).map((row, index) =>
    agreementRow(row, index, officeByCode, known, files.agreements),
  );

  const inserted = await dataSource.transaction(async (manager) => {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO "partner_institutions"
         ("id", "type", "name", "name_search_key", "has_hq_step", "covered_prefecture_codes", "version")
       SELECT r."id", r."type", r."name", r."name_search_key", r."has_hq_step", r."covered_prefecture_codes", 1
         FROM jsonb_to_recordset($1::jsonb) AS r("id" uuid, "type" varchar, "name" varchar,
              "name_search_key" varchar, "has_hq_step" boolean, "covered_prefecture_codes" text[])
       ON CONFLICT DO NOTHING
       RETURNING "id"`,
      [JSON.stringify(institutions.map(toColumns))],
    );
    const added = new Set(rows.map((row) => row.id));
    const theirs = agreements.filter((a) => added.has(a.institutionId));
    if (theirs.length === 0) return rows.length;
    await manager.query(
      `INSERT INTO "partner_agreements"
         ("institution_id", "signed_on", "counterpart", "office_id", "status", "ended_on", "version")
       SELECT r."institution_id", r."signed_on", r."counterpart", r."office_id", r."status", r."ended_on", 1
         FROM jsonb_to_recordset($1::jsonb) AS r("institution_id" uuid, "signed_on" date, "counterpart" varchar,
              "office_id" uuid, "status" varchar, "ended_on" date)`,
      [
        JSON.stringify(
          theirs.map((a) => ({
            institution_id: a.institutionId,
            signed_on: a.signedOn,
            counterpart: a.counterpart,
            office_id: a.officeId,
            status: a.status,
            ended_on: a.endedOn,
          })),
        ),
      ],
    );
    return rows.length;
  });
  return { institutions, agreements, inserted };
}

function toColumns(i: SeedInstitution) {
  return {
    id: i.id,
    type: i.type,
    name: i.name,
    name_search_key: i.nameSearchKey,
    has_hq_step: i.hasHqStep,
    covered_prefecture_codes: i.coveredPrefectureCodes,
  };
}

/** A bad row is a bug in the CSV: reported by file and row. */
function institutionRow(row: Record<string, string>, index: number, file: string): SeedInstitution {
  const where = `prisma/seed/${file} row ${index + 1}`;
  const id = row['id'] ?? '';
  const type = row['type'] as PartnerType;
  const name = cleanName(row['name'] ?? '');
  if (!isUUID(id)) throw new Error(`${where}: id is not a UUID`);
  if (!Object.values(PartnerType).includes(type)) throw new Error(`${where}: unknown type ${type}`);
  if (!name || !['true', 'false'].includes(row['has_hq_step'] ?? ''))
    throw new Error(`${where}: name and has_hq_step (true/false) are required`);
  const raw = (row['covered_prefecture_codes'] ?? '').split(/\s+/).filter(Boolean);
  const codes = raw.map(prefectureCode);
  if (codes.some((c) => c === null)) throw new Error(`${where}: bad prefecture code in ${raw.join(' ')}`);
  return {
    id,
    type,
    name,
    nameSearchKey: companyNameSearchKey(name),
    hasHqStep: row['has_hq_step'] === 'true',
    coveredPrefectureCodes: [...new Set(codes as string[])].sort(),
  };
}

function agreementRow(
  row: Record<string, string>,
  index: number,
  officeByCode: Map<string, string>,
  institutions: Set<string>,
  file: string,
): SeedAgreement {
  const where = `prisma/seed/${file} row ${index + 1}`;
  const institutionId = row['institution_id'] ?? '';
  if (!institutions.has(institutionId)) throw new Error(`${where}: no institution ${institutionId}`);
  const signedOn = parseCalendarDate(row['signed_on'] ?? '');
  const endedOn = row['ended_on'] ? parseCalendarDate(row['ended_on']) : null;
  if (!signedOn || (row['ended_on'] && (!endedOn || endedOn < signedOn)))
    throw new Error(`${where}: bad signed_on or ended_on`);
  const code = row['counterpart_office_code'] ?? '';
  const officeId = officeByCode.get(code);
  if (!officeId) throw new Error(`${where}: no office with code ${code}`);
  const isHq = code === 'HQ';
  return {
    institutionId,
    signedOn,
    counterpart: isHq ? AgreementCounterpart.CENTER_HQ : AgreementCounterpart.REGIONAL_OFFICE,
    officeId: isHq ? null : officeId,
    status: endedOn ? AgreementStatus.ENDED : AgreementStatus.ACTIVE,
    endedOn,
  };
}

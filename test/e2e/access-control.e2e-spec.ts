import { PUBLIC_METADATA, Role, ROLES_METADATA } from '@kakehashi/authz';
import { DEMO_PASSWORD } from '@kakehashi/platform';
import { ModulesContainer, Reflector } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { errorCode, graphql, login } from '../support/graphql-client';
import { everyOperation, type OperationCall } from '../support/operations';
import { startTestApi, type RunningApi } from '../support/test-api';

const DEMO_USER: Record<Role, string> = {
  [Role.ADMIN]: 'admin@kakehashi.example',
  [Role.HQ_COORDINATOR]: 'hq@kakehashi.example',
  [Role.CONSULTANT]: 'consultant@kakehashi.example',
  [Role.EXECUTIVE]: 'executive@kakehashi.example',
  [Role.PARTNER_HQ]: 'partner.hq@kakehashi.example',
  [Role.PARTNER_BRANCH]: 'partner.branch@kakehashi.example',
};

/** Operations open without signing in. Everything else must refuse an anonymous caller. */
const PUBLIC_OPERATIONS = ['Mutation.login', 'Mutation.signIn'];

/** One's own account, and the Japanese labels of the schema's enums (the same text as the schema's descriptions). */
const SIGNED_IN = [
  'Query.me',
  'Mutation.changeMyPassword',
  'Mutation.signOut',
  'Mutation.changeMyPasswordInSession',
  'Query.enumLabels',
];
const REFERENCE = [
  'Query.offices',
  'Query.office',
  'Query.prefectures',
  'Query.jsicMajorGroups',
  'Query.occupationMajorGroups',
];
const COMPANY_READ = ['Query.companies', 'Query.company'];
const COMPANY_WRITE = ['Mutation.createCompany', 'Mutation.updateCompany'];
const USER_READ = ['Query.users', 'Query.user'];
const USER_WRITE = [
  'Mutation.createUser',
  'Mutation.updateUser',
  'Mutation.deactivateUser',
  'Mutation.reactivateUser',
];
const OFFER_READ = [
  'Query.sendingOffers',
  'Query.sendingOffer',
  'Query.receivingOffers',
  'Query.receivingOffer',
];
const OFFER_WRITE = [
  'Mutation.createSendingOffer',
  'Mutation.updateSendingOffer',
  'Mutation.createReceivingOffer',
  'Mutation.updateReceivingOffer',
];
const SKILL_READ = ['Query.skills'];
const SKILL_WRITE = ['Mutation.createSkill', 'Mutation.updateSkill'];
const MATCHING = [
  'Query.matchesForSendingOffer',
  'Query.matchesForReceivingOffer',
  'Mutation.dismissMatch',
  'Mutation.takeUpMatch',
  'Mutation.restoreMatch',
  'Query.matchDecisions',
  'Query.matchDecision',
  'Query.matchingSettings',
  'Mutation.startAssignmentRun',
  'Mutation.cancelAssignmentRun',
  'Query.assignmentRun',
  'Query.assignmentRuns',
];
const MATCHING_SETTINGS_WRITE = ['Mutation.updateMatchingSettings', 'Query.previewMatchingSettings'];
const MAINTENANCE = ['Mutation.rebuildCompanySearchKeys', 'Query.maintenanceJob'];
/** Case summaries, the board and the list: every Center staff member who brokers. */
const CASE_READ = ['Query.caseSummary', 'Query.caseBoard', 'Query.cases'];
/** Working cases (the office involved is checked in the services): consultants and HQ coordinators. */
const CASE_WORK = [
  'Query.case',
  'Mutation.createCase',
  'Mutation.updateCaseTeam',
  'Mutation.recordCaseWorkers',
  'Mutation.recordCaseMeeting',
  'Mutation.recordCaseInternalProcedure',
  'Mutation.recordCaseWorkplaceTour',
  'Mutation.recordCaseContract',
  'Mutation.recordCaseHiringAgreement',
  'Mutation.advanceCase',
  'Mutation.moveCaseBack',
  'Mutation.endCaseNotEstablished',
  'Mutation.recordCaseEstablishment',
  'Mutation.correctCaseEstablishment',
  'Mutation.completeCase',
  'Mutation.recordFollowUp',
  'Query.myTasks',
];
const FOLLOW_UP_SETTINGS_READ = ['Query.caseFollowUpSettings'];
const FOLLOW_UP_SETTINGS_WRITE = ['Mutation.updateCaseFollowUpSettings'];
/** Everyone signed in reads and marks their own notifications, partners included. */
const NOTIFICATIONS = [
  'Query.notifications',
  'Query.unreadNotificationCount',
  'Mutation.markNotificationsRead',
  'Mutation.markAllNotificationsRead',
];

/** Partner institutions, their branches, agreements, contacts and accounts: administrators and HQ coordinators. */
const PARTNERS = [
  'Query.partnerInstitutions',
  'Query.partnerInstitution',
  'Mutation.createPartnerInstitution',
  'Mutation.updatePartnerInstitution',
  'Mutation.addPartnerBranch',
  'Mutation.updatePartnerBranch',
  'Mutation.addPartnerAgreement',
  'Mutation.endPartnerAgreement',
  'Mutation.addPartnerContact',
  'Mutation.updatePartnerContact',
  'Mutation.createPartnerUser',
  'Query.partnerUsers',
  'Mutation.updatePartnerUser',
  'Mutation.deactivatePartnerUser',
  'Mutation.reactivatePartnerUser',
];
/** The agreement figures (連携協定の締結状況): partner managers and executives, who read aggregates. */
const PARTNER_FIGURES = ['Query.partnerAgreementCounts'];
/** A partner user's own institution: partner users only. */
const MY_PARTNER = ['Query.myPartnerInstitution'];
/**
 * Reading referrals (the services keep each to its scope: partners their own, headquarters and administrators what
 * was forwarded, consultants their office's assignments). Executives read statistics only.
 */
const REFERRAL_READ = [
  'Query.referral',
  'Query.referrals',
  // Counts by status and the changes since one's own marker, in the same scope.
  'Query.referralStatusCounts',
  'Query.referralChanges',
  'Mutation.markReferralChangesSeen',
];
/** The code lists a partner's referral form needs: the client's prefecture and industry (JSIC major group). */
const REFERRAL_FORM_CODES = ['Query.prefectures', 'Query.jsicMajorGroups'];
/** Partners draft, correct, submit and withdraw their own referrals. */
const REFERRAL_PARTNER = [
  'Mutation.createReferral',
  'Mutation.updateReferral',
  'Mutation.submitReferral',
  'Mutation.withdrawReferral',
  // The referral form's 法人番号 check as the partner types.
  'Query.checkCorporateNumber',
];
/** A partner's head office forwards its institution's referrals to the Center. */
const REFERRAL_FORWARD = ['Mutation.forwardReferral'];
/** Bulk upload by a partner's head office: the template, the dry run and the import. */
const REFERRAL_UPLOAD = [
  'Query.referralImportTemplate',
  'Mutation.validateReferralImport',
  'Mutation.importReferrals',
];
/** The uploads' status: the uploading head office (its own, by row-level security) and Center headquarters. */
const REFERRAL_IMPORT_READ = ['Query.referralImport', 'Query.referralImports'];
/** Center headquarters accepts, returns and assigns. */
const REFERRAL_COORDINATE = [
  'Mutation.acceptReferral',
  'Mutation.returnReferral',
  'Mutation.assignReferral',
  'Mutation.reviewReferrals',
];
/** The assigned office's consultants (and headquarters) convert, report the outcome and write internal notes. */
const REFERRAL_WORK = [
  'Mutation.convertReferral',
  'Mutation.reportReferralOutcome',
  'Mutation.addReferralNote',
];

/** The figures: executives, headquarters and administrators any scope, consultants their own office. */
const STATISTICS_READ = [
  'Query.monthlyStatistics',
  'Query.annualStatistics',
  'Query.industryFlows',
  'Query.statisticsScopes',
];
/** Closing a month (締め): headquarters coordinators. */
const STATISTICS_CLOSE = ['Mutation.closeStatisticsMonth'];
/** Rebuilding the rollups from the raw records: administrators. */
const STATISTICS_MAINTENANCE = ['Mutation.rebuildStatistics', 'Query.statisticsRebuild'];

/**
 * Career Talent Bank registrants (personal data): consultants (their office's, checked in the services) and
 * headquarters coordinators; administrators, executives and partners never.
 */
const TALENT_BANK_REGISTRANTS = [
  'Query.talentBankRegistrants',
  'Query.talentBankRegistrant',
  'Query.talentBankOpeningsForRegistrant',
  'Query.talentBankRegistrantsForOpening',
  'Query.talentBankConsentPurposes',
  'Query.talentBankSupportRequests',
  'Query.talentBankSupportRequest',
  'Mutation.registerTalentBankRegistrant',
  'Mutation.updateTalentBankRegistrant',
  'Mutation.recordTalentBankContact',
  'Mutation.withdrawTalentBankConsent',
  'Mutation.recordTalentBankReemployment',
  'Mutation.exportTalentBankRegistrant',
  'Mutation.createTalentBankSupportRequest',
  'Mutation.revealTalentBankContact',
  'Query.talentBankGuidance',
  'Query.checkTalentBankEligibility',
];
/** Senior openings (offers data): the staff who broker offers. */
const TALENT_BANK_OPENINGS = [
  'Query.seniorOpenings',
  'Query.seniorOpening',
  'Mutation.saveSeniorOpening',
  'Mutation.removeSeniorOpening',
];
/** Re-employment figures (aggregates): executives, headquarters, administrators. */
const TALENT_BANK_FIGURES = ['Query.talentBankOutcomes'];
/** The personal-data access log: administrators. */
const TALENT_BANK_ACCESS_LOG = ['Query.talentBankAccessLog'];
/**
 * Job Card evaluation sheets (personal data): consultants (of the person's offices, checked in the services) and
 * headquarters coordinators; administrators, executives and partners never.
 */
const JOBCARD_SHEETS = [
  'Query.evaluationSheet',
  'Query.evaluationSheets',
  'Mutation.createEvaluationSheet',
  'Mutation.updateEvaluationSheet',
  'Mutation.recordEvaluation',
  'Mutation.advanceEvaluation',
];
/** The Job Card's reference data (section II, model sheets): no personal data. */
const JOBCARD_REFERENCE = ['Query.evaluationSheetReference'];
/** The Job Card access log: administrators. */
const JOBCARD_ACCESS_LOG = ['Query.jobcardAccessLog'];
/**
 * Job Card training plans, their logs, the eligibility from a registrant's history, estimates kept with a case and
 * RETRY notes (personal data): consultants (of the company's, the case's or the registrant's office, checked in the
 * services) and headquarters coordinators; administrators, executives and partners never.
 */
const JOBCARD_PLANS = [
  'Query.trainingPlan',
  'Query.trainingPlans',
  'Mutation.saveTrainingPlan',
  'Mutation.acceptTrainingPlan',
  'Mutation.saveTrainingLog',
  'Query.registrantTrainingEligibility',
  'Mutation.attachSubsidyEstimate',
  'Mutation.noteRetryProgramme',
];
/** The Job Card's calculators and reference data (nothing stored or read of anyone): Center staff who broker. */
const JOBCARD_CALCULATORS = [
  'Query.validateTrainingPlan',
  'Query.traineeEligibility',
  'Query.employerTrainingEligibility',
  'Query.subsidyRateTables',
  'Query.estimateTrainingSubsidy',
  'Query.estimateConversionSubsidy',
  'Query.retryMenus',
  'Query.retryMenusForPerson',
  'Query.dispatchCareerUpReport',
  'Query.dispatchReportCodes',
];
/** The configured job schedules, read-only: administrators. */
const JOB_SCHEDULES = ['Query.jobSchedules'];

/** What each role may call (besides the public operations). Anything not listed must be FORBIDDEN. */
const ALLOWED: Record<Role, string[]> = {
  [Role.ADMIN]: [
    ...SIGNED_IN,
    ...TALENT_BANK_OPENINGS,
    ...TALENT_BANK_FIGURES,
    ...TALENT_BANK_ACCESS_LOG,
    ...JOBCARD_REFERENCE,
    ...JOBCARD_ACCESS_LOG,
    ...JOBCARD_CALCULATORS,
    ...JOB_SCHEDULES,
    ...REFERENCE,
    ...COMPANY_READ,
    ...COMPANY_WRITE,
    ...USER_READ,
    ...USER_WRITE,
    ...MAINTENANCE,
    ...OFFER_READ,
    ...OFFER_WRITE,
    ...SKILL_READ,
    ...SKILL_WRITE,
    ...MATCHING,
    ...MATCHING_SETTINGS_WRITE,
    ...CASE_READ,
    ...FOLLOW_UP_SETTINGS_READ,
    ...FOLLOW_UP_SETTINGS_WRITE,
    ...NOTIFICATIONS,
    ...PARTNERS,
    ...PARTNER_FIGURES,
    ...STATISTICS_READ,
    ...STATISTICS_MAINTENANCE,
    ...REFERRAL_READ,
  ],
  [Role.HQ_COORDINATOR]: [
    ...SIGNED_IN,
    ...TALENT_BANK_REGISTRANTS,
    ...JOBCARD_SHEETS,
    ...JOBCARD_REFERENCE,
    ...JOBCARD_PLANS,
    ...JOBCARD_CALCULATORS,
    ...TALENT_BANK_OPENINGS,
    ...TALENT_BANK_FIGURES,
    ...REFERENCE,
    ...COMPANY_READ,
    ...COMPANY_WRITE,
    ...USER_READ,
    ...OFFER_READ,
    ...OFFER_WRITE,
    ...SKILL_READ,
    ...MATCHING,
    ...CASE_READ,
    ...CASE_WORK,
    ...FOLLOW_UP_SETTINGS_READ,
    ...NOTIFICATIONS,
    ...PARTNERS,
    ...PARTNER_FIGURES,
    ...STATISTICS_READ,
    ...STATISTICS_CLOSE,
    ...REFERRAL_READ,
    ...REFERRAL_IMPORT_READ,
    ...REFERRAL_COORDINATE,
    ...REFERRAL_WORK,
  ],
  [Role.CONSULTANT]: [
    ...SIGNED_IN,
    ...TALENT_BANK_REGISTRANTS,
    ...JOBCARD_SHEETS,
    ...JOBCARD_REFERENCE,
    ...JOBCARD_PLANS,
    ...JOBCARD_CALCULATORS,
    ...TALENT_BANK_OPENINGS,
    ...REFERENCE,
    ...COMPANY_READ,
    ...COMPANY_WRITE,
    ...OFFER_READ,
    ...OFFER_WRITE,
    ...SKILL_READ,
    ...MATCHING,
    ...CASE_READ,
    ...CASE_WORK,
    ...NOTIFICATIONS,
    ...STATISTICS_READ,
    ...REFERRAL_READ,
    ...REFERRAL_WORK,
  ],
  [Role.EXECUTIVE]: [
    ...SIGNED_IN,
    ...TALENT_BANK_FIGURES,
    ...REFERENCE,
    ...NOTIFICATIONS,
    ...PARTNER_FIGURES,
    ...STATISTICS_READ,
  ],
  // A partner sees who they are, their notifications, their own institution, its (or its branch's) referrals and the
  // code lists of the referral form.
  [Role.PARTNER_HQ]: [
    ...SIGNED_IN,
    ...NOTIFICATIONS,
    ...MY_PARTNER,
    ...REFERRAL_FORM_CODES,
    ...REFERRAL_READ,
    ...REFERRAL_PARTNER,
    ...REFERRAL_FORWARD,
    ...REFERRAL_UPLOAD,
    ...REFERRAL_IMPORT_READ,
  ],
  [Role.PARTNER_BRANCH]: [
    ...SIGNED_IN,
    ...NOTIFICATIONS,
    ...MY_PARTNER,
    ...REFERRAL_FORM_CODES,
    ...REFERRAL_READ,
    ...REFERRAL_PARTNER,
  ],
};

describe('access control over every operation in the schema', () => {
  let api: RunningApi;
  let operations: OperationCall[];

  beforeAll(async () => {
    api = await startTestApi();
    operations = everyOperation(api.app.get(GraphQLSchemaHost).schema);
  });
  afterAll(async () => {
    await api?.stop();
  });

  it('has every resolver state @Roles or @Public, and only the two sign-ins are public', () => {
    const reflector = api.app.get(Reflector);
    const declared = new Map<string, 'public' | Role[] | 'none'>();
    for (const module of api.app.get(ModulesContainer).values()) {
      for (const wrapper of module.providers.values()) {
        const instance = wrapper.instance as object | undefined;
        if (!instance || typeof instance !== 'object') continue;
        const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
        for (const key of Object.getOwnPropertyNames(prototype)) {
          // Read descriptors, not values: some providers expose getters that must not run here.
          const handler = Object.getOwnPropertyDescriptor(prototype, key)?.value as unknown;
          if (typeof handler !== 'function') continue;
          const type = Reflect.getMetadata('graphql:resolver_type', handler) as string | undefined;
          if (type !== 'Query' && type !== 'Mutation') continue;
          const name = (Reflect.getMetadata('graphql:resolver_name', handler) as string | undefined) ?? key;
          const targets = [handler, instance.constructor];
          const isPublic = reflector.getAllAndOverride<boolean>(PUBLIC_METADATA, targets);
          const roles = reflector.getAllAndOverride<Role[]>(ROLES_METADATA, targets);
          declared.set(`${type}.${name}`, isPublic ? 'public' : roles?.length ? roles : 'none');
        }
      }
    }
    const inSchema = operations.map((op) => op.id).sort();
    expect([...declared.keys()].sort()).toEqual(inSchema);
    expect([...declared].filter(([, v]) => v === 'none').map(([k]) => k)).toEqual([]);
    expect([...declared].filter(([, v]) => v === 'public').map(([k]) => k)).toEqual(PUBLIC_OPERATIONS);
  });

  it('names in the matrix only operations the schema has (a misspelt one would allow nothing)', () => {
    const inSchema = new Set(operations.map((op) => op.id));
    const listed = new Set([...PUBLIC_OPERATIONS, ...Object.values(ALLOWED).flat()]);
    expect([...listed].filter((id) => !inSchema.has(id))).toEqual([]);
  });

  it('refuses every non-public operation to an anonymous caller with UNAUTHENTICATED', async () => {
    const open: string[] = [];
    for (const op of operations) {
      if (PUBLIC_OPERATIONS.includes(op.id)) continue;
      const result = await graphql(api.url, op.document, op.variables);
      if (errorCode(result) !== 'UNAUTHENTICATED')
        open.push(`${op.id} → ${JSON.stringify(result.errors ?? result.data)}`);
    }
    expect(open).toEqual([]);
  });

  it('refuses a bad or forged token', async () => {
    const forged = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl';
    const result = await graphql(api.url, '{ me { id } }', {}, forged);
    expect(errorCode(result)).toBe('UNAUTHENTICATED');
    expect(result.errors?.[0].message).toMatch(/ログイン/);
  });

  it.each(Object.values(Role))('gives %s exactly the operations it is allowed', async (role) => {
    const token = await login(api.url, DEMO_USER[role], DEMO_PASSWORD);
    const mismatches: string[] = [];
    for (const op of operations) {
      if (PUBLIC_OPERATIONS.includes(op.id)) continue;
      const result = await graphql(api.url, op.document, op.variables, token);
      const code = errorCode(result);
      const refusedForRole =
        code === 'FORBIDDEN' && result.errors?.[0].extensions?.reason === 'ROLE_NOT_ALLOWED';
      const allowed = ALLOWED[role].includes(op.id);
      if (allowed && (refusedForRole || code === 'UNAUTHENTICATED')) {
        mismatches.push(`${op.id} should be allowed but got ${code}: ${result.errors?.[0].message}`);
      }
      if (!allowed && !refusedForRole) {
        mismatches.push(`${op.id} should be refused for the role but got ${code ?? 'data'}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});

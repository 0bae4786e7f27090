// The Job Card's tables (prisma/migrations/20261210090000_jobcard), one entity each; filled in as the features land.
export const jobcardEntities = [];

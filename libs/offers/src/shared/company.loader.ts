import { byKeys, type RequestLoaders } from '@kakehashi/graphql-core';
import { toCompanyModel, type CompanyEntity, type CompanyModel } from '@kakehashi/organisations';
import type DataLoader from 'dataloader';
import { In, type Repository } from 'typeorm';

/**
 * Companies by id, batched per request; the Company type's own field resolvers (owningOffice, prefecture, …) come
 * from the organisations library.
 */
export function companyLoader(
  loaders: RequestLoaders,
  companies: Repository<CompanyEntity>,
): DataLoader<string, CompanyModel | null> {
  return loaders.get<string, CompanyModel | null>('offers.companyById', async (ids) => {
    const rows = await companies.findBy({ id: In([...ids]) });
    return byKeys(ids, rows.map(toCompanyModel), (row) => row.id);
  });
}

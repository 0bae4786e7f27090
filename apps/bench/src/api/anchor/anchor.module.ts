// The bare-framework anchor: the same framework as the API (NestJS 11 on Express, @nestjs/graphql code-first, Apollo
// Server 5) and nothing of the product (no authentication, database, logging, limits or validation), serving a
// 20-item page shaped like the companies list from memory. What the API reaches is stated as a share of this.
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { Args, Field, GraphQLModule, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';

@ObjectType()
class AnchorOffice {
  @Field(() => ID) id!: string;
  @Field() nameJa!: string;
}

@ObjectType()
class AnchorPrefecture {
  @Field() code!: string;
  @Field() nameJa!: string;
}

@ObjectType()
class AnchorCompany {
  @Field(() => ID) id!: string;
  @Field() legalName!: string;
  @Field(() => String, { nullable: true }) corporateNumber!: string | null;
  @Field(() => AnchorOffice) owningOffice!: AnchorOffice;
  @Field(() => AnchorPrefecture) prefecture!: AnchorPrefecture;
}

@ObjectType()
class AnchorPageInfo {
  @Field(() => String, { nullable: true }) endCursor!: string | null;
  @Field() hasNextPage!: boolean;
}

@ObjectType()
class AnchorCompanyEdge {
  @Field() cursor!: string;
  @Field(() => AnchorCompany) node!: AnchorCompany;
}

@ObjectType()
class AnchorCompanyConnection {
  @Field(() => Int) totalCount!: number;
  @Field(() => AnchorPageInfo) pageInfo!: AnchorPageInfo;
  @Field(() => [AnchorCompanyEdge]) edges!: AnchorCompanyEdge[];
}

const TOKYO: AnchorOffice = { id: '00000000-0000-4000-8000-000000000013', nameJa: '東京事務所' };
const COMPANIES: AnchorCompany[] = Array.from({ length: 284 }, (_, i) => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  legalName: `アンカー株式会社${i + 1}`,
  corporateNumber: String(1_000_000_000_000 + i),
  owningOffice: TOKYO,
  prefecture: { code: '13', nameJa: '東京都' },
}));

@Resolver()
class AnchorResolver {
  @Query(() => AnchorCompanyConnection)
  companies(@Args('first', { type: () => Int }) first: number): AnchorCompanyConnection {
    const page = COMPANIES.slice(0, first);
    return {
      totalCount: COMPANIES.length,
      pageInfo: { endCursor: page.at(-1)?.id ?? null, hasNextPage: COMPANIES.length > first },
      edges: page.map((node) => ({ cursor: node.id, node })),
    };
  }
}

@Module({
  imports: [
    GraphQLModule.forRoot<ApolloDriverConfig>({
      driver: ApolloDriver,
      autoSchemaFile: true,
      playground: false,
    }),
  ],
  providers: [AnchorResolver],
})
export class AnchorModule {}

/** The anchor's query: the companies list's shape, 20 items. */
export const ANCHOR_QUERY = `query AnchorCompanies {
  companies(first: 20) {
    totalCount
    pageInfo { endCursor hasNextPage }
    edges { node { id legalName corporateNumber owningOffice { id nameJa } prefecture { code nameJa } } }
  }
}`;

import { OfficeEntity, PrefectureEntity } from '@kakehashi/organisations';
import { UserEntity } from './users/user.entity';

/** The entities UserAdministrationService needs on a plain DataSource (the CLI), with their relations' targets. */
export const identityEntities = [UserEntity, OfficeEntity, PrefectureEntity];

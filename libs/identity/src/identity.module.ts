import { Module } from '@nestjs/common';
// STUB
@Module({})
export class IdentityModule {}

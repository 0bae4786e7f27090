import { Module } from '@nestjs/common';
import { EnumLabelsResolver } from './enum-labels.resolver';

/** The `enumLabels` query over the enums every domain library registered with their labels. */
@Module({ providers: [EnumLabelsResolver] })
export class EnumLabelsModule {}

import { RegistrantErasureHooks, type RegistrantErasureHook } from '@kakehashi/talent-bank';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { eraseRegistrantFromPlans, eraseRegistrantFromSheets } from './anonymisation.queries';

/** Told by the talent bank's anonymisation, in its transaction, to erase what the Job Card holds of the registrant. */
@Injectable()
export class JobcardRegistrantErasure implements RegistrantErasureHook, OnModuleInit {
  constructor(private readonly hooks: RegistrantErasureHooks) {}

  onModuleInit(): void {
    this.hooks.register(this);
  }

  async eraseRegistrant(tx: EntityManager, registrantId: string, anonymisedName: string): Promise<void> {
    await eraseRegistrantFromSheets(tx, registrantId, anonymisedName);
    await eraseRegistrantFromPlans(tx, registrantId, anonymisedName);
  }
}

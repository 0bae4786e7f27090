import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * What another module keeps of a registrant's personal data (the Job Card: the name on an evaluation sheet or a
 * training plan, the work history copied into a plan) and erases when the registration is anonymised. The talent bank
 * knows nothing of those modules: they register here, and the anonymisation calls each in its own transaction, so the
 * registration and every copy are anonymised together or not at all.
 */
export interface RegistrantErasureHook {
  eraseRegistrant(tx: EntityManager, registrantId: string, anonymisedName: string): Promise<void>;
}

@Injectable()
export class RegistrantErasureHooks {
  private readonly hooks: RegistrantErasureHook[] = [];

  register(hook: RegistrantErasureHook): void {
    if (!this.hooks.includes(hook)) this.hooks.push(hook);
  }

  async eraseRegistrant(tx: EntityManager, registrantId: string, anonymisedName: string): Promise<void> {
    for (const hook of this.hooks) await hook.eraseRegistrant(tx, registrantId, anonymisedName);
  }
}

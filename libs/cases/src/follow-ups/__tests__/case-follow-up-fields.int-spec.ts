// The Case type's followUps and tasks: batched per request (one query for a page of cases), each case its own.
import { RequestLoaders } from '@kakehashi/graphql-core';
import { getRepositoryToken } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { toCaseModel } from '../../cases/case.model';
import { CaseFollowUpFieldsResolver } from '../case-follow-up-fields.resolver';
import { CaseFollowUpEntity, FollowUpMethod } from '../case-follow-up.entity';
import { CaseTaskEntity } from '../case-task.entity';
import { dueMomentOf } from '../reminder-time';
import { CaseReminderScheduler } from '../services/case-reminder.scheduler';
import { RecordFollowUpService } from '../services/record-follow-up.service';
import {
  establishedCase,
  newTeam,
  readCase,
  remindersTestingModule,
  type RemindersKit,
} from './reminders-kit';

describe('Case.followUps and Case.tasks', () => {
  let kit: RemindersKit;

  beforeAll(async () => {
    kit = await remindersTestingModule({ inProcessJobs: true });
  });

  afterAll(async () => {
    await kit?.close();
  });

  it('loads each case’s own, in one query per field for all the cases of a request', async () => {
    const team = await newTeam(kit.dataSource);
    kit.clock.setTo(new Date(dueMomentOf('2026-10-21').getTime() + 3600_000));
    const a = await establishedCase(kit.moduleRef, team, {
      establishedOn: '2026-06-01',
      endOn: '2027-05-31',
    });
    const b = await establishedCase(kit.moduleRef, team, {
      establishedOn: '2026-09-15',
      moveType: 'TRANSFER',
    });
    const c = await establishedCase(kit.moduleRef, team, {
      establishedOn: '2026-09-15',
      moveType: 'TRANSFER',
    });
    await kit.moduleRef.get(CaseReminderScheduler).syncForCase(a.id);
    await kit.moduleRef.get(CaseReminderScheduler).syncForCase(b.id);
    for (const heldOn of ['2026-10-02', '2026-07-01']) {
      await kit.moduleRef.get(RecordFollowUpService).record(team.sending, {
        caseId: a.id,
        expectedVersion: (await readCase(kit.dataSource, a.id)).version,
        heldOn,
        method: FollowUpMethod.ONLINE,
        secondeeSituation: `状況 ${heldOn}`,
      });
    }
    const resolver = kit.moduleRef.get(CaseFollowUpFieldsResolver);
    const followUpRows = kit.moduleRef.get<Repository<CaseFollowUpEntity>>(
      getRepositoryToken(CaseFollowUpEntity),
    );
    const taskRows = kit.moduleRef.get<Repository<CaseTaskEntity>>(getRepositoryToken(CaseTaskEntity));
    const followUpQueries = jest.spyOn(followUpRows, 'find');
    const taskQueries = jest.spyOn(taskRows, 'find');
    const models = await Promise.all(
      [a, b, c].map(async (k) => toCaseModel(await readCase(kit.dataSource, k.id))),
    );

    const loaders = new RequestLoaders();
    const [followUps, tasks] = await Promise.all([
      Promise.all(models.map((m) => resolver.followUps(m, loaders))),
      Promise.all(models.map((m) => resolver.tasks(m, loaders))),
    ]);

    expect(followUpQueries).toHaveBeenCalledTimes(1);
    expect(taskQueries).toHaveBeenCalledTimes(1);
    expect(followUps.map((list) => list.map((f) => f.heldOn))).toEqual([
      ['2026-07-01', '2026-10-02'],
      [],
      [],
    ]);
    expect(followUps[0][0]).toMatchObject({ method: 'ONLINE', methodLabel: 'オンライン面談', taskId: null });
    expect(tasks[0].map((t) => `${t.kind} ${t.dueOn}`)).toEqual([
      'FOLLOW_UP 2026-07-01',
      'FOLLOW_UP 2026-10-01',
      'FOLLOW_UP 2027-01-01',
      'FOLLOW_UP 2027-04-01',
      'FOLLOW_UP 2027-04-30',
      'END_DATE_PASSED 2027-06-01',
    ]);
    expect(tasks[1]).toHaveLength(4);
    expect(tasks[1][0]).toMatchObject({ caseId: b.id, caseNumber: b.number, stage: 'HIRED' });
    expect(tasks[2]).toEqual([]);
  });
});

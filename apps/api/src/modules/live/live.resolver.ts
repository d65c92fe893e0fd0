import { Arg, Authorized, Int, Resolver, Root, Subscription } from 'type-graphql';
import { Role } from '@udfasning/domain';
import { User } from '../auth/user.entity.js';
import { Dashboard } from '../dashboard/dashboard.types.js';
import { Kommune } from '../kommune/kommune.entity.js';
import { Wave } from '../wave/wave.entity.js';
import type { WaveRow } from '../wave/wave.queries.js';
import { Topic } from './live.events.js';
import { ChecklistItemChanged, type ChecklistItemChangedPayload, type WavesChangedPayload } from './live.types.js';

/** Events carry what changed with its new values, computed once per process (see live.events.ts). */
@Resolver()
export class LiveResolver {
  @Authorized()
  @Subscription(() => ChecklistItemChanged, {
    topics: Topic.CHECKLIST_ITEM,
    filter: ({ payload, args }: { payload: ChecklistItemChangedPayload; args: { kommuneCode?: number | null } }) =>
      args.kommuneCode == null || payload.kommuneCode === args.kommuneCode,
    description: "A checklist item was saved (by anyone, on any server). kommuneCode null: every kommune's items.",
  })
  checklistItemChanged(
    @Root() payload: ChecklistItemChangedPayload,
    @Arg('kommuneCode', () => Int, { nullable: true }) _kommuneCode: number | null,
  ): ChecklistItemChanged {
    return payload;
  }

  @Authorized()
  @Subscription(() => Dashboard, {
    topics: Topic.DASHBOARD,
    description: 'Overblik after any change that moves one of its numbers (bursts are coalesced).',
  })
  dashboardChanged(): Dashboard {
    return new Dashboard();
  }

  @Authorized()
  @Subscription(() => Kommune, {
    topics: Topic.KOMMUNE,
    filter: ({ payload, args }: { payload: Kommune; args: { code?: number | null } }) =>
      args.code == null || payload.code === args.code,
    description:
      "A kommune's row or page changed (checklist, opsigelser, contacts): the kommune with its new values. code null: any kommune.",
  })
  kommuneChanged(@Root() kommune: Kommune, @Arg('code', () => Int, { nullable: true }) _code: number | null): Kommune {
    return kommune;
  }

  @Authorized()
  @Subscription(() => [Wave], {
    topics: Topic.WAVES,
    description:
      'The wave plan changed (a wave created, renamed, re-dated, given other windows or deleted): every wave now, by go-live ' +
      'date, like `waves`. A placement is announced by kommuneChanged (the kommune with its new wave).',
  })
  wavesChanged(@Root() payload: WavesChangedPayload): WaveRow[] {
    return payload.waves;
  }

  @Authorized(Role.ADMIN)
  @Subscription(() => User, {
    topics: Topic.USER,
    description: 'A user was created or changed (role, kommune, deactivation). Administrators only, like the user list.',
  })
  userChanged(@Root() user: User): User {
    return user;
  }
}

// The scene of the matching and re-employment tests: the kit on the real database, the Center's staff and a consultant
// of one prefecture's office (Shimane unless told), with helpers for openings and registrants there. Set up once per
// file. Each file takes a prefecture no other file of the talent bank uses: rankings then hold only its own data.
import { Role, type AuthUser } from '@kakehashi/authz';
import { addMonths, todayInJapan } from '@kakehashi/calendar';
import { registerInShimane, SHIMANE, shimaneOpening, type OfferSpec } from './talent-bank-fixtures';
import { insertUser, staff, startKit, type Staff, type TalentBankKit } from './talent-bank-kit';

export interface ShimaneScene {
  kit: TalentBankKit;
  users: Staff;
  shimane: AuthUser;
  today: string;
}

export interface ShimaneSceneHelpers {
  /** A senior opening in Shimane, saved by HQ. */
  opening(spec: OfferSpec, mark: Record<string, unknown>): ReturnType<typeof shimaneOpening>;
  /** A Shimane-office registrant living in Shimane and working only there. */
  registrant(wishes?: Record<string, unknown>): ReturnType<typeof registerInShimane>;
}

/** Registers the file's beforeAll/afterAll; the scene's fields are there once the tests run. */
export function shimaneScene(
  prefectureCode = SHIMANE,
  /** Moves the kit's clock: whole months ahead of the real today (0: not moved). */
  monthsAhead = 0,
): ShimaneScene & ShimaneSceneHelpers {
  const scene: Partial<ShimaneScene> = {};
  beforeAll(async () => {
    const kit = await startKit();
    if (monthsAhead) kit.clock.setToday(addMonths(todayInJapan(), monthsAhead));
    scene.kit = kit;
    scene.users = await staff(kit.dataSource);
    scene.shimane = await insertUser(kit.dataSource, Role.CONSULTANT, prefectureCode);
    scene.today = kit.clock.today();
  });
  afterAll(() => scene.kit?.close());
  const ready = (): ShimaneScene => {
    if (!scene.kit || !scene.users || !scene.shimane || !scene.today)
      throw new Error('the scene is set up in beforeAll');
    return scene as ShimaneScene;
  };
  return {
    get kit() {
      return ready().kit;
    },
    get users() {
      return ready().users;
    },
    get shimane() {
      return ready().shimane;
    },
    get today() {
      return ready().today;
    },
    opening: (spec, mark) => shimaneOpening(ready().kit, ready().users.hq, spec, mark, prefectureCode),
    registrant: (wishes = {}) =>
      registerInShimane(ready().kit, ready().shimane, ready().today, wishes, prefectureCode),
  };
}

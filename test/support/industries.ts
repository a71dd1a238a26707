// An industry the library's catalogue does not hold, shared by the tests that add it.
import type { IndustryInput } from 'regional-innovation-rnd/industries';

/** 대전's 지능형로봇: a 주축산업 the public sources do not name, so callers add it themselves. */
export const ROBOTS: IndustryInput = {
  id: 'daejeon-intelligent-robots',
  name: { ko: '지능형로봇' },
  kind: 'key',
  regions: ['대전'],
};

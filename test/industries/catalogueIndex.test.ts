// The look-ups fold a catalogue's names once and keep the result for a frozen catalogue; a
// catalogue that can change is folded afresh on every call, so a change is never missed.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CATALOGUE,
  classifyKeyIndustry,
  findIndustry,
  suggestIndustries,
  withIndustries,
  type Industry,
  type IndustryCatalogue,
} from 'regional-innovation-rnd/industries';
import { ROBOTS } from '../support/industries';

/** A fresh, unfrozen record going by `name` in 부산. */
function record(name: string): { -readonly [K in keyof Industry]: Industry[K] } {
  return {
    id: 'busan-x',
    name: { ko: name, en: 'x' },
    kind: 'key',
    regions: ['26'],
    aliases: [],
    provenance: { sources: [], confidence: 'reported' },
  };
}

/** A frozen catalogue holding one record, with no list marked complete. */
const frozenOf = (industry: Industry): IndustryCatalogue =>
  Object.freeze({
    industries: Object.freeze([industry]),
    keyListComplete: {},
  }) as unknown as IndustryCatalogue;

describe('look-ups on a catalogue that changes', () => {
  it('see an industry pushed onto an unfrozen list', () => {
    const industries: Industry[] = [];
    const catalogue = Object.freeze({ industries, keyListComplete: {} }) as unknown as IndustryCatalogue;
    expect(findIndustry('가나다', catalogue)).toBeUndefined();
    industries.push(record('가나다'));
    expect(findIndustry('가나다', catalogue)?.id).toBe('busan-x');
  });

  it('see a list replaced on an unfrozen catalogue', () => {
    const catalogue: { industries: readonly Industry[]; keyListComplete: object } = {
      industries: Object.freeze([Object.freeze(record('가나다'))]),
      keyListComplete: {},
    };
    expect(findIndustry('가나다', catalogue as IndustryCatalogue)?.id).toBe('busan-x');
    catalogue.industries = Object.freeze([]);
    expect(findIndustry('가나다', catalogue as IndustryCatalogue)).toBeUndefined();
  });

  it('see a changed id, name or alias of an unfrozen record in a frozen list', () => {
    const changing = record('가나다');
    const catalogue = frozenOf(changing);
    expect(classifyKeyIndustry('부산', '가나다', catalogue).reason).toBe('listed');
    changing.id = 'busan-y';
    expect(findIndustry('busan-y', catalogue)).toBe(changing);
    changing.name = Object.freeze({ ko: '라마바', en: 'x' });
    expect(classifyKeyIndustry('부산', '라마바', catalogue).reason).toBe('listed');
    expect(classifyKeyIndustry('부산', '가나다', catalogue).reason).toBe('unrecognised');
  });

  it('see a name changed in place, or an alias added, on a frozen record', () => {
    const name = { ko: '가나다', en: 'x' };
    const aliases: string[] = [];
    const changing = Object.freeze({ ...record('가나다'), name, aliases });
    const catalogue = frozenOf(changing);
    expect(findIndustry('가나다', catalogue)).toBe(changing);
    name.ko = '라마바';
    expect(findIndustry('라마바', catalogue)).toBe(changing);
    aliases.push('사아자');
    expect(suggestIndustries('사아자', { catalogue })).toEqual([changing]);
  });
});

describe('look-ups on a frozen catalogue', () => {
  it('answer a frozen catalogue as they answer the same one unfrozen', () => {
    const frozen = withIndustries([ROBOTS]);
    const unfrozen = { industries: [...frozen.industries], keyListComplete: { ...frozen.keyListComplete } };
    for (const name of ['지능형로봇', '라이프케어소', '실버케어테크', '산업']) {
      for (const region of ['대전', '부산', '서울']) {
        expect(classifyKeyIndustry(region, name, frozen)).toEqual(
          classifyKeyIndustry(region, name, unfrozen),
        );
      }
      expect(findIndustry(name, frozen)).toBe(findIndustry(name, unfrozen));
      expect(suggestIndustries(name, { catalogue: frozen })).toEqual(
        suggestIndustries(name, { catalogue: unfrozen }),
      );
    }
  });

  it('fold its names once: a frozen record is taken not to change, even through a getter', () => {
    // Object.freeze does not stop a getter from answering differently; the library reads a frozen
    // catalogue's names once.
    let reads = 0;
    const shifting = Object.freeze({
      ...record('x'),
      name: Object.freeze({ ko: 'x', en: 'x' }),
      aliases: Object.freeze([]),
      get id(): string {
        reads += 1;
        // The first call reads it twice: once to check the catalogue, once to index it.
        return reads <= 2 ? 'busan-first' : 'busan-later';
      },
    });
    const catalogue = frozenOf(shifting);
    expect(findIndustry('busan-first', catalogue)).toBe(shifting);
    expect(findIndustry('busan-first', catalogue)).toBe(shifting);
    expect(findIndustry('busan-later', catalogue)).toBeUndefined();
    expect(reads).toBe(4);
  });

  it('keep the library catalogue’s answers the same from call to call', () => {
    const first = classifyKeyIndustry('부산', '라이프케어소');
    expect(classifyKeyIndustry('부산', '라이프케어소')).toEqual(first);
    expect(findIndustry('실버케어테크', DEFAULT_CATALOGUE)).toBe(findIndustry('실버케어테크'));
  });
});

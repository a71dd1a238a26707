import { describe, expect, it } from 'vitest';
import {
  NON_CAPITAL_REGION_CODES,
  REGIONS,
  REGION_EVENTS,
  SUCCESSOR_REGIONS,
  findRegion,
  getRegion,
  isNonCapitalRegion,
  requireRegion,
} from 'regional-innovation-rnd/regions';
import { isRulesError } from 'regional-innovation-rnd/rules';

const NAMES = ['전남광주통합특별시', '광주특별시', '전남광주특별시', '광주전남특별시', '전남광주 통합특별시'];

describe('전남광주통합특별시', () => {
  it('has a record of its own: code unknown, non-capital, planned for 2026-07-01, replacing 29 and 46', () => {
    expect(SUCCESSOR_REGIONS).toHaveLength(1);
    const [merged] = SUCCESSOR_REGIONS;
    expect(merged).toMatchObject({
      code: null,
      name: { ko: '전남광주통합특별시', koShort: '광주특별시' },
      capital: false,
      effective: { from: '2026-07-01', confidence: 'reported' },
      successorOf: ['29', '46'],
      event: 'merger-gwangju-jeonnam-2026',
    });
    const event = REGION_EVENTS.find((e) => e.id === merged?.event);
    expect(event?.effective).toBe(merged?.effective.from);
    expect(event?.from).toEqual(merged?.successorOf);
    expect(event?.to).toMatchObject({ name: merged?.name.ko, code: null, capital: false });
    for (const evidence of Object.values(merged?.provenance ?? {})) {
      expect(evidence.sources.length).toBeGreaterThan(0);
      expect(evidence.sources.every((source) => source.date <= '2026-03-01')).toBe(true);
    }
    expect(merged?.provenance.capital.confidence).toBe('derived');
    expect(Object.isFrozen(merged?.provenance.name.sources)).toBe(true);
  });

  it('is found by every name its record gives', () => {
    for (const unit of SUCCESSOR_REGIONS) {
      for (const name of [unit.name.ko, unit.name.koShort, ...unit.aliases])
        expect(findRegion(name)).toBe(unit);
    }
  });

  it.each(NAMES)('findRegion(%o) gives that record', (name) => {
    expect(findRegion(name)).toBe(SUCCESSOR_REGIONS[0]);
    expect(findRegion(`${name} 북구 첨단과기로`)).toBe(SUCCESSOR_REGIONS[0]);
  });

  it.each(NAMES)('isNonCapitalRegion(%o) is true', (name) => {
    expect(isNonCapitalRegion(name)).toBe(true);
    expect(isNonCapitalRegion(`${name} 나주시`)).toBe(true);
  });

  it.each(NAMES)(
    'getRegion(%o) and requireRegion ask which of 광주광역시 and 전라남도: it has no code to answer with',
    (name) => {
      for (const lookUp of [getRegion, requireRegion]) {
        let caught: unknown;
        try {
          lookUp(name);
        } catch (error) {
          caught = error;
        }
        expect(isRulesError(caught, 'REGION_AMBIGUOUS')).toBe(true);
        if (isRulesError(caught, 'REGION_AMBIGUOUS')) {
          expect(caught.params.candidates).toEqual([
            { region: '29', ko: '광주광역시', en: 'Gwangju', capital: false },
            { region: '46', ko: '전라남도', en: 'Jeonnam', capital: false },
          ]);
        }
      }
    },
  );

  it('changes none of the 17 regions nor the 14 non-capital codes', () => {
    expect(REGIONS).toHaveLength(17);
    expect(NON_CAPITAL_REGION_CODES).toHaveLength(14);
    expect(REGIONS.some((region) => (region.code as string | null) === null)).toBe(false);
    for (const input of ['광주', '광주광역시', '29', 29, '전남', '전라남도', '46', 46]) {
      expect(findRegion(input)).toBe(getRegion(input));
      expect(isNonCapitalRegion(input)).toBe(true);
    }
    expect(getRegion('29')?.name.ko).toBe('광주광역시');
    expect(getRegion('46')?.name.ko).toBe('전라남도');
  });

  it('findRegion reads everything else as getRegion does', () => {
    expect(findRegion('부산')).toBe(getRegion('부산'));
    expect(findRegion('서을')).toBeUndefined();
    expect(findRegion(null)).toBeUndefined();
    let caught: unknown;
    try {
      findRegion('광주시');
    } catch (error) {
      caught = error;
    }
    expect(isRulesError(caught, 'REGION_AMBIGUOUS')).toBe(true);
  });
});

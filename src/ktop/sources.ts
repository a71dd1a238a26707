/**
 * The public reports behind the KTRS letter convention (KIBO's technology rating, 기술평가등급), one
 * constant each. Addresses are those recorded in the project's source list (`https://` added);
 * where only an article id was recorded, the address is the outlet's article page for that id.
 *
 * @internal
 * @module
 */
import type { SourceRef } from '../rules/types';

const DESCRIBED = 'the title describes the article; its headline was not recorded';

/** 2008-01-10: KIBO's technology rating grades AAA … B named. @internal */
export const SEDAILY_2008_01_10_KTRS: SourceRef = /* @__PURE__ */ Object.freeze({
  title: '기술보증기금 기술평가등급(KTRS) 보도',
  publisher: '서울경제',
  date: '2008-01-10',
  url: 'https://m.sedaily.com/NewsView/1HWM7D1MZE',
  note: `${DESCRIBED}; names the letter grades AAA, AA, A, BBB, BB and B`,
});

/** 2009-02-02: "CCC이하" — the grades below B. @internal */
export const ETNEWS_2009_02_02_KTRS: SourceRef = /* @__PURE__ */ Object.freeze({
  title: '기술보증기금 기술평가등급 보도',
  publisher: '전자신문',
  date: '2009-02-02',
  url: 'https://m.etnews.com/200902020030',
  note: `${DESCRIBED}; mentions grades "CCC이하"`,
});

/**
 * The public documents the rule data rests on, one named constant each, so that every value in
 * the data can point at the same record and a bundle carries only the sources it uses.
 *
 * Every record has a date and an address (`url`). A document with no address to give says why in
 * its `note`, which then starts with `no address:` (test/data/sources.test.ts holds the data to this).
 *
 * @module sources
 */
import type { SourceRef } from '../rules/types';

/**
 * The Ministry's press release of 2025-01-24 announcing the program (the primary source).
 *
 * @example
 * ```ts
 * import { MSS_PRESS_RELEASE_2025_01_24 } from 'regional-innovation-rnd/sources';
 * MSS_PRESS_RELEASE_2025_01_24.publisher; // '중소벤처기업부'
 * ```
 */
export const MSS_PRESS_RELEASE_2025_01_24: SourceRef = /* @__PURE__ */ Object.freeze({
  title:
    '지역혁신선도기업육성(R&D) 본격 추진 — 비수도권 주력산업 관련 중소기업의 기술개발에 5년간 1조 445억원 투자',
  publisher: '중소벤처기업부',
  date: '2025-01-24',
  url: 'https://go.seoul.co.kr/news/prnewsView.php?id=364910',
  note: 'reprint of the Ministry release; the text is kept verbatim in the repository reference',
});

/**
 * The Capital Region Readjustment Planning Act (수도권정비계획법) 제2조 and its enforcement decree
 * 제2조: 수도권 = 서울특별시, 인천광역시, 경기도.
 *
 * @example
 * ```ts
 * import { METROPOLITAN_AREA_ACT } from 'regional-innovation-rnd/sources';
 * METROPOLITAN_AREA_ACT.locator; // '제2조제1호; 시행령 제2조'
 * ```
 */
export const METROPOLITAN_AREA_ACT: SourceRef = /* @__PURE__ */ Object.freeze({
  title: '수도권정비계획법',
  publisher: '법제처 국가법령정보센터',
  date: '2023-07-10',
  url: 'https://www.law.go.kr/법령/수도권정비계획법',
  locator: '제2조제1호; 시행령 제2조',
  note: '시행 2023-07-10 text on law.go.kr; also summarised in 한국민족문화대백과사전 E0066554',
});

/**
 * The two-digit 시·도 codes (행정표준코드 prefix), as used consistently across public code; the
 * official code table itself was not retrieved.
 *
 * @example
 * ```ts
 * import { REGION_CODE_TABLE } from 'regional-innovation-rnd/sources';
 * REGION_CODE_TABLE.publisher; // '행정안전부 (행정표준코드)'
 * ```
 */
export const REGION_CODE_TABLE: SourceRef = /* @__PURE__ */ Object.freeze({
  title: '행정표준코드 법정동코드 시·도 (앞 2자리)',
  publisher: '행정안전부 (행정표준코드)',
  date: '2024-01-18',
  note: 'no address: community-consistent in several independent public repositories; the official table was not seen',
});

/**
 * Reports of the special act merging 광주광역시 and 전라남도 into 전남광주통합특별시, passed by the
 * National Assembly on 2026-03-01 to take effect on 2026-07-01.
 *
 * @example
 * ```ts
 * import { GWANGJU_JEONNAM_MERGER_ACT } from 'regional-innovation-rnd/sources';
 * GWANGJU_JEONNAM_MERGER_ACT.date; // '2026-03-01'
 * ```
 */
export const GWANGJU_JEONNAM_MERGER_ACT: SourceRef = /* @__PURE__ */ Object.freeze({
  title: '전남광주통합특별시 설치를 위한 특별법 국회 본회의 통과',
  publisher: '아시아투데이',
  date: '2026-03-01',
  url: 'https://www.asiatoday.co.kr/view.php?key=20260301010000096',
  note: 'also reported by 서울신문 and 아시아경제 (2026-02-24, 법사위); the merged unit’s code is unknown',
});

/**
 * News reports of 2024-08-26 on the decision to exempt the program from the preliminary feasibility
 * study (예비타당성조사 면제), taken by 「2024년 제7회 국가연구개발사업평가 총괄위원회」.
 *
 * @example
 * ```ts
 * import { NEWS_2024_08_26_EXEMPTION } from 'regional-innovation-rnd/sources';
 * NEWS_2024_08_26_EXEMPTION.date; // '2024-08-26'
 * ```
 */
export const NEWS_2024_08_26_EXEMPTION: SourceRef = /* @__PURE__ */ Object.freeze({
  title: '지역혁신선도기업육성(R&D) 예비타당성조사 면제 보도',
  publisher: '뉴스1',
  date: '2024-08-26',
  url: 'https://news1.kr/amp/industry/sb-founded/5521755',
  note: 'also dgmbc.com/article/xjorIpWavedn, 이데일리 and 연합뉴스 the same day',
});

/**
 * Report of 2025-01-30 on the 2025 call (공고): tracks, caps, 111 new projects, 215.6억원 and the
 * application window.
 *
 * @example
 * ```ts
 * import { DAILYEN_2025_01_30 } from 'regional-innovation-rnd/sources';
 * DAILYEN_2025_01_30.url; // 'https://dailyen.co.kr/article/48581'
 * ```
 */
export const DAILYEN_2025_01_30: SourceRef = /* @__PURE__ */ Object.freeze({
  title: '2025년 지역혁신선도기업육성(R&D) 신규과제 공고 보도',
  publisher: '데일리이엔',
  date: '2025-01-30',
  url: 'https://dailyen.co.kr/article/48581',
  note: 'the same facts in newspic and newseyes summaries of the Ministry release of 2025-01-30',
});

/**
 * Report of 2025-01-30 on the 2025 call: the Ministry "모집한다고 30일 밝혔다" — the day the call was
 * announced (the press release of 2025-01-24 had planned 2025-01-31).
 *
 * @example
 * ```ts
 * import { NEWSIS_2025_01_30 } from 'regional-innovation-rnd/sources';
 * NEWSIS_2025_01_30.date; // '2025-01-30'
 * ```
 */
export const NEWSIS_2025_01_30: SourceRef = /* @__PURE__ */ Object.freeze({
  title: '2025년 지역혁신선도기업육성(R&D) 수행기업 모집 보도',
  publisher: '뉴시스',
  date: '2025-01-30',
  url: 'https://www.newsis.com/view/NISX20250124_0003046065',
  note: 'the headline was not recorded; the article id carries 20250124, the text dates the call to the 30th',
});

/**
 * Report of 2025-01-30 on the 2025 call: applicants meet "매출액과 연구개발 투자 비율 등의 기준".
 *
 * @example
 * ```ts
 * import { NEWSEYES_2025_01_30 } from 'regional-innovation-rnd/sources';
 * NEWSEYES_2025_01_30.url; // 'https://newseyes.net/news/view.php?idx=1945'
 * ```
 */
export const NEWSEYES_2025_01_30: SourceRef = /* @__PURE__ */ Object.freeze({
  title: '비수도권 중소기업 지원 나선 중기부···215억 들여 R&D 수행기업 모집',
  publisher: 'newseyes.net',
  date: '2025-01-30',
  url: 'https://newseyes.net/news/view.php?idx=1945',
});

/**
 * The newspic summary (2025-01-30) of the Ministry's release on the 2025 call: the six evaluation
 * divisions, and sales thresholds from 15억원 to 140억원 depending on the field.
 *
 * @example
 * ```ts
 * import { NEWSPIC_2025_01_30 } from 'regional-innovation-rnd/sources';
 * NEWSPIC_2025_01_30.publisher; // '뉴스픽'
 * ```
 */
export const NEWSPIC_2025_01_30: SourceRef = /* @__PURE__ */ Object.freeze({
  title: '2025년 지역혁신선도기업육성(R&D) 신규과제 공고 요약',
  publisher: '뉴스픽',
  date: '2025-01-30',
  url: 'https://m.newspic.kr/summary.html?nid=2025013012162929727',
  note: 'the headline was not recorded; the address is completed from the recorded id (nid)',
});

/**
 * 국가연구개발혁신법 (the National R&D Innovation Act), which applies to every national R&D program:
 * 제32조 restricts participation (참여제한) for misconduct. The program's own exclusions are in its
 * calls, which our sources do not quote.
 *
 * @example
 * ```ts
 * import { NATIONAL_RND_ACT } from 'regional-innovation-rnd/sources';
 * NATIONAL_RND_ACT.locator; // '제32조'
 * ```
 */
export const NATIONAL_RND_ACT: SourceRef = /* @__PURE__ */ Object.freeze({
  title: '국가연구개발혁신법',
  publisher: '국가법령정보센터',
  date: '2021-01-01',
  url: 'https://www.law.go.kr/법령/국가연구개발혁신법',
  locator: '제32조',
  note: 'in force since 2021-01-01 (법률 제17343호); the date is that of entry into force',
});

/**
 * The enforcement decree of 국가연구개발혁신법, whose 제19조제1항 [별표 1] sets each kind of
 * institution's public share and the cash part of its own share for all national R&D; a non-profit
 * institution bears no own share under its general rule.
 *
 * @example
 * ```ts
 * import { NATIONAL_RND_DECREE } from 'regional-innovation-rnd/sources';
 * NATIONAL_RND_DECREE.locator; // '제19조제1항 [별표 1]'
 * ```
 */
export const NATIONAL_RND_DECREE: SourceRef = /* @__PURE__ */ Object.freeze({
  title: '국가연구개발혁신법 시행령',
  publisher: '국가법령정보센터',
  date: '2021-01-01',
  url: 'https://www.law.go.kr/법령/국가연구개발혁신법시행령',
  locator: '제19조제1항 [별표 1]',
  note: 'the date is that of entry into force; the text was not retrieved',
});

/**
 * Report of 2025-02-19 on 경남테크노파크's briefing of the 2025 call: up to 7억원 a year for up to
 * 24 months; applications close at 18:00.
 *
 * @example
 * ```ts
 * import { ETNEWS_2025_02_19 } from 'regional-innovation-rnd/sources';
 * ETNEWS_2025_02_19.publisher; // '전자신문'
 * ```
 */
export const ETNEWS_2025_02_19: SourceRef = /* @__PURE__ */ Object.freeze({
  title: '경남테크노파크 2025년 지역혁신선도기업육성(R&D) 사업 설명 보도',
  publisher: '전자신문',
  date: '2025-02-19',
  url: 'https://m.etnews.com/20250219000392',
});

/**
 * Report of 2025-04-20 on the 2025 selection: 278 applications, 127 passed the panel, 115 selected
 * (38 track 1, 77 track 2), 832억원 over two years with its national and local split.
 *
 * @example
 * ```ts
 * import { ETNEWS_2025_04_20 } from 'regional-innovation-rnd/sources';
 * ETNEWS_2025_04_20.date; // '2025-04-20'
 * ```
 */
export const ETNEWS_2025_04_20: SourceRef = /* @__PURE__ */ Object.freeze({
  title: '2025년 지역혁신선도기업육성(R&D) 115개 과제 선정 보도',
  publisher: '전자신문',
  date: '2025-04-20',
  url: 'https://m.etnews.com/20250420000004',
  note: 'the counts are also in axinova 3654 (2025-04-21)',
});

/**
 * The 2026 call, 「2026년 지역혁신선도기업육성(R&D) 시행계획 공고」 (중소벤처기업부 공고 제2026-57호), as
 * posted on 강원지역산업진흥원's notice board. Its pages are cited as quoted in a public
 * repository's transcription (the notice file itself was not retrieved): application window (p.6),
 * budget-item rules ([붙임3] p.18), cost sharing ([붙임3] p.31).
 *
 * @example
 * ```ts
 * import { MSS_CALL_2026 } from 'regional-innovation-rnd/sources';
 * MSS_CALL_2026.title; // '2026년 지역혁신선도기업육성(R&D) 시행계획 공고'
 * ```
 */
export const MSS_CALL_2026: SourceRef = /* @__PURE__ */ Object.freeze({
  title: '2026년 지역혁신선도기업육성(R&D) 시행계획 공고',
  publisher: '중소벤처기업부',
  date: '2026-01',
  url: 'https://gw.riia.or.kr/board/businessAnnouncement/view/d229ee08-0d6f-11f1-9f99-b58d3b281997',
  note:
    '중소벤처기업부 공고 제2026-57호, as posted on 강원지역산업진흥원’s notice board (notice "2. 2026년 ' +
    '지역혁신선도기업육성(R&D) 시행계획 공고"); pages are cited as quoted in a public repository’s transcription of the call',
});

/**
 * Reports of 2026-01-29 (news1, SBS, 이투데이, 헬로티 and others) on the 2026 call: 306 projects,
 * 734.3억원 national and 315억원 local money, the new consortium rule (≥ 2 SMEs and ≥ 1 university),
 * R&D intensity ≥ 5% as an alternative to the sales rule, and the window to 2026-03-03 18:00.
 *
 * @example
 * ```ts
 * import { NEWS_2026_01_29 } from 'regional-innovation-rnd/sources';
 * NEWS_2026_01_29.date; // '2026-01-29'
 * ```
 */
export const NEWS_2026_01_29: SourceRef = /* @__PURE__ */ Object.freeze({
  title: '2026년 지역혁신선도기업육성(R&D) 신규과제 공고 보도',
  publisher: '뉴스1',
  date: '2026-01-29',
  url: 'https://www.news1.kr/amp/industry/sb-founded/6054711',
  note: 'five outlets reported the same facts that day (SBS, 이투데이, 헬로티 among them)',
});

/**
 * SBS's report of 2026-01-29 on the 2026 call: track 1 "2년간 최대 14억 원", track 2 "2년간 최대 4억
 * 원", R&D intensity ≥ 5% instead of the sales rule, applications to 2026-03-03 18:00.
 *
 * @example
 * ```ts
 * import { SBS_2026_01_29 } from 'regional-innovation-rnd/sources';
 * SBS_2026_01_29.publisher; // 'SBS'
 * ```
 */
export const SBS_2026_01_29: SourceRef = /* @__PURE__ */ Object.freeze({
  title: '2026년 지역혁신 선도기업육성(R&D) 참여기업 모집 보도',
  publisher: 'SBS',
  date: '2026-01-29',
  url: 'https://news.sbs.co.kr/news/endPage.do?news_id=N1008423191',
  note: 'the headline was not recorded',
});

/**
 * 이투데이's report of 2026-01-29 on the 2026 call, which describes the earlier sales rule: "기존에는
 * 매출액과 매출증가율 기준을 충족해야 했으나".
 *
 * @example
 * ```ts
 * import { ETODAY_2026_01_29 } from 'regional-innovation-rnd/sources';
 * ETODAY_2026_01_29.url; // 'https://www.etoday.co.kr/news/view/2550731'
 * ```
 */
export const ETODAY_2026_01_29: SourceRef = /* @__PURE__ */ Object.freeze({
  title: '2026년 지역혁신 선도기업육성(R&D) 참여기업 모집 보도',
  publisher: '이투데이',
  date: '2026-01-29',
  url: 'https://www.etoday.co.kr/news/view/2550731',
  note: 'the headline was not recorded',
});

/**
 * Report (프라임경제, 2026-02) of 경북테크노파크's briefing on the 2026 call: the lead of track 1 is an
 * SME; track 2 alone or with a university or research institute; up to 7억원 a year for 2 years.
 *
 * @example
 * ```ts
 * import { PRIME_ECONOMY_2026_02 } from 'regional-innovation-rnd/sources';
 * PRIME_ECONOMY_2026_02.url; // 'https://8pm.co.kr/v/351385'
 * ```
 */
export const PRIME_ECONOMY_2026_02: SourceRef = /* @__PURE__ */ Object.freeze({
  title: '경북테크노파크 2026년 지역혁신선도기업육성(R&D) 사업 설명 보도',
  publisher: '프라임경제',
  date: '2026-02',
  url: 'https://8pm.co.kr/v/351385',
});

/**
 * Report of 2026-02-12 on 전북테크노파크's briefing: about 157 track-1 and 149 track-2 projects in 2026.
 *
 * @example
 * ```ts
 * import { ETNEWS_2026_02_12 } from 'regional-innovation-rnd/sources';
 * ETNEWS_2026_02_12.date; // '2026-02-12'
 * ```
 */
export const ETNEWS_2026_02_12: SourceRef = /* @__PURE__ */ Object.freeze({
  title: '전북테크노파크 2026년 지역혁신선도기업육성(R&D) 사업 설명 보도',
  publisher: '전자신문',
  date: '2026-02-12',
  url: 'https://m.etnews.com/20260212000004',
});

/**
 * STEPI's brief that tabulates 국가연구개발혁신법 시행령 제19조제1항 [별표 1] for the three kinds of
 * for-profit: the public share and the cash part of the own share (중소기업·중견기업이 아닌 기업 50% /
 * 15%, 중견 70% / 13%, 중소 75% / 10%). For every other institution ("그 외") its table shows "-".
 *
 * @example
 * ```ts
 * import { STEPI_BRIEF_2023_12_11 } from 'regional-innovation-rnd/sources';
 * STEPI_BRIEF_2023_12_11.locator; // '시행령 제19조제1항 [별표 1]'
 * ```
 */
export const STEPI_BRIEF_2023_12_11: SourceRef = /* @__PURE__ */ Object.freeze({
  title: '신흥 핵심전략기술 분야 경쟁력 제고를 위한 국가R&D 참여방안의 유연화, 즉시 도입되어야',
  publisher: '과학기술정책연구원(STEPI)',
  date: '2023-12-11',
  url: 'https://bioin.or.kr/board.do?bid=policy&cmd=view&num=323131',
  locator: '시행령 제19조제1항 [별표 1]',
  note: 'the table gives the for-profit rows only; for "그 외" it shows "-"',
});

/**
 * Report of 2026-01-27 on the agreed name of the merged 광주·전남 unit: 전남광주특별시, short name
 * (약칭) 광주특별시; the provisional name 광주전남특별시 of the third meeting was dropped.
 *
 * @example
 * ```ts
 * import { OHMYNEWS_2026_01_27 } from 'regional-innovation-rnd/sources';
 * OHMYNEWS_2026_01_27.date; // '2026-01-27'
 * ```
 */
export const OHMYNEWS_2026_01_27: SourceRef = /* @__PURE__ */ Object.freeze({
  title: '광주·전남 통합 지자체 명칭 전남광주특별시, 약칭 광주특별시로 합의',
  publisher: '오마이뉴스',
  date: '2026-01-27',
  url: 'https://www.ohmynews.com/NWS_Web/View/at_pg.aspx?CNTN_CD=A0003202072',
  note: 'the same agreement in 동아일보 (donga.com 20260127/133238261)',
});

/**
 * Report of 2026-01-30 on the bill as filed: 광주광역시 and 전라남도 become 전남광주통합특별시 (약칭
 * 광주특별시), to be launched on 2026-07-01; the names of the 시·군·구 under it stay as they are.
 *
 * @example
 * ```ts
 * import { OHMYNEWS_2026_01_30 } from 'regional-innovation-rnd/sources';
 * OHMYNEWS_2026_01_30.publisher; // '오마이뉴스'
 * ```
 */
export const OHMYNEWS_2026_01_30: SourceRef = /* @__PURE__ */ Object.freeze({
  title: '전남광주통합특별시 설치를 위한 특별법안 발의',
  publisher: '오마이뉴스',
  date: '2026-01-30',
  url: 'https://www.ohmynews.com/NWS_Web/View/at_pg.aspx?CNTN_CD=A0003203236',
});

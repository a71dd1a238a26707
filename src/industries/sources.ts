/**
 * The public reports the industry data rests on, one constant each, shared by every record that
 * cites them. Addresses are those recorded in the project's source list (`https://` added);
 * where an outlet gives only an article id, the id is the `locator`.
 *
 * Where the headline was not recorded, `title` describes the article and `note` says so: a
 * described title is never passed off as the outlet's own.
 *
 * @internal
 * @module
 */
import type { SourceRef } from '../rules/types';

const DESCRIBED = 'the title describes the article; its headline was not recorded';

// ---------------------------------------------------------------------------------------------
// The 2023 re-organisation (주축산업 41 + 미래신산업 19)

/** 2023-02-27 지역경제위원회: the re-organisation adopted, with every region's 미래신산업. @internal */
export const ETNEWS_2023_02_27: SourceRef = /* @__PURE__ */ Object.freeze({
  title: '2023년 제1차 지역경제위원회 — 지역주력산업 개편(주축산업 41개, 미래 신산업 19개) 의결',
  publisher: '전자신문',
  date: '2023-02-27',
  url: 'https://etnews.com/20230227000282',
  note: `${DESCRIBED}; names the 19 미래 신산업 region by region, and the five shared ones with their regions`,
});

/** The Ministry's plan of 2023-02-16 as reported: 48 → 41 + 19. @internal */
export const KCEONEWS_2023_02_21: SourceRef = /* @__PURE__ */ Object.freeze({
  title: "중기부 '지역주력산업 개편 및 육성방향' 발표",
  publisher: 'kceonews.com',
  date: '2023-02-21',
  url: 'https://kceonews.com/View.aspx?No=2731155',
  note: 'the plan of 2023-02-16: the 48 주력산업 of the 14 non-capital regions become 41 주축산업 and 19 new 미래 신산업',
});

/** The same plan, and the six industries kept as they were. @internal */
export const SHINAILBO_2023_02_16: SourceRef = /* @__PURE__ */ Object.freeze({
  title: '지역 중기 육성 고도화…중기부, 주축·신산업 분리 개편',
  publisher: '신아일보',
  date: '2023-02-16',
  url: 'https://www.shinailbo.co.kr/news/articleView.html?idxno=1662794',
  note: 'six industries kept as they were, among them 천연물바이오소재 and 항노화메디컬',
});

// ---------------------------------------------------------------------------------------------
// 주축산업, region by region

/** 부산's three 주축산업 (부산시, 2023 지역산업진흥계획). @internal */
export const BUSAN_ILBO_2023_02_28: SourceRef = /* @__PURE__ */ Object.freeze({
  title: '부산 주력산업, 초정밀 소재부품 등 3개 분야 재편',
  publisher: '부산일보',
  date: '2023-02-28',
  url: 'https://www.busan.com/view/busan/view.php?code=2023022818061973807',
  note: 'spells 초정밀 소재부품, 저온고압 에너지 저장 공급시스템 and 실버케어 테크',
});

/** 부산's three 주축산업, a second report of the same day. @internal */
export const SEOUL_2023_02_28: SourceRef = /* @__PURE__ */ Object.freeze({
  title: '부산시 2023년도 지역산업진흥계획 — 주축산업 3개로 조정',
  publisher: '서울신문',
  date: '2023-02-28',
  url: 'https://go.seoul.co.kr/news/newsView.php?id=20230301010006',
  locator: 'article 20230301010006',
  note: `${DESCRIBED}; the address is built from the article id recorded in the sources list`,
});

/** 대구's and 경북's three 주력산업 each, in the news of the 예타 exemption. @internal */
export const DGMBC_2024_08_26: SourceRef = /* @__PURE__ */ Object.freeze({
  title: '지역혁신 선도기업 육성사업 예비타당성 조사 면제 확정 (대구·경북 주력산업)',
  publisher: '대구MBC',
  date: '2024-08-26',
  url: 'https://dgmbc.com/article/xjorIpWavedn',
  note: `${DESCRIBED}; 대구: "전기와 자율모빌리티 부품, 기계요소 소재부품, 디지털 의료기기 등 3가지 산업"; 경북: "첨단 디지털 부품, 신소재 부품 가공, 라이프케어소재"`,
});

/** 대구정책연구원's 2026 report, table 4-4. @internal */
export const DPI_2026: SourceRef = /* @__PURE__ */ Object.freeze({
  title: '지역과 대학의 상생발전을 위한 전략 수립',
  publisher: '대구정책연구원',
  date: '2026-01',
  locator: '제4장 표 4-4',
  note: 'no address: research report 2026-09, seen only through a public summary (GitHub a99621522-cell/dalgubul-ai-note, data/refs/dpi-2026-university-region-mutual-development.json); the report itself was not found online',
});

/** 광주's "3대 주력(주축)산업". @internal */
export const JNILBO_2023_06_18: SourceRef = /* @__PURE__ */ Object.freeze({
  title: '광주 지역 주력산업 3대 주축산업으로 개편',
  publisher: '전남일보',
  date: '2023-06-18',
  url: 'https://jnilbo.com/print.php?aid=70746273275',
  note: `${DESCRIBED}; "모빌리티 의장·전장부품산업, 스마트홈부품산업, 생체의료소재부품산업 등 3대 주력(주축)산업으로 개편"`,
});

/** 광주연구개발특구: 모빌리티 의장·전장부품 as a 지역특화 분야 (a name check only). @internal */
export const ETNEWS_2024_02_23: SourceRef = /* @__PURE__ */ Object.freeze({
  title: '광주연구개발특구 지역특화 분야 — 모빌리티 의장·전장부품',
  publisher: '전자신문',
  date: '2024-02-23',
  url: 'https://etnews.com/20240223000004',
  note: `${DESCRIBED}; a different program (the 연구개발특구): it confirms the name, not the status; also m.etnews.com/20240604000394 (2024-06-04)`,
});

/** 대전시 on its 레전드50+ 2.0 project "대전 주축산업 자립화 및 혁신 고도화 지원". @internal */
export const KUKINEWS_2024_11_04: SourceRef = /* @__PURE__ */ Object.freeze({
  title: '대전 주축산업 자립화 및 혁신 고도화 지원 — 레전드50+ 2.0 선정',
  publisher: '쿠키뉴스',
  date: '2024-11-04',
  url: 'https://img.kukinews.com/article/view/kuk202411040083',
  note: `${DESCRIBED}; 대전시 release, also carried by 동아일보, 노컷뉴스 (nocutnews.co.kr/news/6238139) and 파이낸셜뉴스 the same day`,
});

/** 대전TP: "지역 주력산업인 나노‧반도체, 정밀의료바이오헬스". @internal */
export const NEWSPIM_2025_03_26: SourceRef = /* @__PURE__ */ Object.freeze({
  title: '대전테크노파크 — 지역 주력산업 나노‧반도체, 정밀의료바이오헬스 지원',
  publisher: '뉴스핌',
  date: '2025-03-26',
  url: 'https://ir.newspim.com/news/view/20250326000707',
  note: DESCRIBED,
});

/** 울산TP's profile: the three main industries of 울산. @internal */
export const KUKINEWS_2024_10_28: SourceRef = /* @__PURE__ */ Object.freeze({
  title: '울산테크노파크 — 지역 주력산업 분야 중소기업 지원',
  publisher: '쿠키뉴스',
  date: '2024-10-28',
  url: 'https://img.kukinews.com/article/view/kuk202410280053',
  note: `${DESCRIBED}; "전기자동차 부품(자동차), 가스연료 선박기자재(조선), 기능성 화학소재(정밀화학)" as 울산's main industries; the article never uses the word 주축산업; reprinted at c-innovation.co.kr (not independent)`,
});

/** 세종시 on its 레전드50+ 2.0 selection. @internal */
export const SEDAILY_2024_11_19: SourceRef = /* @__PURE__ */ Object.freeze({
  title: '세종시, 레전드50+ 2.0 선정 — 지능형 모빌리티 부품·기능성 바이오 소재 기업 지원',
  publisher: '서울경제',
  date: '2024-11-19',
  url: 'https://sedaily.com/NewsView/2DGWLP8MKW',
  note: DESCRIBED,
});

/** The same 세종시 release, another outlet. @internal */
export const NEWDAILY_2024_11_19: SourceRef = /* @__PURE__ */ Object.freeze({
  title: '지능형 모빌리티 부품·바이오 소재 지원…스마트 미래도시 도약',
  publisher: '뉴데일리 충청',
  date: '2024-11-19',
  url: 'https://cc.newdaily.co.kr/site/data/html/2024/11/19/2024111900062.html',
  note: 'the same 세종시 release; also 중도일보, 뉴스핌 and 세종일보 that day',
});

/** 강원's three 주축산업 (the spelling follows this article). @internal */
export const EKN_2023_05_08: SourceRef = /* @__PURE__ */ Object.freeze({
  title: '강원 주축산업(디지털헬스케어·천연물바이오소재·세라믹원료소재) 기업지원',
  publisher: '에너지경제신문',
  date: '2023-05-08',
  url: 'https://m.ekn.kr/view.php?key=20230508010001833',
  note: `${DESCRIBED}; in the context of "14개 시도 주축산업의 기업지원"`,
});

/** 강원's 주력산업 named as 디지털헬스, 천연물바이오 and 세라믹. @internal */
export const KWNEWS_2023_03_09: SourceRef = /* @__PURE__ */ Object.freeze({
  title: '강원 주력산업 디지털헬스·천연물바이오·세라믹',
  publisher: '강원일보',
  date: '2023-03-09',
  url: 'https://www.kwnews.co.kr/page/view/2023030912580424989',
  locator: 'article 2023030912580424989',
  note: `${DESCRIBED}; the address is built from the article id recorded in the sources list`,
});

/** "충북의 지역 주력 산업은 첨단반도체와 친환경모빌리티부품, 융합바이오다". @internal */
export const SEGYE_2023_07_14: SourceRef = /* @__PURE__ */ Object.freeze({
  title: '충북도 3대 주력산업 육성 힘쓴다',
  publisher: '세계일보',
  date: '2023-07-14',
  url: 'https://segye.com/content/html/2023/07/13/20230713525009.html',
  note: 'calls 친환경모빌리티 "(이차전지 포함)"',
});

/** 충북's 주력산업 named 첨단반도체, 융합바이오, 미래모빌리티소재부품. @internal */
export const WIKITREE_2024_11_06: SourceRef = /* @__PURE__ */ Object.freeze({
  title: '충북 기회발전특구 최종 확정 — 주력산업 첨단반도체·융합바이오·미래모빌리티소재부품',
  publisher: '위키트리 (뉴스픽 요약)',
  date: '2024-11-06',
  url: 'https://m.newspic.kr/summary.html?cp=w3Hru72p&nid=2024110617414904726&pn=661',
  note: DESCRIBED,
});

/** 충남TP: "3대 주축산업", with 차세대 디스플레이. @internal */
export const NEWS1_2023_03_08: SourceRef = /* @__PURE__ */ Object.freeze({
  title: '충남TP, 디스플레이 등 충남 3대 주력산업 2025년까지 집중육성',
  publisher: '뉴스1',
  date: '2023-03-08',
  url: 'https://www.news1.kr/amp/local/daejeon-chungnam/4975363',
  note: 'a 충남TP release; the day is inferred from the article id and "8일"; it names the display industry 차세대 디스플레이',
});

/** A study for the 충남 provincial council naming 충남's 주축산업. @internal */
export const FIRSTNEWS_2024_10_22: SourceRef = /* @__PURE__ */ Object.freeze({
  title: "충남 주축산업 및 미래 신산업 개편 — '탄소저감 자동차 부품', '고기능성 그린바이오'",
  publisher: 'firstnews.co.kr',
  date: '2024-10-22',
  url: 'https://firstnews.co.kr/news/articleView.html?idxno=106443',
  note: `${DESCRIBED}; 호서대 정희운 교수 for a 충남도의회 study; also ccpress.kr/3809`,
});

/** The Ministry's release listing 첨단디스플레이 among 주축산업 examples. @internal */
export const SEDAILY_2023_02_16: SourceRef = /* @__PURE__ */ Object.freeze({
  title: '지역주력산업 개편 및 육성방향 — 주축산업 예시 첨단디스플레이',
  publisher: '서울경제',
  date: '2023-02-16',
  url: 'https://sedaily.com/NewsView/29LRTES9GJ',
  note: `${DESCRIBED}; the region is not named; also 연합뉴스 AKR20230215155900003 and a kosmba.or.kr notice (2023-02-19)`,
});

/** 전북's three 주축산업 (2023 지역산업진흥계획). @internal */
export const SISANPEOPLE_2023_03_02: SourceRef = /* @__PURE__ */ Object.freeze({
  title: '전북 주축산업 농생명바이오·특수목적용 지능형 기계부품·탄소융복합소재',
  publisher: 'sisanpeople.com',
  date: '2023-03-02',
  url: 'https://sisanpeople.com/2454',
  note: `${DESCRIBED}; also newalkerhk 20230302580354 the same day`,
});

/** 전북's three 주축산업, a year later. @internal */
export const ETNEWS_2024_04_22: SourceRef = /* @__PURE__ */ Object.freeze({
  title: '전북 주축산업 농생명바이오·특수목적용 지능형 기계부품·탄소융복합소재 지원',
  publisher: '전자신문',
  date: '2024-04-22',
  url: 'https://etnews.com/20240422000137',
  note: DESCRIBED,
});

/** 경북's three 주축산업, a report of 2024-12-26. @internal */
export const YEONGNAM_2024_12_26: SourceRef = /* @__PURE__ */ Object.freeze({
  title: '경북 — 첨단디지털부품·소재부품가공·라이프케어소재',
  publisher: '영남일보',
  date: '2024-12-26',
  url: 'https://www.yeongnam.com/web/view.php?key=20241226022453757',
  locator: 'article 20241226022453757',
  note: `${DESCRIBED}; the address is built from the article id recorded in the 2026-12 audit; names the three without stating a count`,
});

/** 경북's three 주축산업, a second report of the same day. @internal */
export const ASIATODAY_2024_12_26: SourceRef = /* @__PURE__ */ Object.freeze({
  title: '경북 — 첨단디지털부품·소재부품가공·라이프케어소재',
  publisher: '아시아투데이',
  date: '2024-12-26',
  url: 'https://www.asiatoday.co.kr/view.php?key=20241226010014100',
  locator: 'article 20241226010014100',
  note: `${DESCRIBED}; the address is built from the article id recorded in the 2026-12 audit; names the three without stating a count`,
});

/** 경상남도 release: "도의 주축산업인 첨단정밀기계, 항공부품, 항노화메디컬 등". @internal */
export const GYEONGNAM_2023_03_07: SourceRef = /* @__PURE__ */ Object.freeze({
  title: '경상남도 보도자료 — 주축산업 첨단정밀기계, 항공부품, 항노화메디컬',
  publisher: '경상남도',
  date: '2023-03-07',
  url: 'https://butech.or.kr/new/info/info02.php?admin_mode=read&no=1191',
  note: `${DESCRIBED}; reprinted at butech.or.kr on 2023-03-21; the closing "등" leaves the list open`,
});

/** 경남's 레전드50+ 2.0 fields 첨단정밀기계·항노화메디컬. @internal */
export const ETNEWS_2024_11_11: SourceRef = /* @__PURE__ */ Object.freeze({
  title: '경남 레전드50+ 2.0 — 첨단정밀기계·항노화메디컬 주력산업 트랜스포메이션 프로젝트',
  publisher: '전자신문',
  date: '2024-11-11',
  url: 'https://etnews.com/20241111000383',
  note: DESCRIBED,
});

/** 제주TP briefing: "청정바이오, 지능형관광서비스, 그린에너지 솔루션 분야를 중심으로 주축산업". @internal */
export const IJEJUTODAY_2025: SourceRef = /* @__PURE__ */ Object.freeze({
  title: '제주테크노파크 설명회 — 청정바이오, 지능형관광서비스, 그린에너지 솔루션 분야 주축산업',
  publisher: '제주투데이',
  date: '2025',
  url: 'https://ijejutoday.com/news/articleView.html?idxno=307225',
  note: `${DESCRIBED}; only the year is known (it calls 2024 "지난해"); spells 그린에너지 솔루션`,
});

/** 제주's 레전드50+ 2.0 call, naming the three 산업군. @internal */
export const IJSN_2024_11: SourceRef = /* @__PURE__ */ Object.freeze({
  title: '제주 레전드50+ 2.0 참여기업 모집 — 청정바이오, 지능형관광서비스, 그린에너지솔루션 산업군',
  publisher: 'ijsn.kr',
  date: '2024-11',
  url: 'https://ijsn.kr/news/article.html?no=62695',
  note: DESCRIBED,
});

/** 전남's 레전드50+ 2.0 fields: broad fields only, no 주축산업 names. @internal */
export const SIMINILBO_2024_11_17: SourceRef = /* @__PURE__ */ Object.freeze({
  title: '전남 레전드50+ 2.0 — 소재·부품, 친환경에너지, 바이오·헬스케어 분야',
  publisher: '시민일보',
  date: '2024-11-17',
  url: 'https://www.siminilbo.co.kr/news/newsview.php?ncode=1160273724044499',
  locator: 'ncode=1160273724044499',
  note: `${DESCRIBED}; fields of a 레전드50+ 2.0 project, not names of 주축산업; the address is built from the article id recorded in the sources list`,
});

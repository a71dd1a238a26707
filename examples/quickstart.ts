/**
 * Quickstart: `npm run example` (Korean) or `npm run example -- --lang en`.
 *
 * Prints what the package knows about the program today, from its rule data: the program's
 * facts, each edition's caps, windows and cost shares with their confidence, the regions it
 * serves, a few amounts read and written the Korean way, and the tiering of a built-in sample of
 * companies, a grant plan and a consortium checked, and an eligibility assessment explained.
 */
import {
  EDITION_IDS,
  NON_CAPITAL_REGION_CODES,
  PROGRAM,
  formatKRW,
  getEdition,
  getRegion,
  isApplicationOpen,
  isNonCapitalRegion,
  parseKRW,
  explainTier,
  tierCohort,
  checkGrantPlan,
  checkConsortium,
  assessEligibility,
  isRulesError,
  type Locale,
} from 'regional-innovation-rnd';

const langIndex = process.argv.indexOf('--lang');
const locale: Locale = langIndex !== -1 && process.argv[langIndex + 1] === 'en' ? 'en' : 'ko';
const t = (ko: string, en: string): string => (locale === 'ko' ? ko : en);
const won = (amount: number): string =>
  locale === 'ko' ? formatKRW(amount) : formatKRW(amount, { style: 'digits' });

console.log(`# ${PROGRAM.name[locale]}`);
console.log(`${PROGRAM.ministry[locale]} · ${String(PROGRAM.years.from)}–${String(PROGRAM.years.to)}`);
console.log(
  `${t('총사업비', 'Total budget')}: ${won(PROGRAM.totalBudget)} (${PROGRAM.provenance.totalBudget.confidence})`,
);
console.log(
  `${t('규모', 'Scale')}: ${String(PROGRAM.plannedProjects)}${t('개 과제(품목)', ' projects (items)')}`,
);
console.log(
  `${t('목표', 'Goals')}: ${t('주력산업 매출액', 'key-industry sales')} +${String(PROGRAM.targets.salesGrowthPercent)}%, ` +
    `${t('신규 일자리', 'new jobs')} ${PROGRAM.targets.newJobs.toLocaleString('en-US')}`,
);

for (const id of EDITION_IDS) {
  const edition = getEdition(id);
  console.log(`\n## ${t(`${id}년 공고`, `The ${id} call`)}`);
  const { opens, closes } = edition.applicationWindow;
  console.log(`${t('접수', 'Applications')}: ${opens} → ${closes}`);
  console.log(
    `  ${t('마감 시각 18:00:00.000에 접수 중?', 'Open at 18:00:00.000 on the closing day?')} ${String(isApplicationOpen(id, closes))}; ` +
      `${t('1ms 뒤', '1 ms later')}: ${String(isApplicationOpen(id, Date.parse(closes) + 1))}`,
  );
  console.log(
    `${t('등급', 'Tiers')}: ${t('상위', 'top')} ${String(edition.tiers.leadingPercent)}% / ${String(edition.tiers.potentialPercent)}%`,
  );
  for (const track of Object.values(edition.tracks)) {
    console.log(
      `- ${track.name[locale]}: ${t('연', 'per year')} ${won(track.maxGrantPerYear)}, ${String(track.maxYears)}${t('년', ' years')}, ` +
        `${t('총', 'in all')} ${won(track.maxGrantTotal)} (${track.provenance.maxGrantPerYear.confidence})`,
    );
  }
  const sme = edition.costSharing.sme;
  console.log(
    `${t('중소기업 정부지원 최대', 'SME public share at most')} ${String(sme.maxPublicPercent)}%, ` +
      `${t('기관부담 중 현금 최소', 'cash of own share at least')} ${String(sme.minCashPercentOfOwnShare)}% (${sme.provenance.confidence})`,
  );
  const alternative = edition.eligibility.rndIntensityAlternative;
  if (alternative !== null) {
    console.log(
      `${t('매출 요건 대신 R&D 집약도', 'Instead of the sales rule, R&D intensity')} ≥ ${String(alternative.minPercent)}%`,
    );
  }
}

console.log(`\n## ${t('지역', 'Regions')}`);
console.log(
  `${t('비수도권 14개 시·도', '14 non-capital regions')}: ` +
    NON_CAPITAL_REGION_CODES.map((code) => getRegion(code)?.name[locale === 'ko' ? 'koShort' : 'en']).join(
      ', ',
    ),
);
for (const input of ['부산', 'Gyeonggi', '42']) {
  const region = getRegion(input);
  console.log(
    `  ${JSON.stringify(input)} → ${region?.name.ko ?? '?'} (${region?.code ?? '?'}): ${isNonCapitalRegion(input) ? t('비수도권', 'non-capital') : t('수도권', 'capital')}`,
  );
}

console.log(`\n## ${t('금액', 'Amounts')}`);
for (const text of ['7억원', '1조 445억원', '2억 5,000만원']) {
  console.log(`  ${text} → ${parseKRW(text).toLocaleString('en-US')} → ${formatKRW(parseKRW(text))}`);
}

console.log(`\n## ${t('기업 등급 (업종별 상위 30% / 50%)', 'Tiers within each industry (top 30% / 50%)')}`);
// A deterministic sample: twelve companies in two 주축산업 of 부산, scores 0–100.
const sample = [
  ['부산정밀', 'busan-ultra-precision', 88.5],
  ['해운대소재', 'busan-ultra-precision', 91.0],
  ['영도부품', 'busan-ultra-precision', 74.2],
  ['사하테크', 'busan-ultra-precision', 66.0],
  ['기장머티리얼', 'busan-ultra-precision', 79.9],
  ['동래정공', 'busan-ultra-precision', 52.3],
  ['수영케어', 'busan-silver-care', 81.0],
  ['금정헬스', 'busan-silver-care', 77.5],
  ['연제메디', 'busan-silver-care', 77.5],
  ['남구실버', 'busan-silver-care', 60.1],
  ['북구돌봄', 'busan-silver-care', 95.4],
  ['강서웰니스', 'busan-silver-care', 58.8],
] as const;
const assignments = tierCohort(
  sample.map(([name, industry, score]) => ({ name, industry, score })),
  { score: 'score', cohort: 'industry' },
);
for (const assignment of assignments) {
  console.log(`  ${assignment.item.name.padEnd(8)} ${explainTier(assignment, { locale }).message}`);
}

console.log(
  `\n## ${t('연구개발비 계획과 컨소시엄 (공고·내역별)', 'Grant plans and consortia (each call and track)')}`,
);
for (const editionId of EDITION_IDS) {
  for (const track of Object.values(getEdition(editionId).tracks)) {
    // A plan at the yearly cap: the lead SME takes 60% of it at exactly its 75% public share and
    // pays exactly 10% of its own share in cash; a university takes the rest.
    const leadPublic = (track.maxGrantPerYear / 10) * 6;
    const own = leadPublic / 3;
    const year = {
      participants: [
        {
          id: 'lead',
          kind: 'sme' as const,
          publicFunding: leadPublic,
          cash: own / 10,
          inKind: (own / 10) * 9,
        },
        {
          id: 'uni',
          kind: 'university' as const,
          publicFunding: track.maxGrantPerYear - leadPublic,
          cash: 0,
          inKind: 0,
        },
      ],
    };
    const plan = checkGrantPlan({ edition: editionId, track: track.id, years: [year, year] }, { locale });
    const planText = plan.ok
      ? `${t('통과', 'passes')}, ${t('남은 한도', 'room left')} ${won(plan.value.total.headroom.publicFunding)}`
      : plan.issues.map((issue) => issue.code).join(', ');
    const members = [
      ...(track.id === 'supply-chain' && editionId === '2026'
        ? [{ id: 'partner', kind: 'sme' as const }]
        : []),
      { id: 'uni', kind: 'university' as const },
    ];
    const consortium = checkConsortium(
      {
        edition: editionId,
        track: track.id,
        lead: {
          id: 'lead',
          kind: 'sme',
          region: '부산',
          tier: track.applicantTier,
          businessNumber: '120-81-47521',
        },
        members,
      },
      { locale },
    );
    const consortiumText = consortium.ok
      ? [t('통과', 'passes'), ...consortium.warnings.map((warning) => `⚠ ${warning.message}`)].join(' ')
      : consortium.issues.map((issue) => issue.code).join(', ');
    console.log(`- ${editionId} ${track.name[locale]}`);
    console.log(`    ${t('계획', 'plan')} (${won(track.maxGrantPerYear)} × 2): ${planText}`);
    console.log(`    ${t('컨소시엄', 'consortium')} (${String(members.length + 1)}): ${consortiumText}`);
  }
}

console.log(`\n## ${t('신청 자격', 'Eligibility')}`);
console.log(
  assessEligibility(
    {
      kind: 'sme',
      region: '부산',
      industry: '실버케어테크',
      tier: 'potential',
      rndIntensity: 0.062,
      ktop: { innovationScore: 81, originalityGrade: '2등급' },
    },
    { edition: '2026', track: 'capability', locale },
  ).explanation,
);

// Screening a small table, as a regional technopark does from a spreadsheet: one row per company,
// what each row still needs, and a bad row that is reported without stopping the others.
console.log(`\n## ${t('신청 자격 일괄 검토 (2026 내역2)', 'Screening a table (2026, track 2)')}`);
const rows: readonly (readonly [string, Record<string, unknown>])[] = [
  [
    'A',
    { kind: 'sme', region: '부산광역시', industry: '실버케어테크', tier: 'potential', rndIntensity: 0.062 },
  ],
  [
    'B',
    {
      kind: 'sme',
      region: '경북',
      industry: '라이프케어소',
      tier: 'potential',
      sales: '35억',
      salesGrowth: 0.08,
    },
  ],
  [
    'C',
    {
      kind: 'sme',
      region: '대전',
      industry: '나노·반도체',
      tier: 'potential',
      rndSpending: '2억',
      sales: '30억',
    },
  ],
  ['D', { kind: 'midsize', region: '충북', industry: '첨단반도체', tier: 'potential', rndIntensity: 0.1 }],
  ['E', { kind: 'sme', region: '서을', industry: '실버케어테크', tier: 'potential' }],
];
// What the officer has checked in the notice for every row (here: all met), and one row without.
const allChecked = Object.fromEntries(
  getEdition('2026').eligibility.requirements.map((requirement) => [requirement.id, true]),
);
for (const [name, row] of rows) {
  try {
    const assessment = assessEligibility(row as never, {
      edition: '2026',
      track: 'capability',
      locale,
      ...(name === 'A' ? {} : { attest: allChecked }),
    });
    const needs =
      assessment.needs.length === 0 ? '' : ` — ${t('필요', 'needs')}: ${assessment.needs.join(', ')}`;
    console.log(`- ${name}: ${assessment.outcome}${needs}`);
  } catch (error) {
    // A row that is not a company (a typo in its region) is reported in the row, never stops the table.
    if (!isRulesError(error)) throw error;
    console.log(
      `- ${name}: ${t('오류', 'error')} ${error.code} ${JSON.stringify(error.path)} — ${error.messages[locale]}`,
    );
  }
}

/**
 * Renders the rule tables of each edition (docs/rules/<id>.md) from the edition data, in Korean
 * and English, with every value's sources and confidence. `npm run docs:rules` writes them;
 * test/docs/rules-tables.test.ts fails when the committed files drift from the data.
 */
import { formatKRW } from 'regional-innovation-rnd/money';
import { EDITIONS, type Edition } from 'regional-innovation-rnd/program';
import {
  CONFIDENCE_LABELS,
  type Evidence,
  type InstitutionKind,
  type SourceRef,
} from 'regional-innovation-rnd/rules';

const KIND_NAMES: Readonly<Record<InstitutionKind, string>> = {
  sme: '중소기업 SME',
  midsize: '중견기업 Midsize company',
  large: '중소·중견기업이 아닌 기업(대기업 등) Company neither SME nor midsize',
  university: '대학 University',
  'research-institute': '연구기관 Research institute',
  nonprofit: '비영리기관 Non-profit',
};

const CONFIDENCE: Readonly<Record<Evidence['confidence'], string>> = {
  confirmed: `${CONFIDENCE_LABELS.confirmed.ko} ${CONFIDENCE_LABELS.confirmed.en}`,
  reported: `${CONFIDENCE_LABELS.reported.ko} ${CONFIDENCE_LABELS.reported.en}`,
  derived: `${CONFIDENCE_LABELS.derived.ko} ${CONFIDENCE_LABELS.derived.en}`,
};

/** Collects the sources of a page and numbers them in order of first use. */
class SourceList {
  private readonly keys: string[] = [];
  private readonly refs: SourceRef[] = [];

  /** The confidence and source numbers of a value, and its note unless `withNote` is false. */
  cite(evidence: Evidence, withNote = true): string {
    const numbers = evidence.sources.map((source) => {
      const key = JSON.stringify(source);
      let index = this.keys.indexOf(key);
      if (index === -1) {
        index = this.keys.push(key) - 1;
        this.refs.push(source);
      }
      return `[${String(index + 1)}]`;
    });
    const note = evidence.note === undefined || !withNote ? '' : ` — ${evidence.note}`;
    return `${CONFIDENCE[evidence.confidence]} ${numbers.join('')}${note}`;
  }

  render(): string[] {
    return this.refs.map((source, index) => {
      const title = source.url === undefined ? source.title : `[${source.title}](${source.url})`;
      const parts = [title, source.publisher, source.date, source.locator, source.note].filter(
        (part): part is string => part !== undefined,
      );
      return `${String(index + 1)}. ${parts.join(', ')}`;
    });
  }
}

const escape = (text: string): string => text.replaceAll('|', '\\|');
const row = (cells: readonly string[]): string => `| ${cells.map(escape).join(' | ')} |`;
const won = (amount: number): string => `${formatKRW(amount)} (${formatKRW(amount, { style: 'digits' })})`;
const percent = (value: number | null): string => (value === null ? '—' : `${String(value)}%`);

/** The Markdown page of one edition. */
export function renderEdition(edition: Edition): string {
  const sources = new SourceList();
  const { applicationWindow: window, tiers, call, eligibility } = edition;
  const title = `${edition.id}년 공고 규칙 · Rules of the ${edition.id} call`;
  const lines: string[] = [
    // The documentation site's page title and its place in the navigation.
    '---',
    `title: '${title}'`,
    '---',
    '',
    `# ${title}`,
    '',
    '<!-- Generated from the edition data by `npm run docs:rules`. Do not edit by hand. -->',
    '',
    // The notice, its title and its date, each with its own evidence (never a planned date).
    `공고 · Notice: ${call.notice ?? '번호 미확인 · number not found'} — ${sources.cite(call.provenance.notice)}`,
    '',
    `제목 · Title: ${call.title === null ? '미확인 · not found' : `「${call.title}」`} — ${sources.cite(call.provenance.title)}`,
    '',
    `공고일 · Announced: ${call.announced} — ${sources.cite(call.provenance.announced)}`,
    '',
    '신뢰도 · Confidence: **확인 confirmed** (공식 문서 또는 독립 보도 2건 이상 · official text or two independent reports), ' +
      '**보도 reported** (보도 1건 · one report), **추론 derived** (확인된 수치에서 계산 · computed from confirmed figures or the general rule).',
    '',
    '## 접수 기간 · Application window',
    '',
    row(['', 'KST', '근거 · Evidence']),
    row(['---', '---', '---']),
    row(['시작 · Opens', window.opens, sources.cite(window.provenance)]),
    // One evidence for the whole window: its note is shown once, on the first row.
    row(['마감 · Closes (inclusive)', window.closes, sources.cite(window.provenance, false)]),
    row(['접수 시스템 · System', window.system, sources.cite(window.provenance, false)]),
    '',
    '## 등급 구간 · Tiers (within each of the 41 주력산업)',
    '',
    row(['등급 · Tier', '상위 · Top share', '근거 · Evidence']),
    row(['---', '---', '---']),
    row(['(예비)선도기업 · leading', `≤ ${percent(tiers.leadingPercent)}`, sources.cite(tiers.provenance)]),
    // One evidence for both shares: its note is shown once, on the first row.
    row([
      '잠재기업 · potential',
      `> ${percent(tiers.leadingPercent)}, ≤ ${percent(tiers.potentialPercent)}`,
      sources.cite(tiers.provenance, false),
    ]),
    // How a rank becomes a share is the library's reading, with its own (lower) confidence.
    row([
      '순위 → 상위 비율 · Rank → top share',
      '순위 ÷ 코호트 크기 · rank ÷ cohort size; 옵션 · options `ties`, `smallCohorts`',
      sources.cite(tiers.convention),
    ]),
    '',
    '## 내역별 지원 한도 · Tracks and caps',
    '',
    row([
      '내역 · Track',
      '연 최대 · Per year',
      '최대 기간 · Years',
      '총 최대 · In all',
      '신청 등급 · Applicant tier',
      '근거 · Evidence',
    ]),
    row(['---', '---', '---', '---', '---', '---']),
  ];
  for (const track of Object.values(edition.tracks)) {
    lines.push(
      row([
        `${track.name.ko} · ${track.name.en} (\`${track.id}\`)`,
        won(track.maxGrantPerYear),
        `${String(track.maxYears)}년 · years`,
        won(track.maxGrantTotal),
        track.applicantTier === 'leading' ? '(예비)선도기업 · leading' : '잠재기업 · potential',
        sources.cite(track.provenance.maxGrantPerYear),
      ]),
    );
  }
  const covers = Object.values(edition.tracks)[0]?.provenance.grantCovers;
  if (covers !== undefined) {
    lines.push(
      '',
      `한도는 정부·지자체 지원연구개발비 합계에 적용 · The caps limit national plus local money: ${sources.cite(covers)}`,
    );
  }
  lines.push(
    '',
    '## 기관 유형별 연구개발비 부담 · Cost sharing by institution kind',
    '',
    row([
      '기관 · Institution',
      '정부·지자체 지원 최대 · Public share at most',
      '기관부담 중 현금 최소 · Cash of own share at least',
      '근거 · Evidence',
    ]),
    row(['---', '---', '---', '---']),
  );
  for (const [kind, share] of Object.entries(edition.costSharing) as [
    InstitutionKind,
    Edition['costSharing'][InstitutionKind],
  ][]) {
    lines.push(
      row([
        `${KIND_NAMES[kind]} (\`${kind}\`)`,
        percent(share.maxPublicPercent),
        share.minCashPercentOfOwnShare === null ? '없음 · none' : percent(share.minCashPercentOfOwnShare),
        sources.cite(share.provenance),
      ]),
    );
  }
  if (edition.budgetItemRules !== null) {
    const items = edition.budgetItemRules;
    lines.push(
      '',
      '## 비목별 한도 · Budget-item limits',
      '',
      row(['비목 · Item', '한도 · Limit', '근거 · Evidence']),
      row(['---', '---', '---']),
      row([
        '간접비 · Indirect cost (for-profit)',
        `≤ ${percent(items.indirectCostMaxPercentOfDirect)} of 직접비`,
        sources.cite(items.provenance),
      ]),
      row([
        '연구수당 · Research allowance',
        `≤ ${percent(items.researchAllowanceMaxPercentOfAdjustedPersonnel)} of 수정인건비`,
        sources.cite(items.provenance, false),
      ]),
      row([
        '위탁연구개발비 · Subcontracted R&D',
        `≤ ${percent(items.subcontractMaxPercent)} of 직접비 (현물 포함) − 위탁·국제공동·연구개발부담비`,
        sources.cite(items.provenance, false),
      ]),
      row([
        '외부기술활용 · Use of outside technology',
        `≤ ${percent(items.externalTechnologyMaxPercentOfDirect)} of 직접비 (현물 포함)`,
        sources.cite(items.provenance, false),
      ]),
    );
  }
  lines.push('', '## 컨소시엄 · Consortium', '');
  for (const track of Object.values(edition.tracks)) {
    const { consortium } = track;
    lines.push(
      `### ${track.name.ko} · ${track.name.en}`,
      '',
      row(['규칙 · Rule', '내용 · Content', '근거 · Evidence']),
      row(['---', '---', '---']),
      row([
        '형태 · Form',
        consortium.form === 'consortium'
          ? '컨소시엄 필수 · consortium required'
          : '단독 또는 컨소시엄 · alone or in a consortium',
        sources.cite(consortium.formProvenance),
      ]),
      row([
        '주관기관 · Lead',
        `${consortium.lead.kinds.map((kind) => `\`${kind}\``).join(', ')}; tier \`${consortium.lead.tier}\`; ${consortium.lead.nonCapitalRegion ? '비수도권 · non-capital region' : ''}`,
        sources.cite(consortium.lead.provenance),
      ]),
      ...consortium.requirements.flatMap((requirement) => [
        row([
          `\`${requirement.id}\``,
          `${requirement.description.ko} · ${requirement.description.en}`,
          sources.cite(requirement.provenance),
        ]),
        // Whether the lead counts is often a reading of the sources: its evidence is its own.
        row([
          `\`${requirement.id}\` 주관기관 산입 · lead counts`,
          requirement.countsLead ? '예 · yes' : '아니요 · no',
          sources.cite(requirement.countsLeadProvenance),
        ]),
      ]),
      row([
        '참여 가능 기관 · Members may be',
        consortium.memberKinds === null
          ? '미확인 · unknown'
          : consortium.memberKinds.map((kind) => `\`${kind}\``).join(', '),
        sources.cite(consortium.memberKindsProvenance),
      ]),
      '',
    );
  }
  const alternative = eligibility.rndIntensityAlternative;
  lines.push(
    '## 신청 자격 · Eligibility',
    '',
    row(['규칙 · Rule', '내용 · Content', '근거 · Evidence']),
    row(['---', '---', '---']),
    row([
      '기업 · Applicant',
      '비수도권 14개 시·도 중소기업 · an SME in a non-capital region',
      sources.cite(eligibility.provenance),
    ]),
    row([
      '주축산업 · Key industry',
      '지역 주축산업 분야 · in a key industry (주축산업) of its region',
      sources.cite(eligibility.keyIndustryProvenance),
    ]),
    row([
      '매출 요건 · Sales rule',
      `최소 매출액 · min. sales: ${eligibility.salesRule.minSales === null ? '미공개 · unknown' : won(eligibility.salesRule.minSales)}; 최소 매출증가율 · min. growth: ${eligibility.salesRule.minSalesGrowth === null ? '미공개 · unknown' : String(eligibility.salesRule.minSalesGrowth)}`,
      sources.cite(eligibility.salesRule.provenance),
    ]),
    row([
      'R&D 집약도 대안 · R&D-intensity alternative',
      alternative === null
        ? '없음 · none'
        : `연구개발비 ÷ 매출액 ≥ ${percent(alternative.minPercent)} · R&D ÷ sales ≥ ${percent(alternative.minPercent)}`,
      alternative === null ? '—' : sources.cite(alternative.provenance),
    ]),
    '',
    '출처에 없는 요건 · Requirements our sources do not state (`unknown` until attested in `assessEligibility`):',
    '',
    row(['규칙 · Rule', '요건 · Requirement', '근거 · Evidence']),
    row(['---', '---', '---']),
    ...eligibility.requirements.map((requirement) =>
      row([
        `\`${requirement.id}\``,
        `${requirement.name.ko} · ${requirement.name.en}`,
        sources.cite(requirement.provenance),
      ]),
    ),
    '',
    '확인되지 않은 값 · Not in our sources (the library answers `unknown` or takes the value from you):',
    '',
    ...eligibility.unknown.map((item) => `- ${item.ko} · ${item.en}`),
    '',
    '## 공고 규모 · The call in numbers',
    '',
    row(['항목 · Item', '값 · Value', '근거 · Evidence']),
    row(['---', '---', '---']),
    row([
      '국비 (신규) · National money (new projects)',
      won(call.nationalBudget),
      sources.cite(call.provenance.budget),
    ]),
    ...(call.localBudget === null
      ? []
      : [row(['지방비 · Local money', won(call.localBudget), sources.cite(call.provenance.budget)])]),
    ...(call.totalBudget === null
      ? []
      : [row(['합계 · Total', won(call.totalBudget), sources.cite(call.provenance.budget)])]),
    row([
      '신규 과제 · New projects',
      String(call.plannedProjects),
      sources.cite(call.provenance.plannedProjects),
    ]),
    ...(call.plannedProjectsByTrack === null
      ? []
      : [
          row([
            '내역별 과제 · Projects per track',
            Object.entries(call.plannedProjectsByTrack)
              .map(([track, count]) => `${track}: ${String(count)}`)
              .join(', '),
            sources.cite(call.provenance.plannedProjectsByTrack),
          ]),
        ]),
    row(['지원 품목 · Support items', String(call.supportItems), sources.cite(call.provenance.supportItems)]),
    ...(call.fields === null
      ? []
      : [row(['분야 · Fields', call.fields.join(', '), sources.cite(call.provenance.fields)])]),
  );
  if (edition.outcome !== null) {
    const { outcome } = edition;
    lines.push(
      '',
      '## 선정 결과 · Outcome',
      '',
      row(['항목 · Item', '값 · Value', '근거 · Evidence']),
      row(['---', '---', '---']),
      row(['신청 · Applications', String(outcome.applications), sources.cite(outcome.provenance.counts)]),
      row([
        '대면평가 통과 · Passed the panel',
        String(outcome.passedPanel),
        sources.cite(outcome.provenance.counts),
      ]),
      row([
        '선정 · Selected',
        `${String(outcome.selected)} (supply-chain ${String(outcome.selectedByTrack['supply-chain'])}, capability ${String(outcome.selectedByTrack.capability)})`,
        sources.cite(outcome.provenance.counts),
      ]),
      row([
        '2년 지원액 · Funding over 2 years',
        won(outcome.fundingTwoYears),
        sources.cite(outcome.provenance.funding),
      ]),
    );
  }
  if (edition.changes.length > 0) {
    lines.push(
      '',
      '## 이전 공고 대비 변경 · What changed',
      '',
      row(['규칙 · Rule', '변경 · Change', '근거 · Evidence']),
      row(['---', '---', '---']),
    );
    for (const change of edition.changes) {
      lines.push(
        row([
          `\`${change.ruleId}\``,
          `${change.description.ko} · ${change.description.en}`,
          sources.cite(change.provenance),
        ]),
      );
    }
  }
  lines.push('', '## 출처 · Sources', '', ...sources.render(), '');
  return lines.join('\n');
}

/** Every page to write: path relative to the repository root, and its content. */
export function renderAll(): { readonly path: string; readonly content: string }[] {
  return Object.values(EDITIONS).map((edition) => ({
    path: `docs/rules/${edition.id}.md`,
    content: renderEdition(edition),
  }));
}

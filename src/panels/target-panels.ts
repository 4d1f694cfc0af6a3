import type { PanelDef } from './panel-def';

/**
 * The "plan targets and yearly trends" theme: targets against results, and yearly series with
 * their gaps. Figures come from targets.json (context pages, each with URL and trust) and, for
 * results, from the themes that already hold them: results are linked, never copied.
 */
export const TARGET_PANELS: readonly PanelDef[] = [
  {
    kind: 'kpi',
    id: 'targets-headlines',
    theme: 'targets',
    title: { zh: '规划目标：完成了吗？', en: 'Plan targets: were they met?' },
    question: { zh: '“十四五”规划的目标完成得怎么样？', en: 'How did Tianjin do against its 14th FYP targets?' },
    alsoUses: ['green'],
    tiles: [
      { figure: 'targets.target.smart-factories' },
      { figure: 'targets.target.national-green-units' },
      { figure: 'targets.target.industrial-energy-intensity-fall' },
      { figure: 'targets.target.gdp-growth-2025' },
      { figure: 'targets.target.sei-share-value-added' },
      { figure: 'targets.target.industrial-va-growth' },
    ],
  },
  {
    kind: 'chart',
    id: 'targets-counts',
    theme: 'targets',
    title: { zh: '数量目标与结果', en: 'Numeric targets and results' },
    question: { zh: '工厂和企业数量的规划目标完成了吗？', en: 'Were the targets for numbers of factories and firms met?' },
    note: {
      zh: '竖线为目标，蓝色条为同口径的结果，灰色条为其他口径的结果（只列出，不判定）。智能工厂和数字化车间：目标两者合计，同口径的结果为市级智能工厂和数字化车间400家（市数据局），未完成；528家只计智能工厂（市工信局，各级），口径不同。市级单项冠军、市级专精特新中小企业和各级绿色制造示范单位未见公布结果；已公布的国家级数目口径不同，不作比较。',
      en: 'The tick is the target, the blue bar the result at the same scope, the grey bar a result at another scope (shown, not judged). Smart factories and digital workshops: the target counts both together; the result at that scope is the 400 municipal smart factories and digital workshops (Data Bureau), so not met; the 528 count smart factories only (industry bureau, all grades), another scope. No results have been published for municipal single champions, municipal specialised SMEs or green-manufacturing units at all levels; the national-level counts that have been are a different scope.',
    },
    alsoUses: ['green', 'data-economy'],
    chart: {
      kind: 'target',
      targets: [
        'targets.target.smart-factories',
        'targets.target.national-green-units',
        'targets.target.green-units-all-levels',
        'targets.target.municipal-single-champions',
        'targets.target.municipal-specialised-smes',
      ],
    },
    height: 480,
  },
  {
    kind: 'chart',
    id: 'targets-energy-water',
    theme: 'targets',
    title: { zh: '节能节水目标', en: 'Energy- and water-saving targets' },
    question: { zh: '工业能耗和用水强度的降幅达到规划目标了吗？', en: 'Did industrial energy and water use per unit of value added fall as far as planned?' },
    note: {
      zh: '规上工业万元增加值能耗“十四五”累计下降13.5%，少于规划目标的15%：目标未完成。三项目标均出自转载的《天津市“十四五”节能减排工作实施方案》报道。万元工业增加值用水量只公布了水平，未公布降幅；单位地区生产总值能耗未见2021—2025年降幅的公布数。',
      en: 'Energy use per unit of value added of industry above designated size fell 13.5% over 2021–2025, short of the 15% target: not met. All three targets come from a reposted report of the 14th FYP energy-saving work plan. For industrial water use only the level has been published, not its fall; no fall in energy use per unit of GDP over 2021–2025 has been published.',
    },
    alsoUses: ['green'],
    chart: {
      kind: 'target',
      targets: ['targets.target.industrial-energy-intensity-fall', 'targets.target.industrial-water-intensity-fall', 'targets.target.gdp-energy-intensity-fall'],
    },
    height: 320,
  },
  {
    kind: 'chart',
    id: 'trend-gdp',
    theme: 'targets',
    title: { zh: '地区生产总值', en: 'GDP' },
    question: { zh: '天津的经济总量有多大？', en: 'How large is Tianjin’s economy?' },
    note: {
      zh: '全年总量。2021年为当年1月公布的初步核算数（转载来源）；2023年由天津日报所载报告的“1.67万亿元”换算，只精确到50亿元。2022年只见于低质量转载网站，2025年未见全年总量，均留空而不插值（季度数不是全年数）。空心点来自转载来源。',
      en: 'Full-year totals. 2021 is the preliminary figure published that January (a reposted source); 2023 is converted from the “CNY 1.67 trillion” of the report printed in Tianjin Daily, accurate only to 5 billion. 2022 appears only on a low-quality reposting site and no 2025 total was found: both are left empty, not interpolated (quarterly figures are not annual totals). Hollow points come from reposted sources.',
    },
    chart: { kind: 'trend', from: 2020, to: 2025, series: [{ name: { zh: '地区生产总值', en: 'GDP' }, figures: ['targets.gdp.2020', 'targets.gdp.2021', 'targets.gdp.2023', 'targets.gdp.2024'] }] },
  },
  {
    kind: 'chart',
    id: 'trend-gdp-growth',
    theme: 'targets',
    title: { zh: '地区生产总值增速', en: 'GDP growth' },
    question: { zh: '经济每年增长多快？2025年的增速目标实现了吗？', en: 'How fast did the economy grow each year, and was the 2025 target met?' },
    note: {
      zh: '按可比价格计算的全年增速。2022年由2023年一季度的报道推算（增长5.5%，比上年全年加快4.5个百分点），为转载来源。2024年最初公布为“预计增长4.7%左右”，现行数为5.1%。2025年为全年数（天津日报、北方网所载的市发展改革委报告）。2025年目标为“5%左右”，没有容差，无法判定是否完成。空心点来自转载来源。',
      en: 'Full-year growth at comparable prices. 2022 is derived from a report on 2023 Q1 (up 5.5%, 4.5 points faster than the year before), a reposted source. 2024 was first published as “expected to be about 4.7%”; 5.1% is the figure in force. 2025 is the full year (the Development and Reform Commission’s report). The 2025 target was “about 5%” with no tolerance, so whether it was met cannot be decided. Hollow points come from reposted sources.',
    },
    chart: {
      kind: 'trend',
      from: 2020,
      to: 2025,
      series: [
        {
          name: { zh: '地区生产总值增速', en: 'GDP growth' },
          figures: ['targets.gdp-growth.2020', 'targets.gdp-growth.2021', 'targets.gdp-growth.2022', 'targets.gdp-growth.2023', 'targets.gdp-growth.2024', 'targets.gdp-growth.2025'],
        },
      ],
      targets: ['targets.target.gdp-growth-2025'],
    },
  },
  {
    kind: 'chart',
    id: 'trend-industry-growth',
    theme: 'targets',
    title: { zh: '工业增加值增速', en: 'Industrial value-added growth' },
    question: { zh: '规上工业和高技术制造业每年增长多快？', en: 'How fast did industry above designated size and high-tech manufacturing grow each year?' },
    note: {
      zh: '全年增速。规上工业缺2021年（只见一季度数和不可靠网站的全年数），留空；2025年由“制造业增加值增长4.9%，快于全市规模以上工业0.7个百分点”推算。高技术制造业缺2021、2022、2023年（2021年只见于不可靠网站，2022年只有上半年数），留空。空心点来自转载来源。',
      en: 'Full-year growth. Industry above designated size lacks 2021 (only Q1 and an unreliable site’s full-year figure were found): left empty; 2025 is derived from “manufacturing value added up 4.9%, 0.7 points faster than industry above designated size”. High-tech manufacturing lacks 2021, 2022 and 2023 (2021 only on an unreliable site, 2022 only for the first half): left empty. Hollow points come from reposted sources.',
    },
    chart: {
      kind: 'trend',
      from: 2020,
      to: 2025,
      series: [
        {
          name: { zh: '规上工业增加值', en: 'Industry above designated size' },
          figures: [
            'targets.industrial-va-growth.2020',
            'targets.industrial-va-growth.2022',
            'targets.industrial-va-growth.2023',
            'targets.industrial-va-growth.2024',
            'targets.industrial-va-growth.2025',
          ],
        },
        { name: { zh: '高技术制造业增加值', en: 'High-tech manufacturing' }, figures: ['targets.hitech-va-growth.2020', 'targets.hitech-va-growth.2024', 'targets.hitech-va-growth.2025'] },
      ],
    },
  },
  {
    kind: 'chart',
    id: 'trend-sei-share-value-added',
    theme: 'targets',
    title: { zh: '战新产业增加值占比', en: 'Emerging industries’ value-added share' },
    question: { zh: '战略性新兴产业增加值占规上工业的比重离2025年40%的目标还有多远？', en: 'How far is the strategic emerging industries’ share of industrial value added from the 40% target for 2025?' },
    note: {
      zh: '增加值口径的全年数。天津日报公布的30.8%是总产值口径（见“工业”部分），2026年政府工作报告的“30%以上”未注明口径，均不可比，不画入本图。2021、2022、2023、2024年未见全年数（2022年只有上半年的23.8%，不是全年数，列在“其他数据”中）；2025年未见增加值口径的数据，目标无可比结果。',
      en: 'Full-year shares of value added. The 30.8% in Tianjin Daily is a share of gross output (see Industry) and the “30% or more” of the 2026 Government Work Report states no basis: neither is comparable, so neither is drawn here. No full-year figures for 2021, 2022, 2023 or 2024 (2022 has only the first half’s 23.8%, not a year, listed under “Other figures”); none on a value-added basis for 2025: the target has no comparable result.',
    },
    chart: {
      kind: 'trend',
      from: 2020,
      to: 2025,
      series: [
        {
          name: { zh: '战略性新兴产业增加值占比', en: 'Share of value added' },
          figures: ['targets.sei-share-value-added.2020'],
        },
      ],
      targets: ['targets.target.sei-share-value-added'],
    },
  },
  {
    kind: 'chart',
    id: 'trend-leading-enterprises',
    theme: 'targets',
    title: { zh: '优质企业历年数量', en: 'Leading enterprises by year' },
    question: { zh: '单项冠军和“小巨人”逐年增加了多少？', en: 'How did single champions and “little giants” grow?' },
    note: {
      zh: '“小巨人”2021年为当年第三批国家级名单公布后的数；2022年经济日报转载报道的130家存疑（其记录自称可能过时，另一报道的130家是走访企业数），不画入，2022年留空。单项冠军2022年取当年12月10日引市工信局的28家（与2024年新增10家、累计38家相符），不用同年10月的16家。2024年为国家信息中心数；2025年为天津日报的累计数。“小巨人”缺2020、2022、2023年，单项冠军缺2020、2021、2023年。国家级企业技术中心（68家、81家）见“工业”部分。空心点来自转载来源。',
      en: '“Little giants”: 2021 is the count after that year’s third national list; the 130 of 2022 in a reposted Economic Daily report is doubtful (its own record calls it stale; another report’s 130 are firms visited), so it is not drawn and 2022 is left empty. Single champions: 2022 is the 28 of 10 December that year, citing the municipal industry bureau (consistent with 10 new in 2024 and 38 in all), not the 16 of October. 2024 is from the State Information Center; 2025 is Tianjin Daily’s cumulative count. “Little giants” lack 2020, 2022 and 2023; single champions lack 2020, 2021 and 2023. National technology centres (68 and 81) are under Industry. Hollow points come from reposted sources.',
    },
    alsoUses: ['industry'],
    chart: {
      kind: 'trend',
      from: 2020,
      to: 2025,
      series: [
        { name: { zh: '专精特新“小巨人”', en: '“Little giants”' }, figures: ['targets.little-giants.2021', 'targets.little-giants.2024', 'industry.little-giants'] },
        { name: { zh: '国家制造业单项冠军', en: 'National single champions' }, figures: ['targets.single-champions.2022-12', 'targets.single-champions.2024', 'industry.single-champions'] },
      ],
    },
    height: 340,
  },
  {
    kind: 'chart',
    id: 'trend-hitech-share',
    theme: 'targets',
    title: { zh: '高技术制造业增加值占规上工业比重', en: 'High-tech manufacturing’s share of industrial value added' },
    question: { zh: '高技术制造业在工业中的分量有多大？', en: 'How large is high-tech manufacturing within industry?' },
    note: {
      zh: '增加值口径的全年数。2025年为16.6%（市发展改革委报告）；2024年由“较上年全年提升1.8个百分点”推算。2020、2021、2022、2023年未见全年数（2022年只有上半年的14.5%），留空。',
      en: 'Full-year shares of value added. 2025 is 16.6% (the Development and Reform Commission’s report); 2024 is derived from “1.8 points above last year as a whole”. No full-year figures for 2020, 2021, 2022 or 2023 (2022 has only the first half’s 14.5%): left empty.',
    },
    chart: {
      kind: 'trend',
      from: 2020,
      to: 2025,
      series: [{ name: { zh: '高技术制造业增加值占比', en: 'Share of value added' }, figures: ['targets.hitech-share.2024', 'targets.hitech-share.2025'] }],
    },
  },
  {
    kind: 'chart',
    id: 'trend-industrial-energy',
    theme: 'targets',
    title: { zh: '规上工业单位增加值能耗逐年降幅', en: 'Yearly fall in industrial energy use per unit of value added' },
    question: { zh: '工业能耗强度每年下降多少？', en: 'How much did industrial energy intensity fall each year?' },
    note: {
      zh: '比上年的降幅，出自市工信局2023年6月的解读（转载来源）。2020、2023、2024、2025年未见逐年降幅，留空。2021—2025年累计下降13.5%（天津日报）是五年合计，不是某一年的数，不画入本图。',
      en: 'Falls on the year before, from the municipal industry bureau’s briefing of June 2023 (a reposted source). No yearly falls were found for 2020, 2023, 2024 or 2025: left empty. The 13.5% fall over 2021–2025 (Tianjin Daily) is a five-year total, not one year’s figure, and is not drawn here.',
    },
    alsoUses: ['green'],
    chart: {
      kind: 'trend',
      from: 2020,
      to: 2025,
      series: [
        {
          name: { zh: '规上工业单位增加值能耗降幅', en: 'Fall in industrial energy intensity' },
          figures: ['targets.industrial-energy-intensity-fall.2021', 'targets.industrial-energy-intensity-fall.2022'],
        },
      ],
    },
  },
  {
    kind: 'kpi',
    id: 'targets-other-plan-targets',
    theme: 'targets',
    title: { zh: '其他规划目标', en: 'Other plan targets' },
    question: { zh: '还有哪些“十四五”目标？有结果吗？', en: 'Which other 14th FYP targets are there, and are there results?' },
    tiles: [
      { figure: 'targets.target.mfg-share-gdp' },
      { figure: 'targets.target.high-tech-enterprises' },
      { figure: 'targets.target.non-fossil-share' },
      { figure: 'targets.target.gdp-energy-intensity-fall' },
    ],
  },
  {
    kind: 'kpi',
    id: 'targets-other-figures',
    theme: 'targets',
    title: { zh: '规划目标与年度趋势：其他数据', en: 'Plan targets and yearly trends: other figures' },
    question: {
      zh: '趋势图以外的数：部分时期的数、推算所用的数、存疑的数。',
      en: 'The figures beside the trend lines: part-year figures, the inputs of derived points, and doubtful counts.',
    },
    tiles: [
      { figure: 'targets.gdp.2023-trillion' },
      { figure: 'targets.gdp-growth.2023q1', change: 'targets.gdp-growth.2023q1-over-2022' },
      { figure: 'targets.mfg-va-growth.2025', change: 'targets.mfg-va-growth-over-industry.2025' },
      { figure: 'targets.hitech-share.2025', change: 'targets.hitech-share-change.2025' },
      { figure: 'targets.sei-share-value-added.2022h1' },
      { figure: 'targets.sei-share.reported-2026' },
      { figure: 'targets.gdp-energy-intensity-fall.reported-2024' },
      { figure: 'targets.single-champions.2022' },
      { figure: 'targets.little-giants.2022' },
    ],
  },
];


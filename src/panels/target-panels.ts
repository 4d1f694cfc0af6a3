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
      zh: '竖线为目标，蓝色条为同口径的结果，灰色条为其他口径的结果（只列出，不判定）。智能工厂：目标含数字化车间，528家为各级智能工厂（市工信局），400家为市级智能工厂和数字化车间（市数据局）。市级单项冠军、市级专精特新中小企业和各级绿色制造示范单位未见公布结果；已公布的国家级数目口径不同，不作比较。',
      en: 'The tick is the target, the blue bar the result at the same scope, the grey bar a result at another scope (shown, not judged). Smart factories: the target includes digital workshops; the 528 are smart factories at all grades (industry bureau), the 400 municipal smart factories and digital workshops (Data Bureau). No results have been published for municipal single champions, municipal specialised SMEs or green-manufacturing units at all levels; the national-level counts that have been are a different scope.',
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
      zh: '规上工业万元增加值能耗“十四五”累计下降13.5%，少于规划目标的15%：目标未完成。两项目标均出自转载的《天津市“十四五”节能减排工作实施方案》报道。万元工业增加值用水量只公布了水平，未公布降幅。',
      en: 'Above-size industrial energy use per unit of value added fell 13.5% over 2021–2025, short of the 15% target: not met. Both targets come from a reposted report of the 14th FYP energy-saving work plan. For industrial water use only the level has been published, not its fall.',
    },
    alsoUses: ['green'],
    chart: { kind: 'target', targets: ['targets.target.industrial-energy-intensity-fall', 'targets.target.industrial-water-intensity-fall'] },
    height: 260,
  },
  {
    kind: 'chart',
    id: 'trend-gdp',
    theme: 'targets',
    title: { zh: '地区生产总值', en: 'GDP' },
    question: { zh: '天津的经济总量有多大？', en: 'How large is Tianjin’s economy?' },
    note: {
      zh: '只收集到2020年和2024年的全年总量；2021、2022、2023、2025年未见可信的全年数，留空而不插值（季度数不是全年数）。',
      en: 'Annual totals were found only for 2020 and 2024; 2021, 2022, 2023 and 2025 have no trustworthy annual figure and are left empty, not interpolated (quarterly figures are not annual totals).',
    },
    chart: { kind: 'trend', from: 2020, to: 2025, series: [{ name: { zh: '地区生产总值', en: 'GDP' }, figures: ['targets.gdp.2020', 'targets.gdp.2024'] }] },
  },
  {
    kind: 'chart',
    id: 'trend-gdp-growth',
    theme: 'targets',
    title: { zh: '地区生产总值增速', en: 'GDP growth' },
    question: { zh: '经济每年增长多快？2025年的增速目标实现了吗？', en: 'How fast did the economy grow each year, and was the 2025 target met?' },
    note: {
      zh: '按可比价格计算。2022年的全年增速在收集的来源中未见，留空。空心点来自转载来源（2023年、2025年为转载的政府工作报告）。2025年目标为“5%左右”，没有容差，无法判定是否完成。',
      en: 'At comparable prices. No collected source gives growth for 2022: left empty. Hollow points come from reposted sources (2023 and 2025 from reposted government work reports). The 2025 target was “about 5%” with no tolerance, so whether it was met cannot be decided.',
    },
    chart: {
      kind: 'trend',
      from: 2020,
      to: 2025,
      series: [
        {
          name: { zh: '地区生产总值增速', en: 'GDP growth' },
          figures: ['targets.gdp-growth.2020', 'targets.gdp-growth.2021', 'targets.gdp-growth.2023', 'targets.gdp-growth.2024', 'targets.gdp-growth.2025'],
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
    question: { zh: '规上工业和高技术制造业每年增长多快？', en: 'How fast did above-size industry and high-tech manufacturing grow each year?' },
    note: {
      zh: '规上工业缺2021、2024、2025年的全年增速（2021年只有一季度数，2024年只有前三季度和前11个月数），留空。高技术制造业只有2020年和2024年的全年增速，2021、2022、2023、2025年留空。空心点来自转载来源。',
      en: 'Above-size industry lacks full-year growth for 2021, 2024 and 2025 (only 2021 Q1, and 2024 Q1–Q3 and Jan–Nov, were found): left empty. High-tech manufacturing has full-year growth only for 2020 and 2024; 2021, 2022, 2023 and 2025 are left empty. Hollow points come from reposted sources.',
    },
    chart: {
      kind: 'trend',
      from: 2020,
      to: 2025,
      series: [
        { name: { zh: '规上工业增加值', en: 'Above-size industry' }, figures: ['targets.industrial-va-growth.2020', 'targets.industrial-va-growth.2022', 'targets.industrial-va-growth.2023'] },
        { name: { zh: '高技术制造业增加值', en: 'High-tech manufacturing' }, figures: ['targets.hitech-va-growth.2020', 'targets.hitech-va-growth.2024'] },
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
      zh: '增加值口径。天津日报公布的30.8%是总产值口径（见“工业”部分），不可比，不画入本图。2022年为上半年数。2021、2023、2024年未见数据；2025年未见增加值口径的数据，目标无可比结果。空心点来自转载来源。',
      en: 'Value-added basis. The 30.8% in Tianjin Daily is a share of gross output (see Industry): not comparable, so not drawn here. 2022 is the first half. No figures for 2021, 2023 or 2024, and none on a value-added basis for 2025: the target has no comparable result. Hollow points come from reposted sources.',
    },
    chart: {
      kind: 'trend',
      from: 2020,
      to: 2025,
      series: [
        {
          name: { zh: '战略性新兴产业增加值占比', en: 'Share of value added' },
          figures: ['targets.sei-share-value-added.2020', 'targets.sei-share-value-added.2022h1'],
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
    question: { zh: '国家级企业技术中心、单项冠军和“小巨人”逐年增加了多少？', en: 'How did national technology centres, single champions and “little giants” grow?' },
    note: {
      zh: '2022年为当年10月的数（转载的经济日报报道），其中“小巨人”130家可能早于当年公布的新一批名单；2024年为国家信息中心数；2025年为截至12月9日的累计数（天津日报）。单项冠军和“小巨人”缺2020、2021、2023年；国家级企业技术中心只有2020年和2025年，缺2021、2022、2023、2024年。空心点来自转载来源。',
      en: '2022 is as of October that year (a reposted Economic Daily report); its 130 “little giants” may predate that year’s new list. 2024 is from the State Information Center; 2025 is the cumulative count to 9 December (Tianjin Daily). Single champions and “little giants” lack 2020, 2021 and 2023; national technology centres exist only for 2020 and 2025, lacking 2021, 2022, 2023 and 2024. Hollow points come from reposted sources.',
    },
    alsoUses: ['industry'],
    chart: {
      kind: 'trend',
      from: 2020,
      to: 2025,
      series: [
        { name: { zh: '专精特新“小巨人”', en: '“Little giants”' }, figures: ['targets.little-giants.2022', 'targets.little-giants.2024', 'industry.little-giants'] },
        { name: { zh: '国家级企业技术中心', en: 'National technology centres' }, figures: ['industry.tech-centres-national-2020', 'industry.tech-centres-national'] },
        { name: { zh: '国家制造业单项冠军', en: 'National single champions' }, figures: ['targets.single-champions.2022', 'targets.single-champions.2024', 'industry.single-champions'] },
      ],
    },
    height: 340,
  },
];

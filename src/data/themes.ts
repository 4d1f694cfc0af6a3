/** The dashboard's themes, in dashboard order. Each theme has one data file in data/. */
export const THEME_IDS = ['data-economy', 'compute', 'industry', 'green', 'sco-forum', 'dongli', 'petitions', 'targets'] as const;

export type ThemeId = (typeof THEME_IDS)[number];

export const THEMES: Record<ThemeId, { zh: string; en: string; file: string }> = {
  'data-economy': { zh: '数据要素与数字经济', en: 'Data elements and digital economy', file: 'data-economy.json' },
  compute: { zh: '算力', en: 'Compute power', file: 'compute.json' },
  industry: { zh: '工业', en: 'Industry', file: 'industry.json' },
  green: { zh: '数字化转型与绿色制造', en: 'Digital transformation and green manufacturing', file: 'green.json' },
  'sco-forum': { zh: '上合组织数字经济论坛', en: 'SCO Digital Economy Forum', file: 'sco-forum.json' },
  dongli: { zh: '东丽区产业链', en: 'Dongli district industrial chains', file: 'dongli.json' },
  petitions: { zh: '中央生态环保督察信访', en: 'Environmental-inspection petitions', file: 'petitions.json' },
  targets: { zh: '规划目标与年度趋势', en: 'Plan targets and yearly trends', file: 'targets.json' },
};

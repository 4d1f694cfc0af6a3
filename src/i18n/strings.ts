import type { Lang } from './lang';

export const UI = {
  zh: {
    appTitle: '天津“十四五”规划指标看板',
    appSubtitle: '2021–2025年 · 数据来源:天津日报2025年12月10日“高质量完成‘十四五’规划”系列新闻发布会报道等',
    period: '时期',
    qualifier: '口径',
    derived: '推算公式',
    clause: '原文',
    source: '来源',
    note: '说明',
    loading: '正在加载数据…',
    loadError: '数据文件加载失败',
    retry: '重试',
    panelError: '此面板无法显示',
    baseline: '“十三五”末',
    result: '“十四五”',
    question: '回答的问题',
  },
  en: {
    appTitle: 'Tianjin 14th Five-Year Plan indicators',
    appSubtitle: '2021–2025 · Source: Tianjin Daily, 10 Dec 2025, reports of the press conferences on completing the 14th Five-Year Plan, and others',
    period: 'Period',
    qualifier: 'Qualifier',
    derived: 'Formula',
    clause: 'Source text',
    source: 'Source',
    note: 'Note',
    loading: 'Loading data…',
    loadError: 'A data file could not be loaded',
    retry: 'Retry',
    panelError: 'This panel cannot be shown',
    baseline: 'End of 13th FYP',
    result: '14th FYP',
    question: 'Question',
  },
} satisfies Record<Lang, Record<string, string>>;

export type UiStrings = (typeof UI)['zh'];

import type { Lang } from '@/i18n/lang';
import { planFileWord } from '@/i18n/plan-params';
import { interfaceStrings } from '@/i18n/strings';
import type { Background, PresetId } from './export-presets';

/** Every string the export UI and exported files show, in both languages. */
export const EXPORT_UI = interfaceStrings({
  zh: {
    export: '导出',
    exportChart: (title: string) => `导出图表：${title}`,
    formats: '格式',
    png: 'PNG 图片',
    svg: 'SVG 矢量图',
    csv: 'CSV 数据',
    copyImage: '复制图片',
    options: '导出选项',
    scale: '倍率',
    background: '背景',
    size: '尺寸',
    backgrounds: { white: '白色', dark: '深色', transparent: '透明' } satisfies Record<Background, string>,
    presets: {
      shown: '与页面相同',
      slide: '16:9 幻灯片（1920×1080）',
      square: '方形（1080×1080）',
      a4: 'A4 横向（1754×1240，150 dpi）',
    } satisfies Record<PresetId, string>,
    presetNames: { shown: '与页面相同', slide: '16:9 幻灯片', square: '方形', a4: 'A4 横向' } satisfies Record<PresetId, string>,
    pixelSize: (width: number, height: number, scale: number) => `${width}×${height} 像素（${scale}×）`,
    shownSize: (scale: number) => `卡片大小的${scale}倍`,
    dpi: (dpi: number) => `${dpi} dpi`,
    finalSize: '输出尺寸',
    headlinesNote: '各领域主要成果（标题数字）的数值、时期、口径和来源见 tiles/ 中的CSV文件。',
    working: '正在导出…',
    downloaded: (name: string) => `已下载：${name}`,
    copied: '图片已复制到剪贴板',
    copyRefused: '浏览器拒绝将图片写入剪贴板。请改用“PNG 图片”下载。',
    copyUnsupported: '此浏览器不支持复制图片。请改用“PNG 图片”下载。',
    failed: (message: string) => `导出失败：${message}`,
    close: '关闭',
    exportAll: '批量导出',
    exportAllTitle: '导出当前视图',
    exportZip: '全部图表（ZIP）',
    allDataCsv: '全部数据（CSV）',
    allDataJson: '全部数据（JSON）',
    wholeView: '整个视图（PNG）',
    progressLabel: '导出进度',
    progress: (done: number, total: number) => `${done} / ${total}`,
    noCharts: '当前视图没有图表可导出',
    missingWarning: (panels: number) => `有 ${panels} 个面板的数据未能加载，导出内容不完整：`,
    downloadedIncomplete: (name: string, panels: number) => `已下载：${name}（不完整：缺少 ${panels} 个面板，详见 manifest.json）`,
    wholeViewScaled: (scale: number) => `视图过长，已按 ${scale} 倍导出`,
    // Inside exported files
    unit: '单位',
    period: '时期',
    source: '来源',
    formulaOf: (label: string) => `推算（${label}）`,
    allParts: '各项',
    note: '说明',
    listSep: '、',
    fieldSep: '：',
    csvHeader: ['指标', '时期', '数值', '单位', '口径', '推算依据', '来源', '发布日期'],
    csvAllExtra: { id: '编号', theme: '领域', clause: '原文', formula: '推算公式' },
    // File names name the plan in force (data/plan.json).
    get zipName() {
      return `天津${planFileWord('zh')}指标`;
    },
    get allDataName() {
      return `天津${planFileWord('zh')}指标_全部数据`;
    },
    get wholeViewName() {
      return `天津${planFileWord('zh')}指标_当前视图`;
    },
    exportedOn: (date: string) => `导出于 ${date}`,
  },
  en: {
    export: 'Export',
    exportChart: (title: string) => `Export chart: ${title}`,
    formats: 'Format',
    png: 'PNG image',
    svg: 'SVG (vector)',
    csv: 'CSV data',
    copyImage: 'Copy image',
    options: 'Export options',
    scale: 'Scale',
    background: 'Background',
    size: 'Size',
    backgrounds: { white: 'White', dark: 'Dark', transparent: 'Transparent' } satisfies Record<Background, string>,
    presets: {
      shown: 'As shown',
      slide: '16:9 slide (1920×1080)',
      square: 'Square (1080×1080)',
      a4: 'A4 landscape (1754×1240, 150 dpi)',
    } satisfies Record<PresetId, string>,
    presetNames: { shown: 'As shown', slide: '16:9 slide', square: 'Square', a4: 'A4 landscape' } satisfies Record<PresetId, string>,
    pixelSize: (width: number, height: number, scale: number) => `${width}×${height} px at ${scale}×`,
    shownSize: (scale: number) => `${scale}× the card’s size`,
    dpi: (dpi: number) => `${dpi} dpi`,
    finalSize: 'Image size',
    headlinesNote: 'The headline figures of each topic (value, period, qualifier and source) are in the CSV files under tiles/.',
    working: 'Exporting…',
    downloaded: (name: string) => `Downloaded: ${name}`,
    copied: 'Image copied to the clipboard',
    copyRefused: 'The browser refused to put the image on the clipboard. Download the PNG instead.',
    copyUnsupported: 'This browser cannot copy images. Download the PNG instead.',
    failed: (message: string) => `Export failed: ${message}`,
    close: 'Close',
    exportAll: 'Export all',
    exportAllTitle: 'Export the current view',
    exportZip: 'Export all (ZIP)',
    allDataCsv: 'All data (CSV)',
    allDataJson: 'All data (JSON)',
    wholeView: 'Whole view (PNG)',
    progressLabel: 'Export progress',
    progress: (done: number, total: number) => `${done} / ${total}`,
    noCharts: 'The current view has no charts to export',
    missingWarning: (panels: number) =>
      `The data of ${panels} panel${panels === 1 ? '' : 's'} could not be loaded; the export is incomplete:`,
    downloadedIncomplete: (name: string, panels: number) =>
      `Downloaded: ${name} (incomplete: ${panels} panel${panels === 1 ? '' : 's'} missing, see manifest.json)`,
    wholeViewScaled: (scale: number) => `The view is long: exported at ${scale}×`,
    unit: 'Unit',
    period: 'Period',
    source: 'Source',
    formulaOf: (label: string) => `Derived (${label})`,
    allParts: 'All parts',
    note: 'Note',
    listSep: ', ',
    fieldSep: ': ',
    csvHeader: ['Indicator', 'Period', 'Value', 'Unit', 'Qualifier', 'Derived from', 'Source', 'Date'],
    csvAllExtra: { id: 'ID', theme: 'Theme', clause: 'Source text', formula: 'Formula' },
    get zipName() {
      return `Tianjin-${planFileWord('en')}-indicators`;
    },
    get allDataName() {
      return `Tianjin-${planFileWord('en')}-indicators_all-data`;
    },
    get wholeViewName() {
      return `Tianjin-${planFileWord('en')}-indicators_view`;
    },
    exportedOn: (date: string) => `Exported on ${date}`,
  },
} as const);

export type ExportStrings = (typeof EXPORT_UI)[Lang];

import type { PanelDef } from './panel-def';

/** The dashboard's panels, in dashboard order. Every figure id refers to data/. */
export const PANELS: readonly PanelDef[] = [
  {
    id: 'digital-revenue-growth',
    theme: 'data-economy',
    title: { zh: '数字经济企业营收增速', en: 'Revenue growth of digital-economy firms' },
    question: { zh: '数字经济企业的营收增长有多快?', en: 'How fast are digital-economy firms growing?' },
    chart: { kind: 'bar', figures: ['data-economy.core-industry-revenue-growth', 'data-economy.platform-revenue-growth'] },
  },
  {
    id: 'compute-capacity',
    theme: 'compute',
    title: { zh: '全市智能算力与调度平台汇聚算力', en: 'City intelligent compute vs the scheduling platform' },
    question: { zh: '天津有多少智能算力?调度平台汇聚了多少?', en: 'How much intelligent compute does Tianjin have, and how much does the scheduling platform pool?' },
    chart: { kind: 'bar', figures: ['compute.intelligent-compute-p', 'compute.scheduling-platform-compute'] },
  },
  {
    id: 'industry-output',
    theme: 'industry',
    title: { zh: '规上工业总产值', en: 'Gross output of above-size industry' },
    question: { zh: '工业规模比“十三五”末增长了多少?', en: 'How much has industry grown since the end of the 13th FYP?' },
    chart: { kind: 'before-after', figures: ['industry.output-value'] },
  },
  {
    id: 'tech-centres',
    theme: 'industry',
    title: { zh: '企业技术中心', en: 'Enterprise technology centres' },
    question: { zh: '企业创新平台增加了多少?', en: 'How many more enterprise innovation centres are there?' },
    chart: { kind: 'before-after', figures: ['industry.tech-centres', 'industry.tech-centres-national'] },
  },
  {
    id: 'solid-waste',
    theme: 'green',
    title: { zh: '主要工业固废综合利用率', en: 'Utilisation of major industrial solid waste' },
    question: { zh: '工业固废有多少被综合利用?', en: 'How much industrial solid waste is put to use?' },
    chart: { kind: 'gauge', figure: 'green.solid-waste-utilisation' },
  },
  {
    id: 'sco-projects',
    theme: 'sco-forum',
    title: { zh: '上合论坛签约与合作项目', en: 'Projects from the SCO forum' },
    question: { zh: '论坛带来了多少项目?', en: 'How many projects did the forum bring?' },
    chart: { kind: 'bar', figures: ['sco-forum.china-sco-projects', 'sco-forum.tianjin-digital-projects'] },
  },
  {
    id: 'dongli-share',
    theme: 'dongli',
    title: { zh: '东丽区6条重点产业链占规上工业比重', en: "Dongli's 6 key chains in the district's industry" },
    question: { zh: '重点产业链在东丽工业中占多大份量?', en: "How much of Dongli's industry do its key chains make up?" },
    chart: { kind: 'gauge', figure: 'dongli.chain-share' },
  },
  {
    id: 'petitions-by-district',
    theme: 'petitions',
    title: { zh: '第二十批信访举报件(按区)', en: 'Petitions in batch 20, by district' },
    question: { zh: '哪些区的信访举报最多?', en: 'Which districts received the most petitions?' },
    chart: { kind: 'breakdown-bar', breakdown: 'petitions.b20.by-district' },
    height: 460,
  },
  {
    id: 'petitions-by-type',
    theme: 'petitions',
    title: { zh: '第二十批信访举报件涉及问题(按类型)', en: 'Problems raised in batch 20, by type' },
    question: { zh: '群众反映最多的是哪类污染?', en: 'Which kinds of pollution do people report most?' },
    chart: { kind: 'pie', breakdown: 'petitions.b20.by-type' },
  },
  {
    id: 'petitions-by-channel',
    theme: 'petitions',
    title: { zh: '第二十批信访举报件(按渠道)', en: 'Petitions in batch 20, by channel' },
    question: { zh: '信访举报通过什么渠道提出?', en: 'How were the petitions made?' },
    chart: { kind: 'pie', breakdown: 'petitions.b20.by-channel' },
  },
];

// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ViewSettings } from '@/charts/chart-view';
import type { ThemeFile } from '@/data/schema';
import { source, statedFigure } from '@/data/test-fixtures';
import { THEME_IDS, type ThemeId } from '@/data/themes';
import { Panel, type PanelActions } from './panel';
import type { KpiPanelDef } from './panel-def';
import { panelModel, type FileLoad, type PanelData } from './panel-model';

const figure = statedFigure({ id: 'industry.firms', name: { zh: '企业', en: 'Firms' }, value: 30 });
const def: KpiPanelDef = {
  id: 'industry-tiles',
  kind: 'kpi',
  theme: 'industry',
  title: { zh: '要点', en: 'Headlines' },
  question: { zh: '多少？', en: 'How many?' },
  tiles: [{ figure: 'industry.firms' }],
};
const view: ViewSettings = { lang: 'en', scheme: 'light', animation: false };
const actions: PanelActions = { onPresent: () => undefined };

function data(industry: FileLoad<ThemeFile>): PanelData {
  const themes = Object.fromEntries(
    THEME_IDS.map((theme) => [theme, theme === 'industry' ? industry : { error: null, refetch: vi.fn() }]),
  ) as Record<ThemeId, FileLoad<ThemeFile>>;
  const figures = new Map(industry.data ? industry.data.figures.map((f) => [f.id, f] as const) : []);
  return {
    themes,
    sources: { data: [source()], error: null, refetch: vi.fn() },
    figures,
    sourcesById: new Map([['src-a', source()]]),
    problems: [],
  };
}

function renderPanel(panelData: PanelData) {
  const model = panelModel(def, panelData, { lang: 'en' });
  render(
    <Panel
      model={model}
      file={panelData.themes[model.def.theme].data}
      figures={panelData.figures}
      sources={panelData.sourcesById}
      view={view}
      linked={false}
      actions={actions}
      selection={null}
      onSelect={() => undefined}
    />,
  );
  return model;
}

describe('Panel', () => {
  afterEach(cleanup);

  it('shows its placeholder while its file loads', () => {
    renderPanel(data({ error: null, refetch: vi.fn() }));
    expect(document.querySelector('[data-panel-status="loading"] [aria-busy="true"]')).not.toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('names the file and field that failed, and its retry fetches that file again', () => {
    const refetch = vi.fn();
    const failed = new Error('could not be loaded (HTTP 404)');
    renderPanel(data({ error: failed, refetch }));
    const card = screen.getByRole('alert');
    expect(card.textContent).toContain('industry.json: could not be loaded (HTTP 404)');
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(refetch).toHaveBeenCalledTimes(1);
  });

  it('shows its tiles once ready', () => {
    renderPanel(data({ data: { theme: 'industry', figures: [figure] }, error: null, refetch: vi.fn() }));
    expect(document.querySelector('[data-panel-status="ready"]')).not.toBeNull();
    expect(screen.getByText('Firms')).toBeTruthy();
  });
});

/**
 * The "PowerPoint" and "Excel" entries of the export-all menu. Small on purpose: it sits in the
 * first view's bundle, and the builders, pptxgenjs and exceljs load only when a file is asked for.
 */
import { importWithRetry } from '@/components/lazy-import';
import type { Dataset } from '@/data/use-dataset';
import type { Lang } from '@/i18n/lang';
import { UI } from '@/i18n/strings';
import type { PanelDef } from '@/panels/panel-def';
import { currentDataVersion, versionText } from '@/report/data-version';
import { watermarkText } from '@/report/watermark';
import { currentShareUrl } from '@/state/use-url-sync';
import { useViewStore } from '@/state/view-store';

const loadOffice = () => importWithRetry(() => import('./office-actions'));

/** A panel of the view that can be exported, and the headline tiles shown of it. */
export interface OfficeViewPanel {
  def: PanelDef;
  tileIds?: readonly string[];
}

interface OfficeButtonsProps {
  lang: Lang;
  busy: boolean;
  dataset: Dataset;
  /** The panels of the view that can be exported, in dashboard order (read when a file is asked for). */
  panels: () => readonly OfficeViewPanel[];
  /** Runs a task with the menu's busy state; the task's text is its status, a thrown error its failure message. */
  run: (task: () => Promise<string | undefined>) => Promise<void>;
  /** "已下载：…" for a file name. */
  downloaded: (name: string) => string;
  /** Said when the view has nothing to export. */
  nothing: string;
}

export function OfficeExportButtons({ lang, busy, dataset, panels, run, downloaded, nothing }: OfficeButtonsProps) {
  const t = UI[lang];
  const exportFile = (format: 'pptx' | 'xlsx') =>
    run(async () => {
      const shown = panels();
      if (shown.length === 0) return nothing;
      const office = await loadOffice();
      const version = currentDataVersion();
      const view = {
        filters: useViewStore.getState().filters,
        viewUrl: currentShareUrl(),
        watermark: watermarkText(),
        ...(version ? { dataVersion: versionText(version), dataDate: version.date } : {}),
      };
      const input = office.viewInput(lang, dataset, shown, view);
      return downloaded(format === 'pptx' ? await office.downloadPptx(input) : await office.downloadXlsx(input));
    });
  return (
    <>
      <button type="button" aria-disabled={busy} data-export="pptx" onClick={() => void exportFile('pptx')}>
        {t.officePptx}
      </button>
      <button type="button" aria-disabled={busy} data-export="xlsx" onClick={() => void exportFile('xlsx')}>
        {t.officeXlsx}
      </button>
    </>
  );
}

import { useLayoutEffect, useRef } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { formatDate } from '@/i18n/format';
import { pick } from '@/i18n/lang';
import { localIsoDate } from '@/export/file-names';
import { versionText } from './data-version';
import { buildPrintDocument, cssString, type PrintDocument, type PrintItem, type PrintRequest } from './print-data';
import { REPORT_UI } from './report-strings';

export const PRINT_ROOT_ID = 'print-root';

/**
 * An SVG from the chart renderer without CSS: the app's Content Security Policy refuses inline
 * styles (even while parsing), so each declaration of a style attribute becomes the SVG
 * presentation attribute of the same name (font-size, font-family, font-weight…) and <style>
 * elements go. The renderer writes well-formed XML with quotes in values escaped.
 */
export function svgWithoutStyles(svg: string): string {
  return svg.replace(/<style[^>]*>[\s\S]*?<\/style>|<style[^>]*\/>/g, '').replace(/\sstyle="([^"]*)"/g, (_, style: string) =>
    styleDeclarations(style)
      .map(([name, value]) => ` ${name}="${value.replace(/"/g, '&quot;')}"`)
      .join(''),
  );
}

/** "font-size:12px;font-family:'A', sans-serif" → [["font-size","12px"], ["font-family","'A', sans-serif"]]. */
export function styleDeclarations(style: string): [string, string][] {
  return style.split(';').flatMap((part) => {
    const colon = part.indexOf(':');
    if (colon < 0) return [];
    const name = part.slice(0, colon).trim().toLowerCase();
    const value = part.slice(colon + 1).trim();
    return /^[a-z-]+$/.test(name) && value ? [[name, value] as [string, string]] : [];
  });
}

/** Removes what an SVG from the chart renderer never needs: scripts, foreign content, outside links, handlers. */
export function sanitizeSvg(root: Element): Element {
  for (const el of root.querySelectorAll('script, foreignObject, iframe, style')) el.remove();
  for (const el of [root, ...root.querySelectorAll('*')]) {
    for (const attr of [...el.attributes]) {
      if (/^on/i.test(attr.name) || attr.name === 'style' || (/href$/i.test(attr.name) && !attr.value.startsWith('#')))
        el.removeAttribute(attr.name);
    }
  }
  return root;
}

/** An SVG string from the export renderer, parsed as XML (never as HTML) and placed as a node. */
function InlineSvg({ svg, label }: { svg: string; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const host = ref.current;
    if (!host) return;
    const parsed = new DOMParser().parseFromString(svgWithoutStyles(svg), 'image/svg+xml').documentElement;
    if (parsed.nodeName !== 'svg') return;
    const node = document.importNode(sanitizeSvg(parsed), true) as unknown as SVGSVGElement;
    node.setAttribute('role', 'img');
    node.setAttribute('aria-label', label);
    host.replaceChildren(node);
  }, [svg, label]);
  return <div ref={ref} className="print-svg" />;
}

function RowsTable({ rows, doc, withSource }: { rows: PrintItem['rows']; doc: PrintDocument; withSource: boolean }) {
  const t = REPORT_UI[doc.lang];
  return (
    <table className="print-table">
      <thead>
        <tr>
          <th scope="col">{t.indicator}</th>
          <th scope="col">{t.value}</th>
          <th scope="col">{t.period}</th>
          {withSource && <th scope="col">{t.source}</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <td>{row.name}</td>
            <td className="print-value">{row.valueText}</td>
            <td className="print-period">{row.periodText}</td>
            {withSource && <td>{[row.sourceText, row.formulaWords].filter(Boolean).join(REPORT_UI[doc.lang].listSep)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ReportHeader({ doc }: { doc: PrintDocument }) {
  const t = REPORT_UI[doc.lang];
  return (
    <header className="print-header">
      <div className="print-header-text">
        <h1>{doc.title}</h1>
        <p className="print-subtitle">{doc.subtitle}</p>
        <dl className="print-meta">
          <dt>{t.filtersLabel}</dt>
          <dd data-print-filters="">{doc.filters}</dd>
          {doc.version && (
            <>
              <dt>{t.dataAsOf}</dt>
              <dd>{formatDate(doc.version.date, doc.lang)}</dd>
              <dt>{t.dataVersion}</dt>
              <dd data-print-version="">{versionText(doc.version)}</dd>
            </>
          )}
          <dt>{t.printedOn}</dt>
          <dd>{localIsoDate(doc.printedOn)}</dd>
          <dt>{t.viewLink}</dt>
          <dd className="print-url">{doc.viewUrl}</dd>
        </dl>
      </div>
      {doc.qr && <img className="print-qr" src={doc.qr} alt={t.qrTitle} />}
    </header>
  );
}

function SourcesAppendix({ doc }: { doc: PrintDocument }) {
  const t = REPORT_UI[doc.lang];
  return (
    <section className="print-appendix" data-print-sources="">
      <h2>{t.appendixSources}</h2>
      <table className="print-table">
        <thead>
          <tr>
            <th scope="col">{t.publisher}</th>
            <th scope="col">{t.published}</th>
            <th scope="col">{t.title}</th>
            <th scope="col">{t.link}</th>
          </tr>
        </thead>
        <tbody>
          {doc.sources.map((source) => (
            <tr key={source.id}>
              <td>{pick(source.publisher, doc.lang)}</td>
              <td>{formatDate(source.date, doc.lang)}</td>
              <td>
                {pick(source.title, doc.lang)}
                {source.section ? ` · ${pick(source.section, doc.lang)}` : ''}
              </td>
              <td className="print-url">{source.url ?? source.rejectedUrl ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The A4 report: header, each theme's headline tables and vector charts, then data tables and sources. */
export function PrintReport({ doc }: { doc: PrintDocument }) {
  const t = REPORT_UI[doc.lang];
  const charts = doc.sections.flatMap((s) => s.items).filter((i) => i.kind === 'chart');
  return (
    <article className="print-report">
      <ReportHeader doc={doc} />
      {doc.sections.map((section) => (
        <section key={section.theme} className="print-section">
          <h2>{section.theme}</h2>
          {section.items.map((item) =>
            item.kind === 'kpi' ? (
              <section key={item.id} className="print-kpis" data-print-panel={item.id}>
                <h3>{item.title}</h3>
                <RowsTable rows={item.rows} doc={doc} withSource={false} />
              </section>
            ) : (
              <figure key={item.id} className="print-figure" data-print-panel={item.id}>
                <InlineSvg svg={item.svg} label={item.title} />
              </figure>
            ),
          )}
        </section>
      ))}
      {charts.length > 0 && (
        <section className="print-appendix" data-print-tables="">
          <h2>{t.appendixTables}</h2>
          {charts.map((item) => (
            <section key={item.id} className="print-table-block">
              <h3>{item.title}</h3>
              <RowsTable rows={item.rows} doc={doc} withSource />
            </section>
          ))}
        </section>
      )}
      <SourcesAppendix doc={doc} />
    </article>
  );
}

/** The deck on 16:9 pages: one slide per panel, then a closing slide with the link's QR code. */
export function PrintDeck({ doc }: { doc: PrintDocument }) {
  const t = REPORT_UI[doc.lang];
  const items = doc.sections.flatMap((s) => s.items);
  const total = items.length + 1;
  return (
    <article className="print-deck">
      {items.map((item, i) => (
        <section key={item.id} className={`print-slide print-slide--${item.kind}`} data-print-panel={item.id}>
          {item.kind === 'chart' ? (
            <InlineSvg svg={item.svg} label={item.title} />
          ) : (
            <>
              <h2>{item.title}</h2>
              <div className="print-slide-tiles">
                {item.rows.map((row) => (
                  <div key={row.id} className="print-slide-tile">
                    <p className="print-tile-name">{row.name}</p>
                    <p className="print-tile-value">{row.valueText}</p>
                    <p className="print-tile-period">{row.periodText}</p>
                  </div>
                ))}
              </div>
            </>
          )}
          <p className="print-slide-number">
            {i + 1} / {total}
          </p>
        </section>
      ))}
      <section className="print-slide print-slide--closing">
        <h2>{doc.title}</h2>
        {doc.qr && <img className="print-slide-qr" src={doc.qr} alt={t.qrTitle} />}
        {doc.qr && <p>{t.scanToOpen}</p>}
        <p className="print-url">{doc.viewUrl}</p>
        {doc.version && (
          <p>
            {t.dataVersion}
            {t.fieldSep}
            {versionText(doc.version)}
          </p>
        )}
        <p className="print-slide-number">
          {total} / {total}
        </p>
      </section>
    </article>
  );
}

/**
 * Running headers and footers of the report's pages, through CSS page margin boxes (Chromium
 * 131+, Safari 18.2+): the title and data version at the top, "第3页，共12页" at the bottom. The
 * texts are written as escaped CSS strings.
 */
export function pageMarginCss(doc: PrintDocument): string {
  const t = REPORT_UI[doc.lang];
  const page = `report-${doc.lang}`;
  const version = doc.version ? `${t.dataVersion}${t.fieldSep}${versionText(doc.version)}` : '';
  return `@page ${page} { @top-left { content: ${cssString(doc.title)}; } @top-right { content: ${cssString(version)}; } }`;
}

let mounted: { root: ReturnType<typeof createRoot>; host: HTMLElement; sheet: CSSStyleSheet } | null = null;

/** Removes the print view (after printing, or before a new one). */
export function unmountPrintView(): void {
  if (!mounted) return;
  mounted.root.unmount();
  mounted.host.remove();
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== mounted!.sheet);
  document.documentElement.classList.remove('has-print-root');
  delete document.documentElement.dataset.printKind;
  mounted = null;
}

/** Puts the print view into the page, hidden on screen and alone in print media. */
export function mountPrintView(doc: PrintDocument): HTMLElement {
  unmountPrintView();
  const host = document.createElement('div');
  host.id = PRINT_ROOT_ID;
  host.className = `print-root print-root--${doc.kind}`;
  host.lang = REPORT_UI[doc.lang].langTag;
  document.body.append(host);
  // A constructed style sheet, not a <style> element: the Content Security Policy allows no inline styles.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(pageMarginCss(doc));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const root = createRoot(host);
  flushSync(() => root.render(doc.kind === 'deck' ? <PrintDeck doc={doc} /> : <PrintReport doc={doc} />));
  document.documentElement.classList.add('has-print-root');
  document.documentElement.dataset.printKind = doc.kind;
  mounted = { root, host, sheet };
  return host;
}

/**
 * Builds the print view of the current view and opens the browser's print dialog on it (where
 * "Save as PDF" gives the PDF). The view stays until the dialog closes.
 */
export async function printCurrentView(request: PrintRequest): Promise<PrintDocument> {
  const doc = await buildPrintDocument(request);
  mountPrintView(doc);
  await document.fonts.ready;
  await Promise.all(
    [...document.querySelectorAll<HTMLImageElement>(`#${PRINT_ROOT_ID} img`)].map((img) => img.decode().catch(() => undefined)),
  );
  window.addEventListener('afterprint', unmountPrintView, { once: true });
  window.print();
  return doc;
}

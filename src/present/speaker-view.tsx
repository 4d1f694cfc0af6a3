import { useEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useDataset } from '@/data/use-dataset';
import { pick } from '@/i18n/lang';
import { LANGUAGES } from '@/i18n/languages';
import { UI } from '@/i18n/strings';
import { selectPanelModel } from '@/panels/select-visible';
import { useViewStore } from '@/state/view-store';
import { openDeckChannel, type DeckMessage } from './deck-channel';
import { interpretKey, type DeckAction } from './deck-keys';
import { SlideContent, type SlideView } from './slide-content';
import './deck.css';
import './speaker-view.css';

type DeckState = Extract<DeckMessage, { type: 'state' }>;

/** "12:05" from milliseconds. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = String(m).padStart(h ? 2 : 1, '0');
  return `${h ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}

/**
 * The presenter view, in a second window: the current and next slides, speaker notes (each
 * figure's source clause and context) and the elapsed time. Keys here drive the deck.
 */
export default function SpeakerView() {
  const lang = useViewStore((s) => s.lang);
  const filters = useViewStore(useShallow((s) => s.filters));
  const t = UI[lang];
  const dataset = useDataset();
  const [deck, setDeck] = useState<DeckState | null>(null);
  const [ended, setEnded] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  const channel = useRef<ReturnType<typeof openDeckChannel> | null>(null);

  useEffect(() => {
    document.documentElement.lang = LANGUAGES[lang].tag;
    document.title = `${t.presenterView} · ${t.appTitle}`;
  }, [lang, t]);

  useEffect(() => {
    const opened = openDeckChannel((message) => {
      if (message.type === 'state') {
        setDeck(message);
        setEnded(false);
      }
      if (message.type === 'ended') setEnded(true);
    });
    channel.current = opened;
    opened.post({ type: 'hello' });
    return () => opened.close();
  }, []);

  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);

  const send = (action: DeckAction) => channel.current?.post({ type: 'command', action });

  useEffect(() => {
    // Keys go to the deck, which knows whether it is blanked and which digits were typed.
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const { action } = interpretKey(event.key, { digits: '', blank: null });
      if (action.type !== 'none' || /^[0-9]$/.test(event.key)) event.preventDefault();
      channel.current?.post({ type: 'key', key: event.key });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // The current slide at half its size, the next at less than a third (as their --u below).
  const view = useMemo<SlideView>(() => ({ lang, scheme: 'dark', animation: false, unit: 0.5 }), [lang]);
  if (!deck || ended) return <p className="speaker-waiting">{t.presenterWaiting}</p>;

  // The deck's panels under this page's filters (the same URL), with the deck's own model.
  const modelOf = (index: number) => {
    const def = dataset.panels?.find((p) => p.id === deck.panelIds[index - 1]);
    return def ? selectPanelModel(def, dataset, filters, lang) : undefined;
  };
  const currentModel = modelOf(deck.slide);
  const current = currentModel?.def;
  const next = modelOf(deck.slide + 1);
  const rows = currentModel?.rows ?? [];

  return (
    <div className="speaker" data-speaker-slide={deck.slide}>
      <header className="speaker-bar">
        <strong>
          {deck.slide} / {deck.panelIds.length}
        </strong>
        <span>
          {t.elapsed} <time data-elapsed>{formatElapsed(now - deck.startedAt)}</time>
        </span>
        {deck.blank && <span className="speaker-blank">{deck.blank === 'black' ? t.blackScreen : t.whiteScreen}</span>}
        <span className="speaker-buttons">
          <button type="button" onClick={() => send({ type: 'prev' })}>
            {t.previousSlide}
          </button>
          <button type="button" onClick={() => send({ type: 'next' })}>
            {t.nextSlide}
          </button>
        </span>
      </header>
      <section className="speaker-current deck deck--dark" aria-label={t.current} style={{ ['--u' as string]: '0.5px' }}>
        {currentModel && <SlideContent key={currentModel.def.id} model={currentModel} data={dataset} view={view} />}
      </section>
      <section className="speaker-next deck deck--dark" aria-label={t.upNext} style={{ ['--u' as string]: '0.3px' }}>
        {next ? <SlideContent key={next.def.id} model={next} data={dataset} view={{ ...view, unit: 0.3 }} /> : <p>{t.endOfDeck}</p>}
      </section>
      <section className="speaker-notes" aria-label={t.notes}>
        <h2>{t.notes}</h2>
        {current && (
          <>
            <p className="speaker-question">{pick(current.question, lang)}</p>
            {current.note && <p>{pick(current.note, lang)}</p>}
            <ul>
              {rows.map((row) => (
                <li key={row.id}>
                  <strong>{row.name}</strong>: {row.valueText} · {row.periodText}
                  <br />
                  {row.kind === 'derived' ? `${t.derived}${t.colon}${row.formulaText}` : `${t.clause}${t.colon}“${row.clause}”`}
                  <br />
                  <span className="muted">
                    {row.sourceText}
                    {row.note ? ` · ${t.context}${t.colon}${row.note}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}

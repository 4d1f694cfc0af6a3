import { useCallback, useEffect, useMemo, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import type { ChartView } from '@/charts/chart-view';
import type { Dataset } from '@/data/use-dataset';
import { UI } from '@/i18n/strings';
import type { PanelDef } from '@/panels/panel-def';
import { PANELS } from '@/panels/panels';
import { usePrefersReducedMotion } from '@/state/use-color-scheme';
import { useViewStore, type StageMode } from '@/state/view-store';
import { openDeckChannel, type DeckMessage } from './deck-channel';
import { interpretKey, slideAfter, type DeckAction, type KeyState } from './deck-keys';
import { exitFullscreen, requestFullscreen, takeFullscreenRequested, toggleFullscreen } from './fullscreen';
import { SlideContent } from './slide-content';
import { useAutoAdvance, usePageHidden } from './use-auto-advance';
import { useIsFullscreen } from './use-fullscreen-state';
import { useIdle } from './use-idle';
import { useViewportSize } from './use-viewport-size';
import './deck.css';

const STAGE_WIDTH = 1920;
const STAGE_HEIGHT = 1080;
const IDLE_MS = 2000;
const SWIPE_PX = 50;
const EDGE_SHARE = 0.2;
const INTERVALS = [5, 10, 15, 20, 30, 60];
const MIN_UNIT = 0.55;

interface DeckProps {
  /** The panels shown on the dashboard now (the current filters), in dashboard order. */
  panels: readonly PanelDef[];
  dataset: Dataset;
}

/** The slides: the filtered panels, or one panel alone. */
export function deckSlides(panels: readonly PanelDef[], only: string | null): readonly PanelDef[] {
  if (!only) return panels;
  const alone = PANELS.find((p) => p.id === only);
  return alone ? [alone] : panels;
}

/** The stage's scale and offset: a 1920×1080 canvas contained in or filling the window. */
export function stageTransform(mode: Exclude<StageMode, 'fit'>, width: number, height: number) {
  const scale = mode === 'contain' ? Math.min(width / STAGE_WIDTH, height / STAGE_HEIGHT) : Math.max(width / STAGE_WIDTH, height / STAGE_HEIGHT);
  return { scale, left: (width - STAGE_WIDTH * scale) / 2, top: (height - STAGE_HEIGHT * scale) / 2 };
}

/** Presenter mode: one panel per slide, full screen, driven by keys, clicker, touch or a timer. */
export default function Deck({ panels, dataset }: DeckProps) {
  const lang = useViewStore((s) => s.lang);
  const slide = useViewStore((s) => s.slide) ?? 1;
  const only = useViewStore((s) => s.only);
  const deckScheme = useViewStore((s) => s.deckScheme);
  const stage = useViewStore((s) => s.stage);
  const patterns = useViewStore((s) => s.patterns);
  const { goToSlide, stopPresenting, setDeckScheme, setStage } = useViewStore.getState();
  const t = UI[lang];
  const slides = deckSlides(panels, only);
  const total = slides.length;
  const current = Math.min(Math.max(slide, 1), Math.max(total, 1));
  const def = slides[current - 1];

  const [keys, setKeys] = useState<KeyState>({ digits: '', blank: null });
  const [playing, setPlaying] = useState(false);
  const [intervalS, setIntervalS] = useState(10);
  const [pointing, setPointing] = useState(false);
  const [prompt, setPrompt] = useState(() => !takeFullscreenRequested() && document.fullscreenEnabled && !document.fullscreenElement);
  const [startedAt] = useState(() => Date.now());
  const idle = useIdle(IDLE_MS);
  const hidden = usePageHidden();
  const fullscreen = useIsFullscreen();
  const viewport = useViewportSize();
  const animation = !usePrefersReducedMotion();

  useEffect(() => {
    if (total > 0 && slide !== current) goToSlide(current);
  }, [slide, current, total, goToSlide]);

  const leave = useCallback(() => {
    const panelId = def?.id;
    exitFullscreen();
    stopPresenting();
    // Back on the dashboard, at the panel that was on screen.
    requestAnimationFrame(() => document.getElementById(`panel-${panelId}`)?.scrollIntoView({ block: 'center' }));
  }, [def?.id, stopPresenting]);

  // The latest key state, ahead of React's render: two quick keys ("b" then "x") must see each other.
  const keysRef = useRef(keys);
  const updateKeys = useCallback((change: Partial<KeyState>) => {
    keysRef.current = { ...keysRef.current, ...change };
    setKeys(keysRef.current);
  }, []);

  const apply = useCallback(
    (action: DeckAction, fromThisWindow: boolean) => {
      switch (action.type) {
        case 'blank':
          updateKeys({ blank: action.colour });
          return;
        case 'unblank':
          updateKeys({ blank: null });
          return;
        case 'fullscreen':
          // Only a gesture in this window may change its full screen.
          if (fromThisWindow) toggleFullscreen();
          return;
        case 'exit':
          // A browser in full screen may keep Esc for itself; otherwise the first Esc leaves full screen.
          if (fromThisWindow && document.fullscreenElement) exitFullscreen();
          else leave();
          return;
        case 'none':
          return;
        default:
          goToSlide(slideAfter(action, current, total));
      }
    },
    [current, total, goToSlide, leave, updateKeys],
  );

  /** A key pressed in this window or in the presenter view; true when the deck used it. */
  const pressKey = useCallback(
    (key: string, fromThisWindow: boolean): boolean => {
      const before = keysRef.current;
      const { action, digits } = interpretKey(key, before);
      updateKeys({ digits });
      if (prompt && action.type !== 'none') setPrompt(false);
      apply(action, fromThisWindow);
      return action.type !== 'none' || digits !== before.digits;
    },
    [apply, prompt, updateKeys],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('select, input, textarea') && event.key !== 'Escape') return;
      // A focused control's own Enter or Space activates it, not the deck.
      if (target?.closest('.deck-controls button, .deck-prompt button') && (event.key === 'Enter' || event.key === ' ')) return;
      if (pressKey(event.key, true)) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [pressKey]);

  // The presenter view in another window: share the state, take its commands.
  const channel = useRef<ReturnType<typeof openDeckChannel> | null>(null);
  const applyRef = useRef(apply);
  applyRef.current = apply;
  const pressKeyRef = useRef(pressKey);
  pressKeyRef.current = pressKey;
  const stateMessage = useCallback(
    (): DeckMessage => ({ type: 'state', slide: current, panelIds: slides.map((p) => p.id), startedAt, blank: keys.blank }),
    [current, slides, startedAt, keys.blank],
  );
  const stateRef = useRef(stateMessage);
  stateRef.current = stateMessage;
  useEffect(() => {
    const opened = openDeckChannel((message) => {
      if (message.type === 'hello') opened.post(stateRef.current());
      if (message.type === 'command') applyRef.current(message.action, false);
      // Keys are interpreted here, with this deck's state (blanked, digits typed so far).
      if (message.type === 'key') pressKeyRef.current(message.key, false);
    });
    channel.current = opened;
    return () => {
      opened.post({ type: 'ended' });
      opened.close();
      channel.current = null;
    };
  }, []);
  useEffect(() => {
    channel.current?.post(stateMessage());
  }, [stateMessage]);

  useAutoAdvance({
    playing,
    paused: (pointing && !idle) || hidden || keys.blank !== null || prompt,
    intervalMs: intervalS * 1000,
    slide: current,
    onAdvance: () => goToSlide(slideAfter({ type: 'next' }, current, total, true)),
  });

  // Swipes and taps on the edges, for tablets and phones.
  const pointerStart = useRef<{ x: number; y: number } | null>(null);
  const onPointerDown = (event: ReactPointerEvent) => {
    pointerStart.current = { x: event.clientX, y: event.clientY };
  };
  const onPointerUp = (event: ReactPointerEvent) => {
    const start = pointerStart.current;
    pointerStart.current = null;
    if (!start || (event.target as HTMLElement).closest('button, select, a, .deck-prompt')) return;
    if (keys.blank) return apply({ type: 'unblank' }, true);
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    if (Math.abs(dx) > SWIPE_PX && Math.abs(dx) > Math.abs(dy)) return apply({ type: dx < 0 ? 'next' : 'prev' }, true);
    if (Math.abs(dx) > 10 || Math.abs(dy) > 10) return;
    const width = window.innerWidth;
    if (event.clientX > width * (1 - EDGE_SHARE)) apply({ type: 'next' }, true);
    else if (event.clientX < width * EDGE_SHARE) apply({ type: 'prev' }, true);
  };

  // Type follows the screen's height (40px titles at 1080 lines), within what its width allows;
  // on a phone it stays large enough to read.
  const unit = stage === 'fit' ? Math.max(MIN_UNIT, Math.min(viewport.height / STAGE_HEIGHT, viewport.width / 1200)) : 1;
  const view = useMemo<ChartView>(
    () => ({ lang, scheme: deckScheme, animation, fontScale: 2 * unit, patterns }),
    [lang, deckScheme, animation, unit, patterns],
  );
  const transform = stage === 'fit' ? null : stageTransform(stage, viewport.width, viewport.height);

  const openPresenterView = () => {
    const url = `${window.location.pathname}${window.location.search}#speaker`;
    window.open(url, 'tianjin-fyp-presenter-view', 'popup,width=1280,height=800');
  };

  return (
    <div
      className={`deck deck--${deckScheme}${idle ? ' is-idle' : ''}`}
      role="region"
      aria-roledescription={t.slides}
      aria-label={`${t.present}: ${current} / ${total}`}
      data-deck-slide={current}
      onPointerDown={onPointerDown}
      onPointerUp={onPointerUp}
    >
      <div
        className={`deck-stage deck-stage--${stage}`}
        style={
          transform
            ? { width: STAGE_WIDTH, height: STAGE_HEIGHT, transform: `translate(${transform.left}px, ${transform.top}px) scale(${transform.scale})`, ['--u' as string]: '1px' }
            : { ['--u' as string]: `${unit}px` }
        }
        onPointerEnter={() => setPointing(true)}
        onPointerLeave={() => setPointing(false)}
      >
        {def ? <SlideContent key={def.id} def={def} dataset={dataset} view={view} /> : <p className="slide-empty">{t.emptyTitle}</p>}
        <p className="deck-counter" aria-live="polite">
          {keys.digits ? `${t.goTo} ${keys.digits} · ` : ''}
          {current} / {total}
        </p>
      </div>

      <button type="button" className="deck-exit" aria-label={t.exitPresentation} title={`${t.exitPresentation} (Esc)`} onClick={leave}>
        ×
      </button>

      <div className="deck-controls" role="toolbar" aria-label={t.present}>
        <button type="button" onClick={() => apply({ type: 'prev' }, true)} aria-label={t.previousSlide}>
          ‹
        </button>
        <button type="button" onClick={() => apply({ type: 'next' }, true)} aria-label={t.nextSlide}>
          ›
        </button>
        <button type="button" aria-pressed={playing} onClick={() => setPlaying((p) => !p)}>
          {playing ? t.pause : t.play}
        </button>
        <label>
          {t.interval}
          <select value={intervalS} onChange={(e) => setIntervalS(Number(e.target.value))}>
            {INTERVALS.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.deckTheme}
          <select value={deckScheme} onChange={(e) => setDeckScheme(e.target.value as 'dark' | 'light')}>
            <option value="dark">{t.deckDark}</option>
            <option value="light">{t.deckLight}</option>
          </select>
        </label>
        <label>
          {t.stage}
          <select value={stage} onChange={(e) => setStage(e.target.value as StageMode)}>
            <option value="fit">{t.stageFit}</option>
            <option value="contain">{t.stageContain}</option>
            <option value="fill">{t.stageFill}</option>
          </select>
        </label>
        <button type="button" onClick={openPresenterView}>
          {t.presenterView}
        </button>
        <button type="button" aria-pressed={fullscreen} onClick={toggleFullscreen}>
          {t.fullScreen}
        </button>
      </div>

      {keys.blank && <div className={`deck-blank deck-blank--${keys.blank}`} aria-label={keys.blank === 'black' ? t.blackScreen : t.whiteScreen} />}

      {prompt && (
        <div className="deck-prompt" role="dialog" aria-label={t.enterFullScreen}>
          <p>{t.fullscreenPrompt}</p>
          <button
            type="button"
            autoFocus
            onClick={() => {
              requestFullscreen();
              setPrompt(false);
            }}
          >
            {t.enterFullScreen}
          </button>
          <button type="button" onClick={() => setPrompt(false)}>
            {t.continueWindowed}
          </button>
        </div>
      )}
    </div>
  );
}

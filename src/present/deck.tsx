import { useCallback, useEffect, useMemo, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import { withCardsLaidOut } from '@/components/lay-out-cards';
import { UI } from '@/i18n/strings';
import type { PanelData, PanelModel } from '@/panels/panel-model';
import { usePrefersReducedMotion } from '@/state/use-color-scheme';
import { useViewStore } from '@/state/view-store';
import { openDeckChannel, type DeckMessage } from './deck-channel';
import { interpretKey, slideAfter, type DeckAction, type KeyState } from './deck-keys';
import { exitFullscreen, requestFullscreen, takeFullscreenRequested, toggleFullscreen } from './fullscreen';
import { SlideContent, type SlideView } from './slide-content';
import { DeckLastSlideQr, WatermarkOverlay } from '@/report/deck-qr';
import { CANVAS_PRESETS, canvasText, DEFAULT_CANVAS, parseCanvas, type StageMode } from '@/state/canvas-size';
import { stageLayout } from './stage-layout';
import { useAutoAdvance, usePageHidden } from './use-auto-advance';
import { useIsFullscreen } from './use-fullscreen-state';
import { useIdle } from './use-idle';
import { useViewportSize } from './use-viewport-size';
import './deck.css';

const IDLE_MS = 2000;
const SWIPE_PX = 50;
const EDGE_SHARE = 0.2;
const INTERVALS = [5, 10, 15, 20, 30, 60];

interface DeckProps {
  /** The slides with their models: the panels shown on the dashboard now, in dashboard order, or the one presented alone. */
  slides: readonly PanelModel[];
  data: PanelData;
}

/**
 * After the deck: focus on what started it, the panel's full-screen button or the Present button,
 * without scrolling (the dashboard scrolls to the panel that was on screen).
 */
function focusLauncher(only: string | null): void {
  const panelButton = only ? document.querySelector<HTMLElement>(`#panel-${CSS.escape(only)} [data-action="present-panel"]`) : null;
  (panelButton ?? document.querySelector<HTMLElement>('[data-action="present"]'))?.focus({ preventScroll: true });
}

/** Presenter mode: one panel per slide, full screen, driven by keys, clicker, touch or a timer. */
export default function Deck({ slides, data }: DeckProps) {
  const lang = useViewStore((s) => s.lang);
  const slide = useViewStore((s) => s.slide) ?? 1;
  const only = useViewStore((s) => s.only);
  const deckScheme = useViewStore((s) => s.deckScheme);
  const stage = useViewStore((s) => s.stage);
  const canvasParam = useViewStore((s) => s.canvas);
  const patterns = useViewStore((s) => s.patterns);
  const { goToSlide, stopPresenting, setDeckScheme, setStage, setCanvas } = useViewStore.getState();
  const t = UI[lang];
  const total = slides.length;
  const current = Math.min(Math.max(slide, 1), Math.max(total, 1));
  const model = slides[current - 1];
  const def = model?.def;

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

  // biome-ignore lint/correctness/useExhaustiveDependencies: the slide is clamped again when the number of slides changes
  useEffect(() => {
    if (slide !== current) goToSlide(current);
  }, [slide, current, total, goToSlide]);

  // Focus moves into the deck on entry, and back to the button that started it on exit (however
  // the deck ends: ×, Esc, Back), so a keyboard user is never left on the page's body.
  const deckRef = useRef<HTMLDivElement>(null);
  const onlyAtStart = useRef(only);
  useEffect(() => {
    if (!deckRef.current?.contains(document.activeElement)) deckRef.current?.focus({ preventScroll: true });
    const startedBy = onlyAtStart.current;
    return () => {
      requestAnimationFrame(() => focusLauncher(startedBy));
    };
  }, []);
  const [controlFocused, setControlFocused] = useState(false);

  const leave = useCallback(() => {
    const panelId = def?.id;
    exitFullscreen();
    stopPresenting();
    // Back on the dashboard, at the panel that was on screen.
    requestAnimationFrame(() => withCardsLaidOut(() => document.getElementById(`panel-${panelId}`)?.scrollIntoView({ block: 'center' })));
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
      if (
        target?.closest('.deck-controls button, .deck-prompt button, .slide-empty button, .deck-exit') &&
        (event.key === 'Enter' || event.key === ' ')
      )
        return;
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
    (): DeckMessage => ({ type: 'state', slide: current, panelIds: slides.map((m) => m.def.id), startedAt, blank: keys.blank }),
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
    // The deck's own controls keep their taps; a swipe or tap on the slide (tiles included) turns the page.
    if (!start || (event.target as HTMLElement).closest('.deck-controls, .deck-exit, .deck-prompt, select, input, a')) return;
    if (keys.blank) return apply({ type: 'unblank' }, true);
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    if (Math.abs(dx) > SWIPE_PX && Math.abs(dx) > Math.abs(dy)) return apply({ type: dx < 0 ? 'next' : 'prev' }, true);
    if (Math.abs(dx) > 10 || Math.abs(dy) > 10) return;
    const width = window.innerWidth;
    if (event.clientX > width * (1 - EDGE_SHARE)) apply({ type: 'next' }, true);
    else if (event.clientX < width * EDGE_SHARE) apply({ type: 'prev' }, true);
  };

  const canvas = parseCanvas(canvasParam) ?? DEFAULT_CANVAS;
  const layout = stageLayout(stage, canvas, viewport);
  const unit = layout.unit;
  const view = useMemo<SlideView>(
    () => ({ lang, scheme: deckScheme, animation, unit, patterns }),
    [lang, deckScheme, animation, unit, patterns],
  );
  const isPreset = CANVAS_PRESETS.some((p) => canvasText(p) === canvasText(canvas));

  const openPresenterView = () => {
    const url = `${window.location.pathname}${window.location.search}#speaker`;
    window.open(url, 'tianjin-fyp-presenter-view', 'popup,width=1280,height=800');
  };

  return (
    <div
      ref={deckRef}
      tabIndex={-1}
      className={`deck deck--${deckScheme}${idle && !controlFocused ? ' is-idle' : ''}`}
      role="region"
      aria-roledescription={t.slides}
      aria-label={total > 0 ? `${t.present}${t.colon}${current} / ${total}` : `${t.present}${t.colon}${t.emptyDeck}`}
      data-deck-slide={current}
      data-deck-empty={total === 0 || undefined}
      // A focused control never fades with the idle pointer: the reader must see where focus is.
      onFocus={(event) => setControlFocused(event.target !== deckRef.current && event.target.matches('button, select, input, a'))}
      onBlur={(event) => {
        if (!deckRef.current?.contains(event.relatedTarget as Node | null)) setControlFocused(false);
      }}
      onPointerDown={onPointerDown}
      onPointerUp={onPointerUp}
    >
      <div
        className={`deck-stage deck-stage--${stage}`}
        style={
          stage === 'fit'
            ? { ['--u' as string]: `${unit}px` }
            : {
                width: layout.width,
                height: layout.height,
                transform: `translate(${layout.left}px, ${layout.top}px) scale(${layout.scale})`,
                ['--u' as string]: `${unit}px`,
              }
        }
        data-canvas={stage === 'fit' ? undefined : canvasText(canvas)}
        onPointerEnter={() => setPointing(true)}
        onPointerLeave={() => setPointing(false)}
      >
        {model ? (
          <SlideContent key={model.def.id} model={model} data={data} view={view} />
        ) : (
          <div className="slide-empty" role="status">
            <p>{t.emptyDeck}</p>
            <button type="button" onClick={leave}>
              {t.exitPresentation}
            </button>
          </div>
        )}
        {total > 0 && (
          <p className="deck-counter" aria-live="polite">
            {keys.digits ? `${t.goTo} ${keys.digits} · ` : ''}
            {current} / {total}
          </p>
        )}
        {total > 0 && current === total && <DeckLastSlideQr lang={lang} />}
      </div>

      <WatermarkOverlay />
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
            <option value="fill-width">{t.stageFillWidth}</option>
            <option value="fill-height">{t.stageFillHeight}</option>
          </select>
        </label>
        {stage !== 'fit' && (
          <label>
            {t.canvasSize}
            <select
              value={isPreset ? canvasText(canvas) : 'custom'}
              onChange={(e) => setCanvas(e.target.value === 'custom' ? canvasText(canvas) : e.target.value)}
            >
              {CANVAS_PRESETS.map((p) => (
                <option key={canvasText(p)} value={canvasText(p)}>
                  {p.width}×{p.height}
                </option>
              ))}
              {!isPreset && <option value="custom">{`${canvas.width}×${canvas.height}`}</option>}
            </select>
          </label>
        )}
        {stage !== 'fit' && (
          <label>
            {t.customCanvas}
            <input
              type="text"
              inputMode="numeric"
              size={10}
              defaultValue={canvasText(canvas).replace('x', '×')}
              key={canvasText(canvas)}
              aria-describedby="deck-canvas-hint"
              onKeyDown={(e) => e.stopPropagation()}
              onBlur={(e) => {
                const custom = parseCanvas(e.target.value);
                if (custom) setCanvas(canvasText(custom));
              }}
            />
            <span id="deck-canvas-hint" className="visually-hidden">
              {t.customCanvasHint}
            </span>
          </label>
        )}
        <button type="button" onClick={openPresenterView}>
          {t.presenterView}
        </button>
        <button type="button" aria-pressed={fullscreen} onClick={toggleFullscreen}>
          {t.fullScreen}
        </button>
      </div>

      {keys.blank && (
        <div
          className={`deck-blank deck-blank--${keys.blank}`}
          role="img"
          aria-label={keys.blank === 'black' ? t.blackScreen : t.whiteScreen}
        />
      )}

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

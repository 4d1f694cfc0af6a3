import type { Lang } from '@/i18n/lang';
import { BACKGROUNDS, PRESET_IDS, SCALES, type Background, type PresetId, type Scale } from './export-presets';
import { useExportPrefs } from './export-prefs';
import { EXPORT_UI } from './export-strings';
import { finalSizeText, presetOptionText } from './preset-label';

/** Scale, background and size: shared by every export menu. */
export function ExportOptionsFields({ lang }: { lang: Lang }) {
  const t = EXPORT_UI[lang];
  const { preset, scale, background, setPrefs } = useExportPrefs();
  return (
    <fieldset className="export-options">
      <legend className="visually-hidden">{t.options}</legend>
      <label>
        <span>{t.scale}</span>
        <select value={scale} onChange={(e) => setPrefs({ scale: Number(e.target.value) as Scale })}>
          {SCALES.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t.background}</span>
        <select value={background} onChange={(e) => setPrefs({ background: e.target.value as Background })}>
          {BACKGROUNDS.map((b) => (
            <option key={b} value={b}>
              {t.backgrounds[b]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t.size}</span>
        <select value={preset} onChange={(e) => setPrefs({ preset: e.target.value as PresetId })}>
          {PRESET_IDS.map((p) => (
            <option key={p} value={p}>
              {presetOptionText(p, scale, lang)}
            </option>
          ))}
        </select>
      </label>
      <p className="export-final-size">
        {t.finalSize}
        {t.fieldSep}
        <span className="export-final-size-value">{finalSizeText(preset, scale, lang)}</span>
      </p>
    </fieldset>
  );
}

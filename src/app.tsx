import { useEffect } from 'react';
import { THEME_IDS, THEMES } from '@/data/themes';
import { pick } from '@/i18n/lang';
import { UI } from '@/i18n/strings';
import { Panel } from '@/panels/panel';
import { PANELS } from '@/panels/panels';
import { useColorScheme } from '@/state/use-color-scheme';
import { useViewStore } from '@/state/view-store';

export function App() {
  const lang = useViewStore((s) => s.lang);
  const scheme = useColorScheme();
  const t = UI[lang];

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.documentElement.dataset.scheme = scheme;
    document.title = t.appTitle;
  }, [lang, scheme, t.appTitle]);

  return (
    <div className="app">
      <header className="app-header">
        <h1>{t.appTitle}</h1>
        <p className="app-subtitle">{t.appSubtitle}</p>
      </header>
      <main>
        {THEME_IDS.map((theme) => {
          const panels = PANELS.filter((p) => p.theme === theme);
          if (!panels.length) return null;
          return (
            <section key={theme} className="theme-section" aria-labelledby={`theme-${theme}`}>
              <h2 id={`theme-${theme}`}>{pick(THEMES[theme], lang)}</h2>
              <div className="panel-grid">
                {panels.map((def) => (
                  <Panel key={def.id} def={def} />
                ))}
              </div>
            </section>
          );
        })}
      </main>
    </div>
  );
}

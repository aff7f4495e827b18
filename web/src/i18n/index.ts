import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setApiLanguage } from '../api/client';
import { en } from './en';
import { nl } from './nl';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'cb.lang';

function initialLanguage(): Language {
  try {
    const fromUrl = new URLSearchParams(location.search).get('lang');
    if (fromUrl === 'nl' || fromUrl === 'en') return fromUrl;
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === 'nl' || stored === 'en') return stored;
  } catch {
    // storage may be unavailable; Dutch is the default
  }
  return 'nl';
}

/** Keeps the page's lang attribute and the API's Accept-Language in step with the chosen language. */
function applyLanguage(lng: string) {
  document.documentElement.lang = lng;
  setApiLanguage(lng);
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // ignore
  }
}

i18next.on('languageChanged', applyLanguage);

void i18next.use(initReactI18next).init({
  resources: { nl: { translation: nl }, en: { translation: en } },
  lng: initialLanguage(),
  fallbackLng: 'nl',
  supportedLngs: LANGUAGES,
  interpolation: { escapeValue: false },
  returnNull: false,
});
applyLanguage(i18next.language);

export function currentLanguage(): Language {
  return i18next.language === 'en' ? 'en' : 'nl';
}

/** The API's name for a language (its `Language` enum); the page's own language unless told. */
export function apiLanguage(lang: Language = currentLanguage()): 'EN' | 'NL' {
  return lang === 'en' ? 'EN' : 'NL';
}


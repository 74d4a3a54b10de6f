import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { buildResources } from './resources';

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'lingkar.lang';

function storedLanguage(): Language {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return v === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

const { id, en } = buildResources();

void i18n.use(initReactI18next).init({
  resources: { id: { translation: id }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: 'id',
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = i18n.language;

/** Switches the language and remembers it in this browser. */
export function setLanguage(lang: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // private mode: still switch for this page
  }
  document.documentElement.lang = lang;
  void i18n.changeLanguage(lang);
}

/** Locale for Intl formatting. */
export function intlLocale(lang: string): string {
  return lang === 'en' ? 'en-GB' : 'id-ID';
}

export default i18n;

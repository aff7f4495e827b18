import { useTranslation } from 'react-i18next';

/** Switches between Dutch and English; the button names the other language in that language. */
export function LanguageSwitch() {
  const { i18n, t } = useTranslation();
  const next = i18n.language === 'en' ? 'nl' : 'en';
  return (
    <button
      type="button"
      className="button-secondary button-small lang-switch"
      onClick={() => void i18n.changeLanguage(next)}
      aria-label={t('app.switchLanguage')}
      data-testid="language-switch"
    >
      <span lang={next}>{next === 'en' ? 'English' : 'Nederlands'}</span>
    </button>
  );
}

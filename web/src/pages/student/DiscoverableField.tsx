import { useTranslation } from 'react-i18next';

/** Whether the search service may recommend the student to organisations (asked on registering and on the profile). */
export function DiscoverableField({ checked, onChange }: { checked: boolean; onChange(checked: boolean): void }) {
  const { t } = useTranslation();
  return (
    <div className="checkbox">
      <input id="discoverable" type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} aria-describedby="discoverable-hint" />
      <label htmlFor="discoverable">{t('fields.discoverable')}</label>
      <p id="discoverable-hint" className="hint">
        {t('fields.discoverableHint')}
      </p>
    </div>
  );
}

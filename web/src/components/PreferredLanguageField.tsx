import { useTranslation } from 'react-i18next';
import { Field } from './Field';

export type PreferredLanguage = 'NL' | 'EN';

/** The language of a person's notifications and e-mail (the page's own language is the switch's). */
export function PreferredLanguageField({ value, onChange }: { value: PreferredLanguage; onChange(value: PreferredLanguage): void }) {
  const { t } = useTranslation();
  return (
    <Field label={t('fields.preferredLanguage')} hint={t('fields.preferredLanguageHint')} name="input.preferredLanguage">
      {(p) => (
        <select {...p} value={value} onChange={(e) => onChange(e.target.value as PreferredLanguage)}>
          <option value="NL">Nederlands</option>
          <option value="EN">English</option>
        </select>
      )}
    </Field>
  );
}

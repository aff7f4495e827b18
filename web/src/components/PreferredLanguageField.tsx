import { useTranslation } from 'react-i18next';
import { Field } from './Field';
import { Select } from './Select';

const LANGUAGES = ['NL', 'EN'] as const;
export type PreferredLanguage = (typeof LANGUAGES)[number];
/** Each language in its own words, so it is found whichever language the page is in. */
const NAMES: Record<PreferredLanguage, string> = { NL: 'Nederlands', EN: 'English' };

/** The language of a person's notifications and e-mail (the page's own language is the switch's). */
export function PreferredLanguageField({ value, onChange }: { value: PreferredLanguage; onChange(value: PreferredLanguage): void }) {
  const { t } = useTranslation();
  return (
    <Field label={t('fields.preferredLanguage')} hint={t('fields.preferredLanguageHint')} name="input.preferredLanguage">
      {(p) => (
        <Select {...p} value={value} options={LANGUAGES} label={(l) => NAMES[l]} onChange={onChange} />
      )}
    </Field>
  );
}

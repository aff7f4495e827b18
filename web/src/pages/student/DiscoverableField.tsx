import { useTranslation } from 'react-i18next';
import { Checkbox } from '../../components/Checkbox';

/** Whether the search service may recommend the student to organisations (asked on registering and on the profile). */
export function DiscoverableField({ checked, onChange }: { checked: boolean; onChange(checked: boolean): void }) {
  const { t } = useTranslation();
  return <Checkbox id="discoverable" label={t('fields.discoverable')} hint={t('fields.discoverableHint')} checked={checked} onChange={onChange} />;
}

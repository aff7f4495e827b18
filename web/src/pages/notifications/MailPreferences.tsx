import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import type { nl } from '../../i18n/nl';
import { MAIL_PREFERENCES, SET_MAIL_PREFERENCE } from './queries';

const DELIVERIES = ['IMMEDIATELY', 'DAILY_DIGEST', 'NEVER'] as const;
type Delivery = (typeof DELIVERIES)[number];
type Kind = keyof typeof nl.enums.notificationKind;
interface Preference {
  kind: Kind;
  delivery: Delivery;
}

/** Per kind of notification: e-mail at once, in the daily digest, or not at all; saved on change. */
export function MailPreferences() {
  const { t } = useTranslation();
  const { data, error, reload } = useQuery<{ notificationPreferences: Preference[] }>(MAIL_PREFERENCES);
  const save = useMutation<{ setNotificationPreference: Preference }, { kind: Kind; delivery: Delivery }>(SET_MAIL_PREFERENCE);
  const [saved, setSaved] = useState<string>();
  const preferences = data?.notificationPreferences ?? [];
  if (preferences.length === 0 && !error) return null;
  return (
    <section aria-labelledby="mail-preferences" className="card">
      <h2 id="mail-preferences" className="h3">
        {t('inbox.preferences.title')}
      </h2>
      <p className="hint">{t('inbox.preferences.lead')}</p>
      <ErrorMessage error={error ?? save.error} />
      <div className="grid two">
        {preferences.map((p) => (
          <Field key={p.kind} label={t(`enums.notificationKind.${p.kind}`)}>
            {(props) => (
              <select
                {...props}
                value={p.delivery}
                disabled={save.pending}
                onChange={async (e) => {
                  const delivery = e.target.value as Delivery;
                  const done = await save.run({ kind: p.kind, delivery });
                  if (!done) return;
                  setSaved(t('inbox.preferences.saved', { kind: t(`enums.notificationKind.${p.kind}`), delivery: t(`enums.mailDelivery.${delivery}`) }));
                  reload();
                }}
              >
                {DELIVERIES.map((d) => (
                  <option key={d} value={d}>
                    {t(`enums.mailDelivery.${d}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ))}
      </div>
      <Notice>{saved}</Notice>
    </section>
  );
}

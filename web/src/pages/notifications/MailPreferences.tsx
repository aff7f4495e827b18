import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { Select } from '../../components/Select';
import { useEditedList } from '../../components/useEditedList';
import { Section } from '../../components/Section';
import { MAIL_PREFERENCES, SET_MAIL_PREFERENCE } from './queries';

const DELIVERIES = ['IMMEDIATELY', 'DAILY_DIGEST', 'NEVER'] as const;

/** Per kind of notification: e-mail at once, in the daily digest, or not at all; saved on change. */
export function MailPreferences() {
  const { t } = useTranslation();
  const { data, error, pending, message, run } = useEditedList(MAIL_PREFERENCES, SET_MAIL_PREFERENCE);
  const preferences = data?.notificationPreferences ?? [];
  if (preferences.length === 0 && !error) return null;
  return (
    <Section id="mail-preferences" className="card" headingClassName="h3" title={t('inbox.preferences.title')}>
      <p className="hint">{t('inbox.preferences.lead')}</p>
      <ErrorMessage error={error} />
      <div className="grid two">
        {preferences.map((p) => (
          <Field key={p.kind} label={t(`enums.notificationKind.${p.kind}`)}>
            {(props) => (
              <Select
                {...props}
                value={p.delivery}
                options={DELIVERIES}
                label={(d) => t(`enums.mailDelivery.${d}`)}
                disabled={pending}
                onChange={(delivery) =>
                  run({ kind: p.kind, delivery }, () => t('inbox.preferences.saved', { kind: t(`enums.notificationKind.${p.kind}`), delivery: t(`enums.mailDelivery.${delivery}`) }))
                }
              />
            )}
          </Field>
        ))}
      </div>
      <Notice>{message}</Notice>
    </Section>
  );
}

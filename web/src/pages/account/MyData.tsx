import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api/client';
import { useAuth } from '../../auth/AuthContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useAction } from '../../components/useAction';
import { ERASE_ME, MY_DATA } from './queries';

/** Hands the JSON to the browser as a file download. */
function download(name: string, data: unknown) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

/** AVG: a student downloads what is kept about them, or deletes their account (the existing erasure). */
export function MyData({ studentId }: { studentId: string }) {
  const { t } = useTranslation();
  const { signOut } = useAuth();
  const { pending, error, run } = useAction<true>();
  const [confirming, setConfirming] = useState(false);
  const downloadData = () =>
    void run(true, async () => {
      const data = await request(MY_DATA, { id: studentId });
      download('career-boost-mijn-gegevens.json', { exportedAt: new Date().toISOString(), ...(data as object) });
    });
  const erase = () =>
    void run(true, async () => {
      await request(ERASE_ME, { id: studentId });
      signOut();
    });
  return (
    <section aria-labelledby="my-data">
      <h2 id="my-data">{t('account.myData.title')}</h2>
      <p>{t('account.myData.intro')}</p>
      <p>
        <button type="button" className="button-secondary" onClick={downloadData} disabled={pending}>
          {t('account.myData.download')}
        </button>{' '}
        <button type="button" className="button-danger" onClick={() => setConfirming(true)} disabled={pending}>
          {t('account.myData.delete')}
        </button>
      </p>
      <ErrorMessage error={error} />
      <ConfirmDialog
        open={confirming}
        title={t('account.myData.confirmTitle')}
        text={t('account.myData.confirmText')}
        confirmLabel={t('account.myData.confirmYes')}
        danger
        pending={pending}
        onConfirm={erase}
        onCancel={() => setConfirming(false)}
      />
    </section>
  );
}

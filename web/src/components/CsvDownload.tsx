import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from './ErrorMessage';

/**
 * A button that asks the API for a CSV text and saves it as a file (the staff dashboard's and the
 * audit list's downloads); a refusal is shown beside it.
 */
export function CsvDownload({ load, fileName, label }: { load: () => Promise<string>; fileName: string; label: string }) {
  const { t } = useTranslation();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>();
  const download = async () => {
    setPending(true);
    setError(undefined);
    try {
      const url = URL.createObjectURL(new Blob([await load()], { type: 'text/csv;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (err) {
      setError(err);
    } finally {
      setPending(false);
    }
  };
  return (
    <div className="csv">
      <button type="button" className="button-secondary" onClick={() => void download()} disabled={pending}>
        {pending ? t('dashboard.csvPending') : label}
      </button>
      <ErrorMessage error={error} />
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { useEditedList } from '../../components/useEditedList';
import { Section } from '../../components/Section';
import { DELETE_SAVED_SEARCH, SAVED_SEARCHES, SAVE_SEARCH } from './queries';
import styles from './notifications.module.css';


/** The filters a saved search keeps: the search page's, without the ones about dates and open places. */
const SAVED_FILTERS = ['sectors', 'types', 'levels', 'municipalityIds', 'workModes', 'minHours', 'maxHours'] as const;

/** "Zoekopdracht bewaren" on the search page: the words and filters shown now, under a name. */
export function SaveSearch({ query, filter }: { query: string | null; filter: Record<string, unknown> }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [saved, setSaved] = useState<string>();
  const save = useMutation(SAVE_SEARCH);
  const kept = Object.fromEntries(SAVED_FILTERS.filter((key) => filter[key] !== undefined).map((key) => [key, filter[key]]));
  return (
    <form
      className={styles.saveSearch}
      onSubmit={async (e) => {
        e.preventDefault();
        const done = await save.run({ input: { name: name.trim() || query || t('savedSearches.defaultName'), query, filter: kept } });
        if (done) setSaved(t('savedSearches.saved', { name: done.saveSearch.name }));
      }}
    >
      <TextField label={t('savedSearches.name')} hint={t('savedSearches.nameHint')} name="input.name" value={name} onChange={setName} maxLength={80} />
      <button type="submit" className="button-secondary" disabled={save.pending}>
        {t('savedSearches.save')}
      </button>
      <ErrorMessage error={save.error} />
      <Notice>{saved}</Notice>
    </form>
  );
}

/** The student's saved searches, each with a delete button (on the inbox page). */
export function SavedSearches() {
  const { t } = useTranslation();
  const { data, error, pending, message, run } = useEditedList(SAVED_SEARCHES, DELETE_SAVED_SEARCH);
  const searches = data?.savedSearches ?? [];
  return (
    <Section id="saved-searches" className="card" headingClassName="h3" title={t('savedSearches.title')}>
      <ErrorMessage error={error} />
      <Notice>{message}</Notice>
      {data && searches.length === 0 && <p>{t('savedSearches.none')}</p>}
      <ul className={styles.list}>
        {searches.map((s) => (
          <li key={s.id} className="saved-search">
            <strong>{s.name}</strong>
            {s.query && <span className="muted"> — {s.query}</span>}{' '}
            <button
              type="button"
              className="button-secondary button-small"
              disabled={pending}
              onClick={() => run({ id: s.id }, () => t('savedSearches.deleted', { name: s.name }))}
            >
              {t('savedSearches.delete')}
              <span className="visually-hidden">: {s.name}</span>
            </button>
          </li>
        ))}
      </ul>
    </Section>
  );
}

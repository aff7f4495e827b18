import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useDebounced, useQuery } from '../../api/hooks';
import { AssignmentList } from '../../components/AssignmentCard';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/Field';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { Select } from '../../components/Select';
import { Checkbox } from '../../components/Checkbox';
import { municipalityName, sectorLabel } from '../../domain/vocab';
import { apiLanguage, currentLanguage, type Language } from '../../i18n';
import { SEARCH } from './queries';
import { useAuth } from '../../auth/AuthContext';
import { SaveSearch } from '../notifications/SavedSearches';

/** Facet name → its URL parameter and the filter field it sets. */
const FACETS = [
  { facet: 'sector', param: 'sector', filter: 'sectors' },
  { facet: 'type', param: 'type', filter: 'types' },
  { facet: 'level', param: 'level', filter: 'levels' },
  { facet: 'workMode', param: 'mode', filter: 'workModes' },
  { facet: 'municipality', param: 'municipality', filter: 'municipalityIds' },
] as const;

const SORTS = ['RELEVANCE', 'NEWEST', 'START_DATE'] as const;
const PAGE_SIZE = 10;

/** The search state lives in the URL, so a search can be shared, bookmarked and gone back to. */
function toVariables(params: URLSearchParams, language: Language) {
  const filter: Record<string, unknown> = {};
  for (const f of FACETS) {
    const values = params.getAll(f.param);
    if (values.length) filter[f.filter] = values;
  }
  const from = params.get('from');
  const until = params.get('until');
  const minHours = Number(params.get('minHours')) || undefined;
  const maxHours = Number(params.get('maxHours')) || undefined;
  if (from) filter.from = from;
  if (until) filter.until = until;
  if (minHours) filter.minHours = minHours;
  if (maxHours) filter.maxHours = maxHours;
  if (params.get('open') === '1') filter.hasPlacesLeft = true;
  if (params.get('closed') === '1') filter.includeClosed = true;
  const sort = SORTS.find((s) => s === params.get('sort')) ?? 'RELEVANCE';
  const page = Math.max(1, Number(params.get('page')) || 1);
  return { query: params.get('q') || null, filter, sort, page, pageSize: PAGE_SIZE, language: apiLanguage(language) };
}

export function SearchPage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const { viewer } = useAuth();
  const [urlParams, setUrlParams] = useSearchParams();
  // The page reads its own copy of the URL's state, so a ticked box shows at once, even while the
  // router is still committing the new URL.
  const [params, setLocalParams] = useState(urlParams);
  useEffect(() => setLocalParams(urlParams), [urlParams]);
  const setParams = (next: URLSearchParams, options?: { replace?: boolean }) => {
    setLocalParams(next);
    setUrlParams(next, options);
  };
  const [text, setText] = useState(params.get('q') ?? '');
  const debounced = useDebounced(text.trim(), 250);
  // Filters start open beside the results, and folded away above them on a phone.
  const [filtersOpen] = useState(() => window.matchMedia('(min-width: 801px)').matches);

  const update = (change: (next: URLSearchParams) => void, options?: { replace?: boolean }) => {
    const next = new URLSearchParams(params);
    change(next);
    next.delete('page');
    setParams(next, options);
  };

  // Search as you type: the words reach the URL (and so the query) once typing pauses.
  useEffect(() => {
    if ((params.get('q') ?? '') === debounced) return;
    update((next) => (debounced ? next.set('q', debounced) : next.delete('q')), { replace: true });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only typing triggers this
  }, [debounced]);

  const variables = useMemo(() => toVariables(params, lang), [params, lang]);
  const { data, error, loading } = useQuery(SEARCH, variables);
  const result = data?.searchAssignments;
  const page = variables.page;

  const toggle = (param: string, value: string, on: boolean) =>
    update((next) => {
      const values = next.getAll(param).filter((v) => v !== value);
      next.delete(param);
      for (const v of on ? [...values, value] : values) next.append(param, v);
    });
  const setParam = (param: string, value: string) => update((next) => (value ? next.set(param, value) : next.delete(param)));
  const goTo = (p: number) => {
    const next = new URLSearchParams(params);
    if (p > 1) next.set('page', String(p));
    else next.delete('page');
    setParams(next);
    document.getElementById('results-title')?.focus();
  };
  const label = (facet: string, value: string) => {
    switch (facet) {
      case 'sector':
        return sectorLabel(value, lang);
      case 'municipality':
        return municipalityName(value);
      case 'type':
        return t(`enums.assignmentType.${value}` as never);
      case 'workMode':
        return t(`search.workMode.${value}` as never);
      default:
        return t(`enums.studyLevel.${value}` as never);
    }
  };
  const FILTER_PARAMS = [...FACETS.map((f) => f.param), 'from', 'until', 'minHours', 'maxHours', 'open', 'closed'];
  const activeFilters = FILTER_PARAMS.reduce((n, p) => n + params.getAll(p).length, 0);
  const pages = result ? Math.max(1, Math.ceil(result.total / result.pageSize)) : 1;

  const facets = (
    <div className="facets">
      <Checkbox id="filter-open" label={t('search.onlyPlacesLeft')} checked={params.get('open') === '1'} onChange={(on) => setParam('open', on ? '1' : '')} />
      <Checkbox id="filter-closed" label={t('search.includeClosed')} checked={params.get('closed') === '1'} onChange={(on) => setParam('closed', on ? '1' : '')} />
      {FACETS.map((f) => {
        const counts = result?.facets[f.facet] ?? [];
        const chosen = params.getAll(f.param);
        // Keep chosen values visible even when the current words give them no hits.
        const values = [...counts, ...chosen.filter((v) => !counts.some((c) => c.value === v)).map((value) => ({ value, count: 0 }))];
        if (!values.length) return null;
        return (
          <fieldset key={f.facet} className="facet">
            <legend>{t(`search.facet.${f.facet}`)}</legend>
            <ul>
              {values.map((c) => {
                const id = `facet-${f.facet}-${c.value}`;
                return (
                  <li key={c.value}>
                    <input id={id} type="checkbox" checked={chosen.includes(c.value)} onChange={(e) => toggle(f.param, c.value, e.target.checked)} />
                    <label htmlFor={id}>
                      {label(f.facet, c.value)} <span className="count">({c.count})</span>
                    </label>
                  </li>
                );
              })}
            </ul>
          </fieldset>
        );
      })}
      <fieldset className="facet">
        <legend>{t('search.when')}</legend>
        <TextField label={t('search.from')} type="date" value={params.get('from') ?? ''} onChange={(v) => setParam('from', v)} />
        <TextField label={t('search.until')} type="date" value={params.get('until') ?? ''} onChange={(v) => setParam('until', v)} />
      </fieldset>
      <fieldset className="facet">
        <legend>{t('search.hours')}</legend>
        <div className="grid two-small">
          <TextField label={t('search.minHours')} type="number" min={1} max={40} inputMode="numeric" value={params.get('minHours') ?? ''} onChange={(v) => setParam('minHours', v)} />
          <TextField label={t('search.maxHours')} type="number" min={1} max={40} inputMode="numeric" value={params.get('maxHours') ?? ''} onChange={(v) => setParam('maxHours', v)} />
        </div>
      </fieldset>
      {activeFilters > 0 && (
        <button
          type="button"
          className="button-secondary button-small"
          onClick={() => update((next) => FILTER_PARAMS.forEach((p) => next.delete(p)))}
        >
          {t('search.clearFilters')}
        </button>
      )}
    </div>
  );

  return (
    <>
      <PageHeading>{t('search.title')}</PageHeading>
      <form role="search" className="search-bar" onSubmit={(e) => e.preventDefault()} aria-label={t('search.title')}>
        <label htmlFor="search-q">{t('search.label')}</label>
        <input id="search-q" type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder={t('search.placeholder')} maxLength={200} aria-describedby="search-hint" />
        <p id="search-hint" className="hint">
          {t('search.hint')}
        </p>
      </form>
      {viewer?.role === 'STUDENT' && <SaveSearch query={variables.query} filter={variables.filter} />}
      <div className="search-layout">
        <aside aria-label={t('search.filters')}>
          <details className="filters-toggle" open={filtersOpen}>
            <summary>
              {t('search.filters')}
              {activeFilters > 0 && ` (${activeFilters})`}
            </summary>
            {facets}
          </details>
        </aside>
        <section aria-labelledby="results-title" className="results">
          <div className="results-header">
            <h2 id="results-title" tabIndex={-1} className="results-title">
              {t('search.results')}
            </h2>
            <div className="sort">
              <label htmlFor="sort">{t('search.sortLabel')}</label>
              <Select id="sort" value={variables.sort} options={SORTS} label={(s) => t(`search.sort.${s}`)} onChange={(s) => setParam('sort', s === 'RELEVANCE' ? '' : s)} />
            </div>
          </div>
          <p role="status" aria-live="polite" className="result-count">
            {loading ? t('search.searching') : result ? t('search.count', { count: result.total }) : ''}
          </p>
          <ErrorMessage error={error} />
          {loading && !result && <Loading />}
          {result && result.hits.length === 0 && <p>{t('search.none')}</p>}
          {result && (
            <AssignmentList
              busy={loading}
              items={result.hits.map((hit) => {
                const description = hit.highlights.find((h) => h.field === 'DESCRIPTION')?.snippet;
                return {
                  assignment: hit.assignment,
                  // Snippets are HTML-escaped by the API; only its <mark> tags are markup.
                  titleHtml: hit.highlights.find((h) => h.field === 'TITLE')?.snippet,
                  more: (
                    <>
                      {description && <p className="snippet" dangerouslySetInnerHTML={{ __html: description }} />}
                      {hit.fit && (
                        <p className="hit-fit">
                          {t('search.fitLabel')}: <strong>{hit.fit.eligible ? t('match.score', { score: Math.round(hit.fit.score) }) : t('match.notEligible')}</strong>
                          {hit.fit.reasons[0] && <span className="muted"> — {hit.fit.reasons[0]}</span>}
                        </p>
                      )}
                    </>
                  ),
                };
              })}
            />
          )}
          {result && pages > 1 && (
            <nav className="pagination" aria-label={t('search.pagination')}>
              <button type="button" className="button-secondary" disabled={page <= 1} onClick={() => goTo(page - 1)}>
                {t('search.previous')}
              </button>
              <span>{t('search.pageOf', { page, pages })}</span>
              <button type="button" className="button-secondary" disabled={page >= pages} onClick={() => goTo(page + 1)}>
                {t('search.next')}
              </button>
            </nav>
          )}
        </section>
      </div>
    </>
  );
}

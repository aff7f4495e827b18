import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from '../../api/hooks';
import { useAuth } from '../../auth/AuthContext';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ErrorSummary, FormErrorsProvider, useFormErrors } from '../../components/FormErrors';
import { Field } from '../../components/Field';
import { PageHeading } from '../../components/PageHeading';
import { PrivacyNote } from '../../components/PrivacyNote';
import { SECTORS, sectorLabel } from '../../domain/vocab';
import { apiLanguage, currentLanguage } from '../../i18n';
import { MUNICIPALITIES, REGISTER_COMPANY } from './queries';
import type { MunicipalitiesQuery, Sector } from '../../api/__generated__/graphql';
import { EmailField, NewPasswordField } from '../account/AccountForm';

/** The region's municipalities first, then the others, as two labelled groups. */
/** The sectors to choose from, in the reader's language. */
export function SectorOptions() {
  const lang = currentLanguage();
  return (
    <>
      {SECTORS.map((s) => (
        <option key={s} value={s}>
          {sectorLabel(s, lang)}
        </option>
      ))}
    </>
  );
}

interface OrganisationDetailsForm {
  impactLabel: boolean;
  mboAkkoord: boolean;
  website: string;
  description: string;
}

/** The organisation's labels, website and description: the same fields on registration and on its profile page. */
export function OrganisationDetails({ form, change }: { form: OrganisationDetailsForm; change: (patch: Partial<OrganisationDetailsForm>) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <div className="checkbox">
        <input id="impact" type="checkbox" checked={form.impactLabel} onChange={(e) => change({ impactLabel: e.target.checked })} />
        <label htmlFor="impact">{t('fields.impactLabel')}</label>
      </div>
      <div className="checkbox">
        <input id="mbo" type="checkbox" checked={form.mboAkkoord} onChange={(e) => change({ mboAkkoord: e.target.checked })} />
        <label htmlFor="mbo">{t('fields.mboAkkoord')}</label>
      </div>
      <Field label={t('fields.website')} hint={t('fields.websiteHint')} name="input.website">
        {(p) => <input {...p} type="url" autoComplete="url" value={form.website} onChange={(e) => change({ website: e.target.value })} maxLength={300} />}
      </Field>
      <Field label={t('fields.description')} name="input.description">
        {(p) => <textarea {...p} rows={4} value={form.description} onChange={(e) => change({ description: e.target.value })} maxLength={2000} />}
      </Field>
    </>
  );
}

export function MunicipalityOptions({ municipalities }: { municipalities: MunicipalitiesQuery['municipalities'] }) {
  const { t } = useTranslation();
  return (
    <>
      <optgroup label={t('fields.inRegion')}>
        {municipalities.filter((m) => m.inRegion).map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </optgroup>
      <optgroup label={t('fields.outsideRegion')}>
        {municipalities.filter((m) => !m.inRegion).map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </optgroup>
    </>
  );
}

/**
 * Where the organisation is and its sector, side by side: registering asks them first (both lists
 * start with "Choose…"), the profile shows the ones chosen.
 */
export function PlaceAndSector({
  value,
  change,
  municipalities,
  first,
}: {
  value: { municipalityId: string; sector: Sector | '' };
  change(patch: { municipalityId?: string; sector?: Sector }): void;
  municipalities: MunicipalitiesQuery['municipalities'] | undefined;
  /** The empty first choice of each list, when none is chosen yet (the municipality's says "Loading…" while the list loads). */
  first?: { municipality: string; sector: string };
}) {
  const { t } = useTranslation();
  return (
    <div className="grid two">
      <Field label={t('fields.municipality')} required name="input.municipalityId">
        {(p) => (
          <select {...p} required value={value.municipalityId} onChange={(e) => change({ municipalityId: e.target.value })}>
            {first && <option value="">{first.municipality}</option>}
            {municipalities && <MunicipalityOptions municipalities={municipalities} />}
          </select>
        )}
      </Field>
      <Field label={t('fields.sector')} required name="input.sector">
        {(p) => (
          <select {...p} required value={value.sector} onChange={(e) => change({ sector: e.target.value as Sector })}>
            {first && <option value="">{first.sector}</option>}
            <SectorOptions />
          </select>
        )}
      </Field>
    </div>
  );
}

export function RegisterCompanyPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { signIn } = useAuth();
  const places = useQuery(MUNICIPALITIES);
  const register = useMutation(REGISTER_COMPANY);
  const [signInError, setSignInError] = useState<unknown>();
  const [form, setForm] = useState({
    name: '',
    kvkNumber: '',
    municipalityId: '',
    sector: '' as Sector | '',
    impactLabel: false,
    mboAkkoord: false,
    website: '',
    description: '',
    contactName: '',
    contactEmail: '',
    password: '',
  });
  const errors = useFormErrors();
  // show is stable (useCallback); the whole errors object changes with every error shown.
  const { show: showErrors } = errors;
  useEffect(() => showErrors(register.error), [register.error, showErrors]);
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) => setForm((f) => ({ ...f, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { name, kvkNumber, municipalityId, sector, contactName, contactEmail, password } = form;
    const required = { name, kvkNumber, municipalityId, sector, contactName, contactEmail, password };
    if (!errors.checkRequired(Object.fromEntries(Object.entries(required).map(([key, value]) => [`input.${key}`, value])))) return;
    const input = {
      ...form,
      // Chosen: checkRequired above refused an empty one.
      sector: form.sector as Sector,
      name: form.name.trim(),
      contactEmail: form.contactEmail.trim(),
      website: form.website.trim() || null,
      description: form.description.trim() || null,
    };
    const done = await register.run({ input, language: apiLanguage() });
    if (!done) return;
    try {
      await signIn(input.contactEmail, form.password);
      navigate('/company', { state: { registered: true } });
    } catch (err) {
      setSignInError(err);
    }
  };
  return (
    <section className="narrow" aria-labelledby="page-title">
      <PageHeading>{t('registerCompany.title')}</PageHeading>
      <p className="lead">{t('registerCompany.lead')}</p>
      <FormErrorsProvider value={errors}>
      <form onSubmit={submit} className="form" noValidate>
        <ErrorSummary />
        <fieldset>
          <legend>{t('fields.organisation')}</legend>
          <Field label={t('fields.organisationName')} required name="input.name">
            {(p) => <input {...p} required autoComplete="organization" value={form.name} onChange={(e) => set('name', e.target.value)} maxLength={120} />}
          </Field>
          <Field label={t('fields.kvk')} required hint={t('fields.kvkHint')} name="input.kvkNumber">
            {(p) => <input {...p} required inputMode="numeric" pattern="[0-9 .]{8,12}" value={form.kvkNumber} onChange={(e) => set('kvkNumber', e.target.value)} maxLength={12} />}
          </Field>
          <PlaceAndSector
            value={form}
            change={(patch) => setForm((f) => ({ ...f, ...patch }))}
            municipalities={places.data?.municipalities}
            first={{ municipality: places.loading ? t('common.loading') : t('common.choose'), sector: t('common.choose') }}
          />
          <ErrorMessage error={places.error} />
          <OrganisationDetails form={form} change={(patch) => setForm((f) => ({ ...f, ...patch }))} />
        </fieldset>
        <fieldset>
          <legend>{t('fields.contact')}</legend>
          <Field label={t('fields.contactName')} required name="input.contactName">
            {(p) => <input {...p} required autoComplete="name" value={form.contactName} onChange={(e) => set('contactName', e.target.value)} maxLength={120} />}
          </Field>
          <EmailField label={t('fields.contactEmail')} hint={t('fields.contactEmailHint')} name="input.contactEmail" value={form.contactEmail} onChange={(v) => set('contactEmail', v)} />
          <NewPasswordField name="input.password" value={form.password} onChange={(v) => set('password', v)} />
        </fieldset>
        <PrivacyNote />
        <ErrorMessage error={errors.otherError ?? signInError} />
        <button type="submit" disabled={register.pending}>
          {register.pending ? t('common.saving') : t('registerCompany.submit')}
        </button>
      </form>
      </FormErrorsProvider>
      <p>
        {t('registerStudent.haveAccount')} <Link to="/signin">{t('nav.signIn')}</Link>
      </p>
    </section>
  );
}

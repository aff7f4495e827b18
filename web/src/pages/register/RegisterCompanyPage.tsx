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
import { currentLanguage } from '../../i18n';
import { MUNICIPALITIES, REGISTER_COMPANY } from './queries';
import type { MunicipalitiesQuery, RegisterCompanyMutation } from '../../api/__generated__/operations';
import { mailLanguage } from '../account/useAccountForm';

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

export function RegisterCompanyPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { signIn } = useAuth();
  const places = useQuery<MunicipalitiesQuery>(MUNICIPALITIES);
  const register = useMutation<RegisterCompanyMutation>(REGISTER_COMPANY);
  const [signInError, setSignInError] = useState<unknown>();
  const [form, setForm] = useState({
    name: '',
    kvkNumber: '',
    municipalityId: '',
    sector: '',
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
      name: form.name.trim(),
      contactEmail: form.contactEmail.trim(),
      website: form.website.trim() || null,
      description: form.description.trim() || null,
    };
    const done = await register.run({ input, language: mailLanguage() });
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
          <div className="grid two">
            <Field label={t('fields.municipality')} required name="input.municipalityId">
              {(p) => (
                <select {...p} required value={form.municipalityId} onChange={(e) => set('municipalityId', e.target.value)}>
                  <option value="">{places.loading ? t('common.loading') : t('common.choose')}</option>
                  {places.data && <MunicipalityOptions municipalities={places.data.municipalities} />}
                </select>
              )}
            </Field>
            <Field label={t('fields.sector')} required name="input.sector">
              {(p) => (
                <select {...p} required value={form.sector} onChange={(e) => set('sector', e.target.value)}>
                  <option value="">{t('common.choose')}</option>
                  <SectorOptions />
                </select>
              )}
            </Field>
          </div>
          <ErrorMessage error={places.error} />
          <OrganisationDetails form={form} change={(patch) => setForm((f) => ({ ...f, ...patch }))} />
        </fieldset>
        <fieldset>
          <legend>{t('fields.contact')}</legend>
          <Field label={t('fields.contactName')} required name="input.contactName">
            {(p) => <input {...p} required autoComplete="name" value={form.contactName} onChange={(e) => set('contactName', e.target.value)} maxLength={120} />}
          </Field>
          <Field label={t('fields.contactEmail')} required hint={t('fields.contactEmailHint')} name="input.contactEmail">
            {(p) => <input {...p} type="email" required autoComplete="email" value={form.contactEmail} onChange={(e) => set('contactEmail', e.target.value)} maxLength={254} />}
          </Field>
          <Field label={t('fields.password')} required hint={t('fields.passwordHint')} name="input.password">
            {(p) => <input {...p} type="password" required minLength={10} maxLength={128} autoComplete="new-password" value={form.password} onChange={(e) => set('password', e.target.value)} />}
          </Field>
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

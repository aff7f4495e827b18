import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../api/client';
import { useMutation, useQuery } from '../../api/hooks';
import { useAuth } from '../../auth/AuthContext';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ErrorSummary, FormErrorsProvider, useFormErrors } from '../../components/FormErrors';
import { Field } from '../../components/Field';
import { PreferredLanguageField, type PreferredLanguage } from '../../components/PreferredLanguageField';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { OrganisationDetails, PlaceAndSector } from '../register/RegisterCompanyPage';
import { COMPANY_PROFILE, UPDATE_COMPANY_PROFILE } from './queries';
import type { CompanyProfileQuery, Sector } from '../../api/__generated__/graphql';

type Profile = NonNullable<CompanyProfileQuery['company']>;

interface ProfileForm {
  name: string;
  municipalityId: string;
  sector: Sector;
  website: string;
  description: string;
  impactLabel: boolean;
  mboAkkoord: boolean;
  contactName: string;
  contactPhone: string;
  preferredLanguage: PreferredLanguage;
}

const formOf = (c: Profile): ProfileForm => ({
  name: c.name,
  municipalityId: c.municipality.id,
  sector: c.sector,
  website: c.website ?? '',
  description: c.description ?? '',
  impactLabel: c.impactLabel,
  mboAkkoord: c.mboAkkoord,
  contactName: c.contactPerson?.name ?? '',
  contactPhone: c.contactPerson?.phone ?? '',
  preferredLanguage: c.contactPerson?.preferredLanguage ?? 'NL',
});

/** The organisation keeps its own profile; the sign-in e-mail and KvK number are not edited here. */
export function CompanyProfilePage() {
  const { t } = useTranslation();
  const { viewer } = useAuth();
  const companyId = viewer?.company?.id ?? '';
  const { data, error, loading } = useQuery(COMPANY_PROFILE, { companyId });
  if (loading && !data) return <Loading />;
  if (error) return <ErrorMessage error={error} />;
  if (!data?.company) return <ErrorMessage error={new ApiError('NOT_FOUND', '')} />;
  return (
    <section className="narrow" aria-labelledby="page-title">
      <PageHeading>{t('companyProfile.title')}</PageHeading>
      <p className="lead">{t('companyProfile.lead')}</p>
      <ProfileEditor company={data.company} municipalities={data.municipalities} />
      <p>
        <Link to="/company">{t('companyProfile.back')}</Link>
      </p>
    </section>
  );
}

function ProfileEditor({ company, municipalities }: { company: Profile; municipalities: CompanyProfileQuery['municipalities'] }) {
  const { t } = useTranslation();
  const save = useMutation(UPDATE_COMPANY_PROFILE);
  const [form, setForm] = useState(() => formOf(company));
  const [saved, setSaved] = useState(false);
  const errors = useFormErrors();
  const { show: showErrors } = errors;
  useEffect(() => showErrors(save.error), [save.error, showErrors]);
  const change = (patch: Partial<ProfileForm>) => {
    setSaved(false);
    setForm((f) => ({ ...f, ...patch }));
  };
  const set = <K extends keyof ProfileForm>(key: K, value: ProfileForm[K]) => change({ [key]: value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const { name, municipalityId, sector, contactName } = form;
    const required = { name, municipalityId, sector, contactName };
    if (!errors.checkRequired(Object.fromEntries(Object.entries(required).map(([key, value]) => [`input.${key}`, value])))) return;
    // Every field is sent: an emptied optional one (website, description, phone) is cleared with null.
    const input = {
      ...form,
      name: form.name.trim(),
      contactName: form.contactName.trim(),
      website: form.website.trim() || null,
      description: form.description.trim() || null,
      contactPhone: form.contactPhone.trim() || null,
    };
    const done = await save.run({ id: company.id, input });
    if (!done) return;
    setForm(formOf(done.updateCompanyProfile));
    setSaved(true);
  };

  return (
    <FormErrorsProvider value={errors}>
      <form onSubmit={submit} className="form" noValidate>
        <ErrorSummary />
        <fieldset>
          <legend>{t('fields.organisation')}</legend>
          <Field label={t('fields.organisationName')} required name="input.name">
            {(p) => <input {...p} required autoComplete="organization" value={form.name} onChange={(e) => set('name', e.target.value)} maxLength={120} />}
          </Field>
          <PlaceAndSector value={form} change={change} municipalities={municipalities} />
          <OrganisationDetails form={form} change={change} />
        </fieldset>
        <fieldset>
          <legend>{t('fields.contact')}</legend>
          <Field label={t('fields.contactName')} required name="input.contactName">
            {(p) => <input {...p} required autoComplete="name" value={form.contactName} onChange={(e) => set('contactName', e.target.value)} maxLength={120} />}
          </Field>
          <Field label={t('fields.contactPhone')} name="input.contactPhone">
            {(p) => <input {...p} type="tel" autoComplete="tel" value={form.contactPhone} onChange={(e) => set('contactPhone', e.target.value)} maxLength={30} />}
          </Field>
          <PreferredLanguageField value={form.preferredLanguage} onChange={(v) => set('preferredLanguage', v)} />
          <p className="hint">{t('companyProfile.emailFixed', { email: company.contactPerson?.email ?? '' })}</p>
        </fieldset>
        {saved && <Notice>{t('companyProfile.saved')}</Notice>}
        <ErrorMessage error={errors.otherError} />
        <button type="submit" disabled={save.pending}>
          {save.pending ? t('common.saving') : t('companyProfile.submit')}
        </button>
      </form>
    </FormErrorsProvider>
  );
}

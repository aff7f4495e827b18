import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../api/client';
import { useMutation, useQuery } from '../../api/hooks';
import { useAuth } from '../../auth/AuthContext';
import { ErrorMessage } from '../../components/ErrorMessage';
import { inputPaths, useMutationFormErrors } from '../../components/FormErrors';
import { TextField } from '../../components/Field';
import { PreferredLanguageField, type PreferredLanguage } from '../../components/PreferredLanguageField';
import { loadingOrFailed } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { SubmitForm } from '../../components/SubmitForm';
import { ContactNameField, OrganisationDetails, OrganisationNameField, PlaceAndSector } from '../register/RegisterCompanyPage';
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
  const waiting = loadingOrFailed({ data, error, loading });
  if (waiting) return waiting;
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
  const errors = useMutationFormErrors(save.error);
  const change = (patch: Partial<ProfileForm>) => {
    setSaved(false);
    setForm((f) => ({ ...f, ...patch }));
  };
  const set = <K extends keyof ProfileForm>(key: K, value: ProfileForm[K]) => change({ [key]: value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const { name, municipalityId, sector, contactName } = form;
    if (!errors.checkRequired(inputPaths({ name, municipalityId, sector, contactName }))) return;
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
    <SubmitForm errors={errors} onSubmit={submit} saved={saved && t('companyProfile.saved')} pending={save.pending} submit={t('companyProfile.submit')}>
      <fieldset>
        <legend>{t('fields.organisation')}</legend>
        <OrganisationNameField value={form.name} onChange={(v) => set('name', v)} />
        <PlaceAndSector value={form} change={change} municipalities={municipalities} />
        <OrganisationDetails form={form} change={change} />
      </fieldset>
      <fieldset>
        <legend>{t('fields.contact')}</legend>
        <ContactNameField value={form.contactName} onChange={(v) => set('contactName', v)} />
        <TextField label={t('fields.contactPhone')} name="input.contactPhone" type="tel" autoComplete="tel" value={form.contactPhone} onChange={(v) => set('contactPhone', v)} maxLength={30} />
        <PreferredLanguageField value={form.preferredLanguage} onChange={(v) => set('preferredLanguage', v)} />
        <p className="hint">{t('companyProfile.emailFixed', { email: company.contactPerson?.email ?? '' })}</p>
      </fieldset>
    </SubmitForm>
  );
}

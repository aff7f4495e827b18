import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { inputPaths } from '../../components/FormErrors';
import { Field, TextField } from '../../components/Field';
import { Checkbox } from '../../components/Checkbox';
import { SECTORS, sectorLabel } from '../../domain/vocab';
import { apiLanguage, currentLanguage } from '../../i18n';
import { MUNICIPALITIES, REGISTER_COMPANY } from './queries';
import { RegisterForm, useRegistration } from './RegisterForm';
import type { MunicipalitiesQuery, Sector } from '../../api/__generated__/graphql';
import { EmailField, NewPasswordField } from '../account/AccountForm';

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
      <Checkbox id="impact" label={t('fields.impactLabel')} checked={form.impactLabel} onChange={(v) => change({ impactLabel: v })} />
      <Checkbox id="mbo" label={t('fields.mboAkkoord')} checked={form.mboAkkoord} onChange={(v) => change({ mboAkkoord: v })} />
      <TextField label={t('fields.website')} hint={t('fields.websiteHint')} name="input.website" type="url" autoComplete="url" value={form.website} onChange={(v) => change({ website: v })} maxLength={300} />
      <TextField label={t('fields.description')} name="input.description" rows={4} value={form.description} onChange={(v) => change({ description: v })} maxLength={2000} />
    </>
  );
}

/** The organisation's name, as registered and as it keeps it on its profile. */
export function OrganisationNameField({ value, onChange }: { value: string; onChange(value: string): void }) {
  const { t } = useTranslation();
  return <TextField label={t('fields.organisationName')} required name="input.name" autoComplete="organization" value={value} onChange={onChange} maxLength={120} />;
}

/** The name of the organisation's contact person. */
export function ContactNameField({ value, onChange }: { value: string; onChange(value: string): void }) {
  const { t } = useTranslation();
  return <TextField label={t('fields.contactName')} required name="input.contactName" autoComplete="name" value={value} onChange={onChange} maxLength={120} />;
}

/** The region's municipalities first, then the others, as two labelled groups. */
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
  const places = useQuery(MUNICIPALITIES);
  const registration = useRegistration(REGISTER_COMPANY, { to: '/company', state: { registered: true } });
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
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) => setForm((f) => ({ ...f, [key]: value }));
  const change = (patch: Partial<typeof form>) => setForm((f) => ({ ...f, ...patch }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { name, kvkNumber, municipalityId, sector, contactName, contactEmail, password } = form;
    if (!registration.errors.checkRequired(inputPaths({ name, kvkNumber, municipalityId, sector, contactName, contactEmail, password }))) return;
    const input = {
      ...form,
      // Chosen: checkRequired above refused an empty one.
      sector: form.sector as Sector,
      name: form.name.trim(),
      contactEmail: form.contactEmail.trim(),
      website: form.website.trim() || null,
      description: form.description.trim() || null,
    };
    void registration.run({ input, language: apiLanguage() }, input.contactEmail, form.password);
  };
  return (
    <RegisterForm title={t('registerCompany.title')} lead={t('registerCompany.lead')} submit={t('registerCompany.submit')} registration={registration} onSubmit={submit}>
      <fieldset>
        <legend>{t('fields.organisation')}</legend>
        <OrganisationNameField value={form.name} onChange={(v) => set('name', v)} />
        <TextField label={t('fields.kvk')} required hint={t('fields.kvkHint')} name="input.kvkNumber" inputMode="numeric" pattern="[0-9 .]{8,12}" value={form.kvkNumber} onChange={(v) => set('kvkNumber', v)} maxLength={12} />
        <PlaceAndSector
          value={form}
          change={change}
          municipalities={places.data?.municipalities}
          first={{ municipality: places.loading ? t('common.loading') : t('common.choose'), sector: t('common.choose') }}
        />
        <ErrorMessage error={places.error} />
        <OrganisationDetails form={form} change={change} />
      </fieldset>
      <fieldset>
        <legend>{t('fields.contact')}</legend>
        <ContactNameField value={form.contactName} onChange={(v) => set('contactName', v)} />
        <EmailField label={t('fields.contactEmail')} hint={t('fields.contactEmailHint')} name="input.contactEmail" value={form.contactEmail} onChange={(v) => set('contactEmail', v)} />
        <NewPasswordField name="input.password" value={form.password} onChange={(v) => set('password', v)} />
      </fieldset>
    </RegisterForm>
  );
}

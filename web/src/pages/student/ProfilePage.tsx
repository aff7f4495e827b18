import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useMutation, useQuery } from '../../api/hooks';
import { useAuth } from '../../auth/AuthContext';
import { TextField } from '../../components/Field';
import { PreferredLanguageField, type PreferredLanguage } from '../../components/PreferredLanguageField';
import { FieldError, useMutationFormErrors } from '../../components/FormErrors';
import { loadingOrFailed } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { SubmitForm } from '../../components/SubmitForm';
import { SkillsEditor, type SkillLevelValue } from '../../components/SkillsEditor';
import { ASSIGNMENT_TYPES, SECTORS, sectorLabel } from '../../domain/vocab';
import { currentLanguage } from '../../i18n';
import { StudyPathFields, type StudyPath } from '../register/StudyPathFields';
import { DiscoverableField } from './DiscoverableField';
import { PROFILE, UPDATE_PROFILE } from './queries';
import type { AssignmentType, Sector, StudentProfileQuery } from '../../api/__generated__/graphql';

interface Form {
  name: string;
  path: StudyPath;
  skills: SkillLevelValue[];
  sectors: Sector[];
  types: AssignmentType[];
  municipalityIds: string[];
  availableFrom: string;
  availableUntil: string;
  hoursPerWeek: string;
  discoverable: boolean;
  preferredLanguage: PreferredLanguage;
}

function toForm(s: NonNullable<StudentProfileQuery['student']>): Form {
  return {
    name: s.name,
    path: { institutionId: s.institution.id, programmeId: s.programme.id, level: s.level, studyYear: s.studyYear },
    skills: s.skills.map((k) => ({ skillId: k.skill.id, level: k.level })),
    sectors: s.preferences.sectors,
    types: s.preferences.types,
    municipalityIds: s.preferences.municipalities.map((m) => m.id),
    availableFrom: s.preferences.availableFrom ?? '',
    availableUntil: s.preferences.availableUntil ?? '',
    hoursPerWeek: s.preferences.hoursPerWeek ? String(s.preferences.hoursPerWeek) : '',
    discoverable: s.discoverable,
    preferredLanguage: s.preferredLanguage ?? 'NL',
  };
}

/** A group of checkboxes for a list preference. */
function Choices<T extends string>({ legend, options, value, onChange }: { legend: string; options: Array<{ value: T; label: string }>; value: T[]; onChange(v: T[]): void }) {
  return (
    <fieldset className="choices">
      <legend>{legend}</legend>
      <ul>
        {options.map((o) => {
          const id = `choice-${legend}-${o.value}`.replace(/\s+/g, '-');
          return (
            <li key={o.value}>
              <input id={id} type="checkbox" checked={value.includes(o.value)} onChange={(e) => onChange(e.target.checked ? [...value, o.value] : value.filter((v) => v !== o.value))} />
              <label htmlFor={id}>{o.label}</label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

export function ProfilePage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const location = useLocation();
  const { viewer, refresh } = useAuth();
  const studentId = viewer?.student?.id ?? '';
  const { data, error, loading } = useQuery(PROFILE, { studentId });
  const save = useMutation(UPDATE_PROFILE);
  const [form, setForm] = useState<Form>();
  const [saved, setSaved] = useState(false);
  const errors = useMutationFormErrors(save.error);
  const welcome = (location.state as { welcome?: boolean } | null)?.welcome;

  useEffect(() => {
    if (data?.student) setForm(toForm(data.student));
  }, [data]);

  const waiting = loadingOrFailed({ data, error, loading });
  if (waiting) return waiting;
  if (!form || !data?.student) return null;
  const set = <K extends keyof Form>(key: K, value: Form[K]) => {
    setSaved(false);
    setForm((f) => (f ? { ...f, [key]: value } : f));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!errors.checkRequired({ 'input.name': form.name, 'input.institutionId': form.path.institutionId, 'input.programmeId': form.path.programmeId })) return;
    const input = {
      name: form.name.trim(),
      ...form.path,
      skills: form.skills,
      preferences: {
        sectors: form.sectors,
        types: form.types,
        municipalityIds: form.municipalityIds,
        availableFrom: form.availableFrom || null,
        availableUntil: form.availableUntil || null,
        hoursPerWeek: form.hoursPerWeek ? Number(form.hoursPerWeek) : null,
      },
      discoverable: form.discoverable,
      preferredLanguage: form.preferredLanguage,
    };
    const done = await save.run({ id: studentId, input });
    if (done) {
      setSaved(true);
      void refresh();
    }
  };

  return (
    <>
      <PageHeading>{t('profile.title')}</PageHeading>
      {welcome && <Notice tone="info">{t('profile.welcome')}</Notice>}
      <SubmitForm errors={errors} onSubmit={submit} className="form wide" saved={saved && t('profile.saved')} pending={save.pending} submit={t('common.save')}>
        <fieldset>
          <legend>{t('fields.account')}</legend>
          <TextField label={t('fields.name')} required name="input.name" value={form.name} onChange={(v) => set('name', v)} maxLength={120} autoComplete="name" />
          <p>
            {t('fields.email')}: <strong>{data.student.email}</strong>
          </p>
          <PreferredLanguageField value={form.preferredLanguage} onChange={(v) => set('preferredLanguage', v)} />
        </fieldset>
        <StudyPathFields value={form.path} onChange={(v) => set('path', v)} />
        <SkillsEditor legend={t('skills.passport')} hint={t('skills.passportHint')} value={form.skills} onChange={(v) => set('skills', v)} />
        <FieldError name="input.skills" label={t('skills.passport')} />
        <fieldset>
          <legend>{t('profile.preferences')}</legend>
          <div className="grid two">
            <Choices legend={t('fields.sectors')} options={SECTORS.map((s) => ({ value: s, label: sectorLabel(s, lang) }))} value={form.sectors} onChange={(v) => set('sectors', v)} />
            <Choices legend={t('fields.types')} options={ASSIGNMENT_TYPES.map((s) => ({ value: s, label: t(`enums.assignmentType.${s}`) }))} value={form.types} onChange={(v) => set('types', v)} />
          </div>
          <Choices
            legend={t('fields.municipalities')}
            options={data.municipalities.filter((m) => m.inRegion).map((m) => ({ value: m.id, label: m.name }))}
            value={form.municipalityIds}
            onChange={(v) => set('municipalityIds', v)}
          />
          <div className="grid three">
            <TextField label={t('fields.availableFrom')} name="input.preferences.availableFrom" type="date" value={form.availableFrom} onChange={(v) => set('availableFrom', v)} />
            <TextField label={t('fields.availableUntil')} name="input.preferences.availableUntil" type="date" value={form.availableUntil} onChange={(v) => set('availableUntil', v)} />
            <TextField label={t('fields.hoursPerWeek')} hint={t('fields.hoursHintStudent')} name="input.preferences.hoursPerWeek" type="number" min={1} max={60} value={form.hoursPerWeek} onChange={(v) => set('hoursPerWeek', v)} />
          </div>
        </fieldset>
        <DiscoverableField checked={form.discoverable} onChange={(v) => set('discoverable', v)} />
      </SubmitForm>
    </>
  );
}

import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { request } from '../../api/client';
import { useQuery } from '../../api/hooks';
import { useAuth } from '../../auth/AuthContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useAction } from '../../components/useAction';
import { Field, TextField } from '../../components/Field';
import { Select } from '../../components/Select';
import { ErrorSummary, FieldError, FormErrorsProvider, useFormErrors } from '../../components/FormErrors';
import { loadingOrFailed } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { NotFound } from '../../components/NotFound';
import { PageHeading } from '../../components/PageHeading';
import { SkillsEditor, type SkillLevelValue } from '../../components/SkillsEditor';
import { StatusBadge } from '../../components/StatusBadge';
import { Checkbox } from '../../components/Checkbox';
import { ASSIGNMENT_TYPES, SECTORS, STUDY_LEVELS, WORKING_LANGUAGES, sectorLabel } from '../../domain/vocab';
import { currentLanguage } from '../../i18n';
import { MunicipalityOptions } from '../register/RegisterCompanyPage';
import { CLOSE, CREATE_ASSIGNMENT, EDITOR, PUBLISH, UPDATE_ASSIGNMENT } from './queries';
import type { AssignmentEditorQuery, AssignmentType, Sector, StudyLevel, WorkingLanguage } from '../../api/__generated__/graphql';

interface Form {
  title: string;
  description: string;
  type: AssignmentType;
  levels: StudyLevel[];
  sector: Sector;
  requiredSkills: SkillLevelValue[];
  niceToHaveSkills: SkillLevelValue[];
  periodStart: string;
  periodEnd: string;
  hoursPerWeek: string;
  municipalityId: string;
  remote: boolean;
  places: string;
  applicationDeadline: string;
  allowancePerMonth: string;
  language: WorkingLanguage;
}

const skillsOf = (list: Array<{ skill: { id: string }; level: number }>) => list.map((s) => ({ skillId: s.skill.id, level: s.level }));

function emptyForm(company: NonNullable<AssignmentEditorQuery['company']>): Form {
  return {
    title: '',
    description: '',
    type: 'INTERNSHIP',
    levels: ['BACHELOR'],
    sector: company.sector,
    requiredSkills: [],
    niceToHaveSkills: [],
    periodStart: '',
    periodEnd: '',
    hoursPerWeek: '32',
    municipalityId: company.municipality.id,
    remote: false,
    places: '1',
    applicationDeadline: '',
    allowancePerMonth: '',
    language: 'NL',
  };
}

function toForm(a: NonNullable<AssignmentEditorQuery['assignment']>): Form {
  return {
    title: a.title,
    description: a.description,
    type: a.type,
    levels: a.levels,
    sector: a.sector,
    requiredSkills: skillsOf(a.requiredSkills),
    niceToHaveSkills: skillsOf(a.niceToHaveSkills),
    periodStart: a.periodStart,
    periodEnd: a.periodEnd,
    hoursPerWeek: String(a.hoursPerWeek),
    municipalityId: a.municipality.id,
    remote: a.remote,
    places: String(a.places),
    applicationDeadline: a.applicationDeadline ?? '',
    allowancePerMonth: a.allowancePerMonth == null ? '' : String(a.allowancePerMonth),
    language: a.language,
  };
}

function toInput(f: Form) {
  return {
    title: f.title.trim(),
    description: f.description.trim(),
    type: f.type,
    levels: f.levels,
    sector: f.sector,
    requiredSkills: f.requiredSkills,
    niceToHaveSkills: f.niceToHaveSkills,
    periodStart: f.periodStart,
    periodEnd: f.periodEnd,
    hoursPerWeek: Number(f.hoursPerWeek),
    municipalityId: f.municipalityId,
    remote: f.remote,
    places: Number(f.places),
    applicationDeadline: f.applicationDeadline || null,
    allowancePerMonth: f.allowancePerMonth === '' ? null : Number(f.allowancePerMonth),
    language: f.language,
  };
}

/** Create or edit an assignment; save it as a draft, publish it, or close it. */
export function AssignmentEditorPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const lang = currentLanguage();
  const navigate = useNavigate();
  const { viewer } = useAuth();
  const companyId = viewer?.company?.id ?? '';
  const { data, error, loading } = useQuery(EDITOR, { id: id ?? 'new', companyId, withAssignment: Boolean(id) });
  const [form, setForm] = useState<Form>();
  const errors = useFormErrors();
  const { pending, run } = useAction<'draft' | 'publish' | 'close'>(errors);
  // A new assignment that was saved but not published (an error came after creating it).
  const [createdId, setCreatedId] = useState<string>();
  const [confirmClose, setConfirmClose] = useState(false);

  useEffect(() => {
    if (!data?.company) return;
    setForm(data.assignment ? toForm(data.assignment) : emptyForm(data.company));
  }, [data]);

  const waiting = loadingOrFailed({ data, error, loading });
  if (waiting) return waiting;
  if (id && data && !data.assignment) return <NotFound text={t('assignment.notFound')} />;
  if (!form || !data?.company) return null;
  const status = data.assignment?.status ?? 'DRAFT';
  const approved = data.company.status === 'APPROVED';
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => (f ? { ...f, [key]: value } : f));

  const save = async (then: 'draft' | 'publish' | 'close') => {
    if (then !== 'close') {
      const { title, description, levels, periodStart, periodEnd, hoursPerWeek, places, municipalityId } = form;
      const required = { title, description, levels, periodStart, periodEnd, hoursPerWeek, places, municipalityId };
      if (!errors.checkRequired(Object.fromEntries(Object.entries(required).map(([key, value]) => [`input.${key}`, value])))) return;
    }
    await run(then, async () => {
      let assignmentId = id ?? createdId;
      if (then !== 'close') {
        if (assignmentId) {
          await request(UPDATE_ASSIGNMENT, { id: assignmentId, input: toInput(form) });
        } else {
          const created = await request(CREATE_ASSIGNMENT, { input: toInput(form) });
          assignmentId = created.createAssignment.id;
          setCreatedId(assignmentId);
        }
      }
      // Closing is offered for a saved assignment only, so there is an id by now.
      if (assignmentId && then === 'publish' && status === 'DRAFT') await request(PUBLISH, { id: assignmentId });
      if (assignmentId && then === 'close') await request(CLOSE, { id: assignmentId });
      navigate('/company', { state: { saved: t(`editor.done.${then}`, { title: form.title.trim() }) } });
    });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(status === 'DRAFT' ? 'draft' : 'publish');
  };

  return (
    <>
      <p className="breadcrumb">
        <Link to="/company">{t('nav.ourAssignments')}</Link>
      </p>
      <PageHeading title={id ? t('editor.editTitle') : t('editor.newTitle')}>
        {id ? t('editor.editTitle') : t('editor.newTitle')} {id && <StatusBadge kind="assignmentStatus" status={status} />}
      </PageHeading>
      {!approved && <Notice tone="warning">{t('companyHome.pending')}</Notice>}
      <FormErrorsProvider value={errors}>
      <form className="form wide" onSubmit={submit} noValidate>
        <ErrorSummary />
        <TextField label={t('fields.title')} required hint={t('editor.titleHint')} name="input.title" minLength={3} maxLength={160} value={form.title} onChange={(v) => set('title', v)} />
        <TextField label={t('fields.description')} required hint={t('editor.descriptionHint')} name="input.description" minLength={20} maxLength={5000} rows={8} value={form.description} onChange={(v) => set('description', v)} />
        <div className="grid three">
          <Field label={t('fields.type')} required name="input.type">
            {(p) => (
              <Select {...p} value={form.type} options={ASSIGNMENT_TYPES} label={(type) => t(`enums.assignmentType.${type}`)} onChange={(type) => set('type', type)} />
            )}
          </Field>
          <Field label={t('fields.sector')} required name="input.sector">
            {(p) => (
              <Select {...p} value={form.sector} options={SECTORS} label={(s) => sectorLabel(s, lang)} onChange={(s) => set('sector', s)} />
            )}
          </Field>
          <Field label={t('fields.language')} name="input.language">
            {(p) => (
              <Select {...p} value={form.language} options={WORKING_LANGUAGES} label={(l) => t(`enums.workingLanguage.${l}`)} onChange={(l) => set('language', l)} />
            )}
          </Field>
        </div>
        <fieldset className="choices inline" id={errors.idOf('input.levels')} tabIndex={-1} aria-describedby={errors.errorFor('input.levels') ? `${errors.idOf('input.levels')}-error` : undefined}>
          <legend>
            {t('fields.levels')}
            <span className="required" aria-hidden="true">
              {' '}
              *
            </span>
          </legend>
          <FieldError name="input.levels" label={t('fields.levels')} />
          <ul>
            {STUDY_LEVELS.map((level) => (
              <li key={level}>
                <input
                  id={`level-${level}`}
                  type="checkbox"
                  checked={form.levels.includes(level)}
                  onChange={(e) => set('levels', e.target.checked ? [...form.levels, level] : form.levels.filter((l) => l !== level))}
                />
                <label htmlFor={`level-${level}`}>{t(`enums.studyLevel.${level}`)}</label>
              </li>
            ))}
          </ul>
        </fieldset>
        <SkillsEditor legend={t('editor.requiredSkills')} hint={t('editor.requiredSkillsHint')} value={form.requiredSkills} onChange={(v) => set('requiredSkills', v)} />
        <FieldError name="input.requiredSkills" label={t('editor.requiredSkills')} />
        <SkillsEditor legend={t('editor.niceToHaveSkills')} value={form.niceToHaveSkills} onChange={(v) => set('niceToHaveSkills', v)} defaultLevel={1} />
        <FieldError name="input.niceToHaveSkills" label={t('editor.niceToHaveSkills')} />
        <fieldset>
          <legend>{t('editor.whenWhere')}</legend>
          <div className="grid three">
            <TextField label={t('fields.periodStart')} required name="input.periodStart" type="date" value={form.periodStart} onChange={(v) => set('periodStart', v)} />
            <TextField label={t('fields.periodEnd')} required name="input.periodEnd" type="date" value={form.periodEnd} onChange={(v) => set('periodEnd', v)} />
            <TextField label={t('fields.applicationDeadline')} name="input.applicationDeadline" type="date" value={form.applicationDeadline} onChange={(v) => set('applicationDeadline', v)} />
            <TextField label={t('fields.hoursPerWeek')} required hint={t('editor.hoursHint')} name="input.hoursPerWeek" type="number" min={4} max={40} value={form.hoursPerWeek} onChange={(v) => set('hoursPerWeek', v)} />
            <TextField label={t('fields.places')} required hint={t('editor.placesHint')} name="input.places" type="number" min={1} max={50} value={form.places} onChange={(v) => set('places', v)} />
            <TextField label={t('fields.allowancePerMonth')} hint={t('editor.allowanceHint')} name="input.allowancePerMonth" type="number" min={0} max={10000} step={10} value={form.allowancePerMonth} onChange={(v) => set('allowancePerMonth', v)} />
          </div>
          <div className="grid two">
            <Field label={t('fields.workLocation')} required hint={t('editor.locationHint')} name="input.municipalityId">
              {(p) => (
                <select {...p} value={form.municipalityId} onChange={(e) => set('municipalityId', e.target.value)}>
                  <MunicipalityOptions municipalities={data.municipalities} />
                </select>
              )}
            </Field>
            <Checkbox id="remote" className="align-end" label={t('fields.remote')} checked={form.remote} onChange={(v) => set('remote', v)} />
          </div>
        </fieldset>
        <ErrorMessage error={errors.otherError} />
        <div className="actions">
          {status === 'DRAFT' ? (
            <>
              <button type="submit" className="button-secondary" disabled={Boolean(pending)}>
                {pending === 'draft' ? t('common.saving') : t('editor.saveDraft')}
              </button>
              <button type="button" disabled={Boolean(pending) || !approved} onClick={() => void save('publish')} aria-describedby={!approved ? 'publish-hint' : undefined}>
                {pending === 'publish' ? t('common.saving') : t('editor.saveAndPublish')}
              </button>
              {!approved && (
                <p id="publish-hint" className="hint">
                  {t('editor.publishAfterApproval')}
                </p>
              )}
            </>
          ) : (
            <button type="submit" disabled={Boolean(pending) || status === 'CLOSED'}>
              {pending === 'publish' ? t('common.saving') : t('common.save')}
            </button>
          )}
          {status === 'PUBLISHED' && (
            <button type="button" className="button-danger" disabled={Boolean(pending)} onClick={() => setConfirmClose(true)}>
              {pending === 'close' ? t('common.saving') : t('editor.close')}
            </button>
          )}
        </div>
      </form>
      </FormErrorsProvider>
      <ConfirmDialog
        open={confirmClose}
        title={t('confirm.closeTitle', { title: form.title.trim() })}
        text={t('confirm.closeText')}
        confirmLabel={t('confirm.closeYes')}
        danger
        pending={pending === 'close'}
        onConfirm={() => void save('close')}
        error={errors.otherError}
        onCancel={() => setConfirmClose(false)}
      />
    </>
  );
}

import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation } from '../../api/hooks';
import { useAuth } from '../../auth/AuthContext';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ErrorSummary, FieldError, FormErrorsProvider, useFormErrors } from '../../components/FormErrors';
import { Field } from '../../components/Field';
import { PrivacyNote } from '../../components/PrivacyNote';
import { PageHeading } from '../../components/PageHeading';
import { SkillsEditor, type SkillLevelValue } from '../../components/SkillsEditor';
import { REGISTER_STUDENT } from './queries';
import { StudyPathFields, type StudyPath } from './StudyPathFields';
import { EmailField, NewPasswordField } from '../account/AccountForm';
import { apiLanguage } from '../../i18n';

export function RegisterStudentPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { signIn } = useAuth();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [path, setPath] = useState<StudyPath>({ institutionId: '', programmeId: '', level: 'BACHELOR', studyYear: 3 });
  const [skills, setSkills] = useState<SkillLevelValue[]>([]);
  const [discoverable, setDiscoverable] = useState(false);
  const register = useMutation(REGISTER_STUDENT);
  const [signInError, setSignInError] = useState<unknown>();
  const errors = useFormErrors();
  // show is stable (useCallback); the whole errors object changes with every error shown.
  const { show: showErrors } = errors;
  useEffect(() => showErrors(register.error), [register.error, showErrors]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const required = { 'input.name': name, 'input.email': email, 'input.password': password, 'input.institutionId': path.institutionId, 'input.programmeId': path.programmeId };
    if (!errors.checkRequired(required)) return;
    const done = await register.run({ input: { name: name.trim(), email: email.trim(), password, ...path, skills, discoverable }, language: apiLanguage() });
    if (!done) return;
    try {
      await signIn(email.trim(), password);
      navigate('/student/profile', { state: { welcome: true } });
    } catch (err) {
      setSignInError(err);
    }
  };
  return (
    <section className="narrow" aria-labelledby="page-title">
      <PageHeading>{t('registerStudent.title')}</PageHeading>
      <p className="lead">{t('registerStudent.lead')}</p>
      <FormErrorsProvider value={errors}>
      <form onSubmit={submit} className="form" noValidate>
        <ErrorSummary />
        <fieldset>
          <legend>{t('fields.account')}</legend>
          <Field label={t('fields.name')} required name="input.name">
            {(p) => <input {...p} required autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} maxLength={120} />}
          </Field>
          <EmailField label={t('fields.email')} name="input.email" value={email} onChange={setEmail} />
          <NewPasswordField name="input.password" value={password} onChange={setPassword} />
        </fieldset>
        <StudyPathFields value={path} onChange={setPath} />
        <SkillsEditor legend={t('skills.passport')} hint={t('skills.passportHint')} value={skills} onChange={setSkills} />
        <FieldError name="input.skills" label={t('skills.passport')} />
        <div className="checkbox">
          <input id="discoverable" type="checkbox" checked={discoverable} onChange={(e) => setDiscoverable(e.target.checked)} aria-describedby="discoverable-hint" />
          <label htmlFor="discoverable">{t('fields.discoverable')}</label>
          <p id="discoverable-hint" className="hint">
            {t('fields.discoverableHint')}
          </p>
        </div>
        <PrivacyNote />
        <ErrorMessage error={errors.otherError ?? signInError} />
        <button type="submit" disabled={register.pending}>
          {register.pending ? t('common.saving') : t('registerStudent.submit')}
        </button>
      </form>
      </FormErrorsProvider>
      <p>
        {t('registerStudent.haveAccount')} <Link to="/signin">{t('nav.signIn')}</Link>
      </p>
    </section>
  );
}

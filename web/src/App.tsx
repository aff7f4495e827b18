import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { RequireRole } from './auth/RequireRole';
import { Layout } from './components/Layout';
import { Loading } from './components/Loading';
import { AccountPage } from './pages/account/AccountPage';
import { ForgotPasswordPage } from './pages/account/ForgotPasswordPage';
import { ResetPasswordPage } from './pages/account/ResetPasswordPage';
import { VerifyEmailPage } from './pages/account/VerifyEmailPage';
import { AssignmentPage } from './pages/assignment/AssignmentPage';
import { CompanyPage } from './pages/company-public/CompanyPage';
import { ApplicantsPage } from './pages/company/ApplicantsPage';
import { AssignmentEditorPage } from './pages/company/AssignmentEditorPage';
import { CompanyHomePage } from './pages/company/CompanyHomePage';
import { CompanyProfilePage } from './pages/company/CompanyProfilePage';
import { HomePage } from './pages/home/HomePage';
import { NotFoundPage } from './pages/NotFoundPage';
import { NotificationsPage } from './pages/notifications/NotificationsPage';
import { PrivacyPage } from './pages/privacy/PrivacyPage';
import { RegisterCompanyPage } from './pages/register/RegisterCompanyPage';
import { RegisterStudentPage } from './pages/register/RegisterStudentPage';
import { SearchPage } from './pages/search/SearchPage';
import { SignInPage } from './pages/signin/SignInPage';
import { OrganisationsPage } from './pages/staff/OrganisationsPage';
import { MyApplicationsPage } from './pages/student/MyApplicationsPage';
import { ProfilePage } from './pages/student/ProfilePage';
import { StudentHomePage } from './pages/student/StudentHomePage';

// The dashboard carries the chart library; only staff download it.
const GoalDashboardPage = lazy(() => import('./pages/staff/GoalDashboardPage'));
const ProgressAuditPage = lazy(() => import('./pages/staff/ProgressAuditPage'));

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="signin" element={<SignInPage />} />
        <Route path="forgot-password" element={<ForgotPasswordPage />} />
        <Route path="reset-password" element={<ResetPasswordPage />} />
        <Route path="verify-email" element={<VerifyEmailPage />} />
        <Route path="account" element={<RequireRole><AccountPage /></RequireRole>} />
        <Route path="register/student" element={<RegisterStudentPage />} />
        <Route path="register/company" element={<RegisterCompanyPage />} />
        <Route path="assignments" element={<SearchPage />} />
        <Route path="assignments/:id" element={<AssignmentPage />} />
        <Route path="companies/:id" element={<CompanyPage />} />
        <Route path="notifications" element={<NotificationsPage />} />
        <Route path="privacy" element={<PrivacyPage />} />

        <Route path="student" element={<RequireRole role="STUDENT"><StudentHomePage /></RequireRole>} />
        <Route path="student/profile" element={<RequireRole role="STUDENT"><ProfilePage /></RequireRole>} />
        <Route path="student/applications" element={<RequireRole role="STUDENT"><MyApplicationsPage /></RequireRole>} />

        <Route path="company" element={<RequireRole role="COMPANY"><CompanyHomePage /></RequireRole>} />
        <Route path="company/profile" element={<RequireRole role="COMPANY"><CompanyProfilePage /></RequireRole>} />
        <Route path="company/assignments/new" element={<RequireRole role="COMPANY"><AssignmentEditorPage /></RequireRole>} />
        <Route path="company/assignments/:id/edit" element={<RequireRole role="COMPANY"><AssignmentEditorPage /></RequireRole>} />
        <Route path="company/assignments/:id/applicants" element={<RequireRole role="COMPANY"><ApplicantsPage /></RequireRole>} />

        <Route
          path="staff"
          element={
            <RequireRole role="STAFF">
              <Suspense fallback={<Loading />}>
                <GoalDashboardPage />
              </Suspense>
            </RequireRole>
          }
        />
        <Route
          path="staff/audit"
          element={
            <RequireRole role="STAFF">
              <Suspense fallback={<Loading />}>
                <ProgressAuditPage />
              </Suspense>
            </RequireRole>
          }
        />
        <Route path="staff/organisations" element={<RequireRole role="STAFF"><OrganisationsPage /></RequireRole>} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

import { lazy, Suspense } from 'react';
import { Outlet, Route, Routes } from 'react-router';
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

        {/* Each role's pages behind one check (a pathless layout route per role). */}
        <Route element={<RequireRole role="STUDENT"><Outlet /></RequireRole>}>
          <Route path="student" element={<StudentHomePage />} />
          <Route path="student/profile" element={<ProfilePage />} />
          <Route path="student/applications" element={<MyApplicationsPage />} />
        </Route>

        <Route element={<RequireRole role="COMPANY"><Outlet /></RequireRole>}>
          <Route path="company" element={<CompanyHomePage />} />
          <Route path="company/profile" element={<CompanyProfilePage />} />
          <Route path="company/assignments/new" element={<AssignmentEditorPage />} />
          <Route path="company/assignments/:id/edit" element={<AssignmentEditorPage />} />
          <Route path="company/assignments/:id/applicants" element={<ApplicantsPage />} />
        </Route>

        <Route
          element={
            <RequireRole role="STAFF">
              <Suspense fallback={<Loading />}>
                <Outlet />
              </Suspense>
            </RequireRole>
          }
        >
          <Route path="staff" element={<GoalDashboardPage />} />
          <Route path="staff/audit" element={<ProgressAuditPage />} />
          <Route path="staff/organisations" element={<OrganisationsPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

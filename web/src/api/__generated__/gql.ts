/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      accountId\n      role\n      emailVerified\n      student { id name }\n      company { id name status }\n    }\n  }\n": typeof types.MeDocument,
    "mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }": typeof types.SignInDocument,
    "\n  fragment AssignmentCard on Assignment {\n    id\n    title\n    type\n    sector\n    periodStart\n    periodEnd\n    hoursPerWeek\n    remote\n    placesLeft\n    company { id name }\n    municipality { name }\n  }\n": typeof types.AssignmentCardFragmentDoc,
    "\n  fragment Fit on Match {\n    score\n    eligible\n    reasons\n  }\n": typeof types.FitFragmentDoc,
    "\n  fragment StatusChangeFields on StatusChange {\n    from\n    to\n    by\n    at\n    note\n    reason\n  }\n": typeof types.StatusChangeFieldsFragmentDoc,
    "\n  fragment CompanyAbout on Company {\n    id\n    name\n    sector\n    website\n    description\n    impactLabel\n    mboAkkoord\n  }\n": typeof types.CompanyAboutFragmentDoc,
    "\n  fragment AssignmentTerms on Assignment {\n    id\n    title\n    description\n    type\n    levels\n    sector\n    status\n    requiredSkills { skill { id } level }\n    niceToHaveSkills { skill { id } level }\n    periodStart\n    periodEnd\n    hoursPerWeek\n    municipality { id }\n    remote\n    places\n    applicationDeadline\n    allowancePerMonth\n    language\n  }\n": typeof types.AssignmentTermsFragmentDoc,
    "\n  fragment ApplicationProgress on Application {\n    id\n    status\n    allowedMoves\n    motivation\n    submittedAt\n    updatedAt\n    history { ...StatusChangeFields }\n    offerAnswerBy\n    placement { id status startDate endDate confirmedAt countsTowardGoal }\n  }\n": typeof types.ApplicationProgressFragmentDoc,
    "\n  query FindSkills($query: String!, $language: Language, $limit: Int) {\n    skills(query: $query, language: $language, limit: $limit) { id }\n  }\n": typeof types.FindSkillsDocument,
    "\n  mutation RequestPasswordReset($email: String!, $language: Language) {\n    requestPasswordReset(email: $email, language: $language)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n": typeof types.ResetPasswordDocument,
    "mutation VerifyEmail($token: String!) { verifyEmail(token: $token) }": typeof types.VerifyEmailDocument,
    "mutation ResendVerification($language: Language) { resendVerification(language: $language) }": typeof types.ResendVerificationDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { token }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation ChangeEmail($newEmail: String!, $password: String!, $language: Language) {\n    changeEmail(newEmail: $newEmail, password: $password, language: $language)\n  }\n": typeof types.ChangeEmailDocument,
    "\n  query MyData($id: ID!) {\n    student(id: $id) {\n      ...StudentProfileFields\n      registeredAt\n      # The names beside the profile's ids: the download is read without the app's vocabularies.\n      institution { name }\n      programme { name }\n      skills { skill { name } }\n      preferences { municipalities { name } }\n      applications(pageSize: 100) {\n        id\n        status\n        motivation\n        submittedAt\n        updatedAt\n        offerAnswerBy\n        assignment { id title }\n        history { ...StatusChangeFields }\n      }\n      placements(pageSize: 100) { id status confirmedAt startDate endDate cancelledAt cancelReason cancelledAfterStart assignment { id title } }\n    }\n    notifications(pageSize: 100) {\n      total\n      items { ...InboxItem }\n    }\n    notificationPreferences { ...MailPreference }\n    savedSearches {\n      id\n      name\n      query\n      createdAt\n      filter { sectors types levels municipalityIds workModes minHours maxHours }\n    }\n  }\n": typeof types.MyDataDocument,
    "mutation EraseMe($id: ID!) { eraseStudent(id: $id) { studentId erasedAt } }": typeof types.EraseMeDocument,
    "\n  query AssignmentPage($id: ID!) {\n    assignment(id: $id) {\n      ...AssignmentTerms\n      municipality { name inRegion }\n      company { ...CompanyAbout municipality { name } }\n      placesLeft\n      filled\n      publishedAt\n      openForApplications\n      canApply { allowed reason }\n    }\n  }\n": typeof types.AssignmentPageDocument,
    "\n  query AssignmentStudentFit($id: ID!, $studentId: ID!, $language: Language) {\n    student(id: $studentId) {\n      id\n      level\n      skills { skill { id } level }\n      applications { id status assignment { id } }\n    }\n    assignment(id: $id) {\n      id\n      matchFor(studentId: $studentId, language: $language) { ...Fit }\n    }\n  }\n": typeof types.AssignmentStudentFitDocument,
    "\n  mutation Apply($assignmentId: ID!, $motivation: String!) {\n    apply(assignmentId: $assignmentId, motivation: $motivation) { id status }\n  }\n": typeof types.ApplyDocument,
    "\n  query CompanyPage($id: ID!) {\n    company(id: $id) {\n      ...CompanyAbout\n      status\n      municipality { name inRegion }\n      assignments {\n        ...AssignmentCard\n        status\n      }\n    }\n  }\n": typeof types.CompanyPageDocument,
    "\n  query CompanyHome($companyId: ID!) {\n    company(id: $companyId) {\n      ...CompanyAbout\n      kvkNumber\n      status\n      reviewStatus\n      reviewNote\n      registeredAt\n      municipality { name }\n      assignments {\n        id\n        title\n        status\n        type\n        places\n        placesLeft\n        filled\n        periodStart\n        periodEnd\n        createdAt\n        applications { id status allowedMoves }\n      }\n    }\n  }\n": typeof types.CompanyHomeDocument,
    "mutation PublishAssignment($id: ID!) { publishAssignment(id: $id) { id status } }": typeof types.PublishAssignmentDocument,
    "mutation CloseAssignment($id: ID!) { closeAssignment(id: $id) { id status } }": typeof types.CloseAssignmentDocument,
    "\n  query AssignmentEditor($id: ID!, $companyId: ID!, $withAssignment: Boolean!) {\n    company(id: $companyId) { id sector status municipality { id } }\n    municipalities { id name inRegion }\n    assignment(id: $id) @include(if: $withAssignment) { ...AssignmentTerms }\n  }\n": typeof types.AssignmentEditorDocument,
    "mutation CreateAssignment($input: AssignmentInput!) { createAssignment(input: $input) { id status } }": typeof types.CreateAssignmentDocument,
    "\n  mutation UpdateAssignment($id: ID!, $input: AssignmentUpdateInput!) {\n    updateAssignment(id: $id, input: $input) { id status }\n  }\n": typeof types.UpdateAssignmentDocument,
    "\n  fragment StudentSummary on Student {\n    id\n    name\n    level\n    studyYear\n    institution { name }\n    programme { name(language: $language) }\n  }\n": typeof types.StudentSummaryFragmentDoc,
    "\n  query Applicants($id: ID!, $language: Language) {\n    assignment(id: $id) {\n      id\n      title\n      status\n      places\n      placesLeft\n      filled\n      periodStart\n      applicationDeadline\n      requiredSkills { skill { id } level }\n      niceToHaveSkills { skill { id } level }\n      applications {\n        ...ApplicationProgress\n        student { ...StudentSummary skills { skill { id } level } }\n      }\n    }\n  }\n": typeof types.ApplicantsDocument,
    "\n  query RecommendedCandidates($id: ID!, $language: Language) {\n    recommendCandidates(assignmentId: $id, limit: 5, language: $language) {\n      ...Fit\n      student { ...StudentSummary }\n    }\n  }\n": typeof types.RecommendedCandidatesDocument,
    "\n  mutation MoveApplication($id: ID!, $status: ApplicationStatus!, $note: String, $answerBy: LocalDate) {\n    moveApplication(id: $id, status: $status, note: $note, answerBy: $answerBy) { id status offerAnswerBy }\n  }\n": typeof types.MoveApplicationDocument,
    "\n  mutation StartPlacement($id: ID!, $startDate: LocalDate!) {\n    startPlacement(id: $id, startDate: $startDate) { id status startDate countsTowardGoal }\n  }\n": typeof types.StartPlacementDocument,
    "\n  mutation CompletePlacement($id: ID!, $endDate: LocalDate) {\n    completePlacement(id: $id, endDate: $endDate) { id status endDate }\n  }\n": typeof types.CompletePlacementDocument,
    "\n  fragment CompanyProfileFields on Company {\n    ...CompanyAbout\n    municipality { id }\n    contactPerson { name email phone preferredLanguage }\n  }\n": typeof types.CompanyProfileFieldsFragmentDoc,
    "\n  query CompanyProfile($companyId: ID!) {\n    company(id: $companyId) { ...CompanyProfileFields }\n    municipalities { id name inRegion }\n  }\n": typeof types.CompanyProfileDocument,
    "\n  mutation UpdateCompanyProfile($id: ID!, $input: UpdateCompanyProfileInput!) {\n    updateCompanyProfile(id: $id, input: $input) { ...CompanyProfileFields }\n  }\n": typeof types.UpdateCompanyProfileDocument,
    "\n  query Home {\n    searchAssignments(pageSize: 3) {\n      total\n      hits {\n        assignment { id title type sector company { name } municipality { name } }\n      }\n    }\n  }\n": typeof types.HomeDocument,
    "\n  query UnreadNotifications {\n    notifications(unreadOnly: true, pageSize: 1) {\n      unreadCount\n    }\n  }\n": typeof types.UnreadNotificationsDocument,
    "\n  query Inbox($page: Int!, $pageSize: Int!) {\n    notifications(page: $page, pageSize: $pageSize) {\n      total\n      unreadCount\n      items { ...InboxItem }\n    }\n  }\n": typeof types.InboxDocument,
    "\n  fragment InboxItem on Notification {\n    id\n    kind\n    createdAt\n    readAt\n    link\n    title\n    body\n  }\n": typeof types.InboxItemFragmentDoc,
    "mutation MarkNotificationsRead($ids: [ID!]!) { markNotificationsRead(ids: $ids) }": typeof types.MarkNotificationsReadDocument,
    "mutation MarkAllNotificationsRead { markAllNotificationsRead }": typeof types.MarkAllNotificationsReadDocument,
    "\n  fragment MailPreference on NotificationPreference { kind delivery }\n": typeof types.MailPreferenceFragmentDoc,
    "query MailPreferences { notificationPreferences { ...MailPreference } }": typeof types.MailPreferencesDocument,
    "\n  mutation SetMailPreference($kind: NotificationKind!, $delivery: MailDelivery!) {\n    setNotificationPreference(kind: $kind, delivery: $delivery) { ...MailPreference }\n  }\n": typeof types.SetMailPreferenceDocument,
    "\n  query SavedSearches {\n    savedSearches {\n      id\n      name\n      query\n      createdAt\n    }\n  }\n": typeof types.SavedSearchesDocument,
    "\n  mutation SaveSearch($input: SaveSearchInput!) {\n    saveSearch(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.SaveSearchDocument,
    "mutation DeleteSavedSearch($id: ID!) { deleteSavedSearch(id: $id) }": typeof types.DeleteSavedSearchDocument,
    "\n  query Institutions($language: Language) {\n    institutions {\n      id\n      name\n      city\n      programmes { id name(language: $language) levels sector }\n    }\n  }\n": typeof types.InstitutionsDocument,
    "\n  mutation RegisterStudent($input: RegisterStudentInput!, $language: Language) {\n    registerStudent(input: $input, language: $language) { id }\n  }\n": typeof types.RegisterStudentDocument,
    "query Municipalities { municipalities { id name inRegion } }": typeof types.MunicipalitiesDocument,
    "\n  mutation RegisterCompany($input: RegisterCompanyInput!, $language: Language) {\n    registerCompany(input: $input, language: $language) { id status }\n  }\n": typeof types.RegisterCompanyDocument,
    "\n  query SearchAssignments($query: String, $filter: AssignmentFilter, $sort: AssignmentSort, $page: Int, $pageSize: Int, $language: Language) {\n    searchAssignments(query: $query, filter: $filter, sort: $sort, page: $page, pageSize: $pageSize) {\n      total\n      page\n      pageSize\n      hits {\n        score\n        highlights { field snippet }\n        fit(language: $language) { ...Fit }\n        assignment {\n          ...AssignmentCard\n          levels\n          openForApplications\n          municipality { id }\n        }\n      }\n      facets {\n        sector { value count }\n        type { value count }\n        level { value count }\n        municipality { value count }\n        workMode { value count }\n      }\n    }\n  }\n": typeof types.SearchAssignmentsDocument,
    "\n  fragment PeriodTarget on Progress { year periodKind target targetIsDefault }\n": typeof types.PeriodTargetFragmentDoc,
    "\n  query GoalProgress($year: Int, $period: PeriodKind, $language: Language) {\n    placementProgress(year: $year, period: $period, language: $language) {\n      ...PeriodTarget\n      periodStart\n      periodEnd\n      asOf\n      count\n      expectedByNow\n      pace\n      forecast { low expected high }\n      forecastBacktest { meanAbsolutePercentageError }\n      targetHistory { at by from fromDefault to toDefault }\n      bySector { key label count }\n      byMunicipality { key label count }\n      byInstitution { key label count }\n      byType { key label count }\n      byLevel { key label count }\n      beside { adStudents nonFinalPhaseStudents cancelledAfterStart }\n      monthly { month count cumulative }\n      funnel { applications offers placements completed applicationToOffer offerToPlacement placementToCompleted }\n      previousYear {\n        year\n        count\n        target\n        monthly { month count cumulative }\n      }\n    }\n  }\n": typeof types.GoalProgressDocument,
    "\n  query GoalProgressCsv($year: Int, $period: PeriodKind, $language: Language) {\n    placementProgressCsv(year: $year, period: $period, language: $language)\n  }\n": typeof types.GoalProgressCsvDocument,
    "\n  query ProgressAuditCsv($year: Int, $period: PeriodKind, $language: Language) {\n    progressAuditCsv(year: $year, period: $period, language: $language)\n  }\n": typeof types.ProgressAuditCsvDocument,
    "\n  mutation SetPlacementTarget($year: Int!, $period: PeriodKind, $target: Int!) {\n    setPlacementTarget(year: $year, period: $period, target: $target) { ...PeriodTarget }\n  }\n": typeof types.SetPlacementTargetDocument,
    "\n  mutation ResetPlacementTarget($year: Int!, $period: PeriodKind) {\n    resetPlacementTarget(year: $year, period: $period) { ...PeriodTarget }\n  }\n": typeof types.ResetPlacementTargetDocument,
    "\n  fragment CompanyReview on Company { id reviewStatus reviewNote }\n": typeof types.CompanyReviewFragmentDoc,
    "\n  query Organisations {\n    pending: companies(status: PENDING, reviewStatus: [PENDING, INFORMATION_REQUESTED]) {\n      ...CompanyAbout\n      ...CompanyReview\n      reviewedAt\n      kvkNumber\n      registeredAt\n      municipality { name inRegion }\n      contactPerson { name email phone }\n    }\n    approved: companies(status: APPROVED) {\n      id\n      name\n      sector\n      municipality { name }\n    }\n  }\n": typeof types.OrganisationsDocument,
    "mutation ApproveCompany($id: ID!) { approveCompany(id: $id) { id status } }": typeof types.ApproveCompanyDocument,
    "\n  query ProgressAudit($year: Int, $period: PeriodKind, $filter: ProgressAuditFilter, $page: Int, $pageSize: Int) {\n    progressAudit(year: $year, period: $period, filter: $filter) {\n      year\n      periodKind\n      total\n      counted\n      rows(page: $page, pageSize: $pageSize) {\n        placementId\n        studentId\n        status\n        startDate\n        plannedStart\n        studyLevel\n        studyYear\n        institutionId\n        municipality\n        municipalityDecidedBy\n        countsTowardGoal\n        notCountedReason\n        attributedTo\n        correctionReason\n      }\n    }\n  }\n": typeof types.ProgressAuditDocument,
    "\n  mutation RejectCompany($id: ID!, $reason: String!) {\n    rejectCompany(id: $id, reason: $reason) { ...CompanyReview }\n  }\n": typeof types.RejectCompanyDocument,
    "\n  mutation RequestCompanyInformation($id: ID!, $message: String!) {\n    requestCompanyInformation(id: $id, message: $message) { ...CompanyReview }\n  }\n": typeof types.RequestCompanyInformationDocument,
    "\n  query StudentHome($studentId: ID!, $language: Language) {\n    student(id: $studentId) {\n      id\n      name\n      skills { skill { id } }\n      applications { id status allowedMoves }\n    }\n    recommendAssignments(studentId: $studentId, limit: 6, language: $language) {\n      ...Fit\n      assignment { ...AssignmentCard }\n    }\n  }\n": typeof types.StudentHomeDocument,
    "\n  fragment StudentProfileFields on Student {\n    id\n    name\n    email\n    institution { id }\n    programme { id }\n    level\n    studyYear\n    skills { skill { id } level }\n    preferences {\n      sectors\n      types\n      municipalities { id }\n      availableFrom\n      availableUntil\n      hoursPerWeek\n    }\n    discoverable\n    preferredLanguage\n  }\n": typeof types.StudentProfileFieldsFragmentDoc,
    "\n  query StudentProfile($studentId: ID!) {\n    municipalities { id name inRegion }\n    student(id: $studentId) { ...StudentProfileFields }\n  }\n": typeof types.StudentProfileDocument,
    "\n  mutation UpdateStudentProfile($id: ID!, $input: StudentProfileInput!) {\n    updateStudentProfile(id: $id, input: $input) { id name discoverable }\n  }\n": typeof types.UpdateStudentProfileDocument,
    "\n  query MyApplications($studentId: ID!) {\n    student(id: $studentId) {\n      id\n      applications {\n        ...ApplicationProgress\n        assignment {\n          id\n          title\n          periodStart\n          periodEnd\n          company { id name }\n          municipality { name }\n        }\n      }\n    }\n  }\n": typeof types.MyApplicationsDocument,
    "mutation AcceptOffer($applicationId: ID!) { acceptOffer(applicationId: $applicationId) { id status } }": typeof types.AcceptOfferDocument,
    "\n  mutation MoveOwnApplication($id: ID!, $status: ApplicationStatus!, $note: String) {\n    moveApplication(id: $id, status: $status, note: $note) { id status }\n  }\n": typeof types.MoveOwnApplicationDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      accountId\n      role\n      emailVerified\n      student { id name }\n      company { id name status }\n    }\n  }\n": types.MeDocument,
    "mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }": types.SignInDocument,
    "\n  fragment AssignmentCard on Assignment {\n    id\n    title\n    type\n    sector\n    periodStart\n    periodEnd\n    hoursPerWeek\n    remote\n    placesLeft\n    company { id name }\n    municipality { name }\n  }\n": types.AssignmentCardFragmentDoc,
    "\n  fragment Fit on Match {\n    score\n    eligible\n    reasons\n  }\n": types.FitFragmentDoc,
    "\n  fragment StatusChangeFields on StatusChange {\n    from\n    to\n    by\n    at\n    note\n    reason\n  }\n": types.StatusChangeFieldsFragmentDoc,
    "\n  fragment CompanyAbout on Company {\n    id\n    name\n    sector\n    website\n    description\n    impactLabel\n    mboAkkoord\n  }\n": types.CompanyAboutFragmentDoc,
    "\n  fragment AssignmentTerms on Assignment {\n    id\n    title\n    description\n    type\n    levels\n    sector\n    status\n    requiredSkills { skill { id } level }\n    niceToHaveSkills { skill { id } level }\n    periodStart\n    periodEnd\n    hoursPerWeek\n    municipality { id }\n    remote\n    places\n    applicationDeadline\n    allowancePerMonth\n    language\n  }\n": types.AssignmentTermsFragmentDoc,
    "\n  fragment ApplicationProgress on Application {\n    id\n    status\n    allowedMoves\n    motivation\n    submittedAt\n    updatedAt\n    history { ...StatusChangeFields }\n    offerAnswerBy\n    placement { id status startDate endDate confirmedAt countsTowardGoal }\n  }\n": types.ApplicationProgressFragmentDoc,
    "\n  query FindSkills($query: String!, $language: Language, $limit: Int) {\n    skills(query: $query, language: $language, limit: $limit) { id }\n  }\n": types.FindSkillsDocument,
    "\n  mutation RequestPasswordReset($email: String!, $language: Language) {\n    requestPasswordReset(email: $email, language: $language)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n": types.ResetPasswordDocument,
    "mutation VerifyEmail($token: String!) { verifyEmail(token: $token) }": types.VerifyEmailDocument,
    "mutation ResendVerification($language: Language) { resendVerification(language: $language) }": types.ResendVerificationDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { token }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation ChangeEmail($newEmail: String!, $password: String!, $language: Language) {\n    changeEmail(newEmail: $newEmail, password: $password, language: $language)\n  }\n": types.ChangeEmailDocument,
    "\n  query MyData($id: ID!) {\n    student(id: $id) {\n      ...StudentProfileFields\n      registeredAt\n      # The names beside the profile's ids: the download is read without the app's vocabularies.\n      institution { name }\n      programme { name }\n      skills { skill { name } }\n      preferences { municipalities { name } }\n      applications(pageSize: 100) {\n        id\n        status\n        motivation\n        submittedAt\n        updatedAt\n        offerAnswerBy\n        assignment { id title }\n        history { ...StatusChangeFields }\n      }\n      placements(pageSize: 100) { id status confirmedAt startDate endDate cancelledAt cancelReason cancelledAfterStart assignment { id title } }\n    }\n    notifications(pageSize: 100) {\n      total\n      items { ...InboxItem }\n    }\n    notificationPreferences { ...MailPreference }\n    savedSearches {\n      id\n      name\n      query\n      createdAt\n      filter { sectors types levels municipalityIds workModes minHours maxHours }\n    }\n  }\n": types.MyDataDocument,
    "mutation EraseMe($id: ID!) { eraseStudent(id: $id) { studentId erasedAt } }": types.EraseMeDocument,
    "\n  query AssignmentPage($id: ID!) {\n    assignment(id: $id) {\n      ...AssignmentTerms\n      municipality { name inRegion }\n      company { ...CompanyAbout municipality { name } }\n      placesLeft\n      filled\n      publishedAt\n      openForApplications\n      canApply { allowed reason }\n    }\n  }\n": types.AssignmentPageDocument,
    "\n  query AssignmentStudentFit($id: ID!, $studentId: ID!, $language: Language) {\n    student(id: $studentId) {\n      id\n      level\n      skills { skill { id } level }\n      applications { id status assignment { id } }\n    }\n    assignment(id: $id) {\n      id\n      matchFor(studentId: $studentId, language: $language) { ...Fit }\n    }\n  }\n": types.AssignmentStudentFitDocument,
    "\n  mutation Apply($assignmentId: ID!, $motivation: String!) {\n    apply(assignmentId: $assignmentId, motivation: $motivation) { id status }\n  }\n": types.ApplyDocument,
    "\n  query CompanyPage($id: ID!) {\n    company(id: $id) {\n      ...CompanyAbout\n      status\n      municipality { name inRegion }\n      assignments {\n        ...AssignmentCard\n        status\n      }\n    }\n  }\n": types.CompanyPageDocument,
    "\n  query CompanyHome($companyId: ID!) {\n    company(id: $companyId) {\n      ...CompanyAbout\n      kvkNumber\n      status\n      reviewStatus\n      reviewNote\n      registeredAt\n      municipality { name }\n      assignments {\n        id\n        title\n        status\n        type\n        places\n        placesLeft\n        filled\n        periodStart\n        periodEnd\n        createdAt\n        applications { id status allowedMoves }\n      }\n    }\n  }\n": types.CompanyHomeDocument,
    "mutation PublishAssignment($id: ID!) { publishAssignment(id: $id) { id status } }": types.PublishAssignmentDocument,
    "mutation CloseAssignment($id: ID!) { closeAssignment(id: $id) { id status } }": types.CloseAssignmentDocument,
    "\n  query AssignmentEditor($id: ID!, $companyId: ID!, $withAssignment: Boolean!) {\n    company(id: $companyId) { id sector status municipality { id } }\n    municipalities { id name inRegion }\n    assignment(id: $id) @include(if: $withAssignment) { ...AssignmentTerms }\n  }\n": types.AssignmentEditorDocument,
    "mutation CreateAssignment($input: AssignmentInput!) { createAssignment(input: $input) { id status } }": types.CreateAssignmentDocument,
    "\n  mutation UpdateAssignment($id: ID!, $input: AssignmentUpdateInput!) {\n    updateAssignment(id: $id, input: $input) { id status }\n  }\n": types.UpdateAssignmentDocument,
    "\n  fragment StudentSummary on Student {\n    id\n    name\n    level\n    studyYear\n    institution { name }\n    programme { name(language: $language) }\n  }\n": types.StudentSummaryFragmentDoc,
    "\n  query Applicants($id: ID!, $language: Language) {\n    assignment(id: $id) {\n      id\n      title\n      status\n      places\n      placesLeft\n      filled\n      periodStart\n      applicationDeadline\n      requiredSkills { skill { id } level }\n      niceToHaveSkills { skill { id } level }\n      applications {\n        ...ApplicationProgress\n        student { ...StudentSummary skills { skill { id } level } }\n      }\n    }\n  }\n": types.ApplicantsDocument,
    "\n  query RecommendedCandidates($id: ID!, $language: Language) {\n    recommendCandidates(assignmentId: $id, limit: 5, language: $language) {\n      ...Fit\n      student { ...StudentSummary }\n    }\n  }\n": types.RecommendedCandidatesDocument,
    "\n  mutation MoveApplication($id: ID!, $status: ApplicationStatus!, $note: String, $answerBy: LocalDate) {\n    moveApplication(id: $id, status: $status, note: $note, answerBy: $answerBy) { id status offerAnswerBy }\n  }\n": types.MoveApplicationDocument,
    "\n  mutation StartPlacement($id: ID!, $startDate: LocalDate!) {\n    startPlacement(id: $id, startDate: $startDate) { id status startDate countsTowardGoal }\n  }\n": types.StartPlacementDocument,
    "\n  mutation CompletePlacement($id: ID!, $endDate: LocalDate) {\n    completePlacement(id: $id, endDate: $endDate) { id status endDate }\n  }\n": types.CompletePlacementDocument,
    "\n  fragment CompanyProfileFields on Company {\n    ...CompanyAbout\n    municipality { id }\n    contactPerson { name email phone preferredLanguage }\n  }\n": types.CompanyProfileFieldsFragmentDoc,
    "\n  query CompanyProfile($companyId: ID!) {\n    company(id: $companyId) { ...CompanyProfileFields }\n    municipalities { id name inRegion }\n  }\n": types.CompanyProfileDocument,
    "\n  mutation UpdateCompanyProfile($id: ID!, $input: UpdateCompanyProfileInput!) {\n    updateCompanyProfile(id: $id, input: $input) { ...CompanyProfileFields }\n  }\n": types.UpdateCompanyProfileDocument,
    "\n  query Home {\n    searchAssignments(pageSize: 3) {\n      total\n      hits {\n        assignment { id title type sector company { name } municipality { name } }\n      }\n    }\n  }\n": types.HomeDocument,
    "\n  query UnreadNotifications {\n    notifications(unreadOnly: true, pageSize: 1) {\n      unreadCount\n    }\n  }\n": types.UnreadNotificationsDocument,
    "\n  query Inbox($page: Int!, $pageSize: Int!) {\n    notifications(page: $page, pageSize: $pageSize) {\n      total\n      unreadCount\n      items { ...InboxItem }\n    }\n  }\n": types.InboxDocument,
    "\n  fragment InboxItem on Notification {\n    id\n    kind\n    createdAt\n    readAt\n    link\n    title\n    body\n  }\n": types.InboxItemFragmentDoc,
    "mutation MarkNotificationsRead($ids: [ID!]!) { markNotificationsRead(ids: $ids) }": types.MarkNotificationsReadDocument,
    "mutation MarkAllNotificationsRead { markAllNotificationsRead }": types.MarkAllNotificationsReadDocument,
    "\n  fragment MailPreference on NotificationPreference { kind delivery }\n": types.MailPreferenceFragmentDoc,
    "query MailPreferences { notificationPreferences { ...MailPreference } }": types.MailPreferencesDocument,
    "\n  mutation SetMailPreference($kind: NotificationKind!, $delivery: MailDelivery!) {\n    setNotificationPreference(kind: $kind, delivery: $delivery) { ...MailPreference }\n  }\n": types.SetMailPreferenceDocument,
    "\n  query SavedSearches {\n    savedSearches {\n      id\n      name\n      query\n      createdAt\n    }\n  }\n": types.SavedSearchesDocument,
    "\n  mutation SaveSearch($input: SaveSearchInput!) {\n    saveSearch(input: $input) {\n      id\n      name\n    }\n  }\n": types.SaveSearchDocument,
    "mutation DeleteSavedSearch($id: ID!) { deleteSavedSearch(id: $id) }": types.DeleteSavedSearchDocument,
    "\n  query Institutions($language: Language) {\n    institutions {\n      id\n      name\n      city\n      programmes { id name(language: $language) levels sector }\n    }\n  }\n": types.InstitutionsDocument,
    "\n  mutation RegisterStudent($input: RegisterStudentInput!, $language: Language) {\n    registerStudent(input: $input, language: $language) { id }\n  }\n": types.RegisterStudentDocument,
    "query Municipalities { municipalities { id name inRegion } }": types.MunicipalitiesDocument,
    "\n  mutation RegisterCompany($input: RegisterCompanyInput!, $language: Language) {\n    registerCompany(input: $input, language: $language) { id status }\n  }\n": types.RegisterCompanyDocument,
    "\n  query SearchAssignments($query: String, $filter: AssignmentFilter, $sort: AssignmentSort, $page: Int, $pageSize: Int, $language: Language) {\n    searchAssignments(query: $query, filter: $filter, sort: $sort, page: $page, pageSize: $pageSize) {\n      total\n      page\n      pageSize\n      hits {\n        score\n        highlights { field snippet }\n        fit(language: $language) { ...Fit }\n        assignment {\n          ...AssignmentCard\n          levels\n          openForApplications\n          municipality { id }\n        }\n      }\n      facets {\n        sector { value count }\n        type { value count }\n        level { value count }\n        municipality { value count }\n        workMode { value count }\n      }\n    }\n  }\n": types.SearchAssignmentsDocument,
    "\n  fragment PeriodTarget on Progress { year periodKind target targetIsDefault }\n": types.PeriodTargetFragmentDoc,
    "\n  query GoalProgress($year: Int, $period: PeriodKind, $language: Language) {\n    placementProgress(year: $year, period: $period, language: $language) {\n      ...PeriodTarget\n      periodStart\n      periodEnd\n      asOf\n      count\n      expectedByNow\n      pace\n      forecast { low expected high }\n      forecastBacktest { meanAbsolutePercentageError }\n      targetHistory { at by from fromDefault to toDefault }\n      bySector { key label count }\n      byMunicipality { key label count }\n      byInstitution { key label count }\n      byType { key label count }\n      byLevel { key label count }\n      beside { adStudents nonFinalPhaseStudents cancelledAfterStart }\n      monthly { month count cumulative }\n      funnel { applications offers placements completed applicationToOffer offerToPlacement placementToCompleted }\n      previousYear {\n        year\n        count\n        target\n        monthly { month count cumulative }\n      }\n    }\n  }\n": types.GoalProgressDocument,
    "\n  query GoalProgressCsv($year: Int, $period: PeriodKind, $language: Language) {\n    placementProgressCsv(year: $year, period: $period, language: $language)\n  }\n": types.GoalProgressCsvDocument,
    "\n  query ProgressAuditCsv($year: Int, $period: PeriodKind, $language: Language) {\n    progressAuditCsv(year: $year, period: $period, language: $language)\n  }\n": types.ProgressAuditCsvDocument,
    "\n  mutation SetPlacementTarget($year: Int!, $period: PeriodKind, $target: Int!) {\n    setPlacementTarget(year: $year, period: $period, target: $target) { ...PeriodTarget }\n  }\n": types.SetPlacementTargetDocument,
    "\n  mutation ResetPlacementTarget($year: Int!, $period: PeriodKind) {\n    resetPlacementTarget(year: $year, period: $period) { ...PeriodTarget }\n  }\n": types.ResetPlacementTargetDocument,
    "\n  fragment CompanyReview on Company { id reviewStatus reviewNote }\n": types.CompanyReviewFragmentDoc,
    "\n  query Organisations {\n    pending: companies(status: PENDING, reviewStatus: [PENDING, INFORMATION_REQUESTED]) {\n      ...CompanyAbout\n      ...CompanyReview\n      reviewedAt\n      kvkNumber\n      registeredAt\n      municipality { name inRegion }\n      contactPerson { name email phone }\n    }\n    approved: companies(status: APPROVED) {\n      id\n      name\n      sector\n      municipality { name }\n    }\n  }\n": types.OrganisationsDocument,
    "mutation ApproveCompany($id: ID!) { approveCompany(id: $id) { id status } }": types.ApproveCompanyDocument,
    "\n  query ProgressAudit($year: Int, $period: PeriodKind, $filter: ProgressAuditFilter, $page: Int, $pageSize: Int) {\n    progressAudit(year: $year, period: $period, filter: $filter) {\n      year\n      periodKind\n      total\n      counted\n      rows(page: $page, pageSize: $pageSize) {\n        placementId\n        studentId\n        status\n        startDate\n        plannedStart\n        studyLevel\n        studyYear\n        institutionId\n        municipality\n        municipalityDecidedBy\n        countsTowardGoal\n        notCountedReason\n        attributedTo\n        correctionReason\n      }\n    }\n  }\n": types.ProgressAuditDocument,
    "\n  mutation RejectCompany($id: ID!, $reason: String!) {\n    rejectCompany(id: $id, reason: $reason) { ...CompanyReview }\n  }\n": types.RejectCompanyDocument,
    "\n  mutation RequestCompanyInformation($id: ID!, $message: String!) {\n    requestCompanyInformation(id: $id, message: $message) { ...CompanyReview }\n  }\n": types.RequestCompanyInformationDocument,
    "\n  query StudentHome($studentId: ID!, $language: Language) {\n    student(id: $studentId) {\n      id\n      name\n      skills { skill { id } }\n      applications { id status allowedMoves }\n    }\n    recommendAssignments(studentId: $studentId, limit: 6, language: $language) {\n      ...Fit\n      assignment { ...AssignmentCard }\n    }\n  }\n": types.StudentHomeDocument,
    "\n  fragment StudentProfileFields on Student {\n    id\n    name\n    email\n    institution { id }\n    programme { id }\n    level\n    studyYear\n    skills { skill { id } level }\n    preferences {\n      sectors\n      types\n      municipalities { id }\n      availableFrom\n      availableUntil\n      hoursPerWeek\n    }\n    discoverable\n    preferredLanguage\n  }\n": types.StudentProfileFieldsFragmentDoc,
    "\n  query StudentProfile($studentId: ID!) {\n    municipalities { id name inRegion }\n    student(id: $studentId) { ...StudentProfileFields }\n  }\n": types.StudentProfileDocument,
    "\n  mutation UpdateStudentProfile($id: ID!, $input: StudentProfileInput!) {\n    updateStudentProfile(id: $id, input: $input) { id name discoverable }\n  }\n": types.UpdateStudentProfileDocument,
    "\n  query MyApplications($studentId: ID!) {\n    student(id: $studentId) {\n      id\n      applications {\n        ...ApplicationProgress\n        assignment {\n          id\n          title\n          periodStart\n          periodEnd\n          company { id name }\n          municipality { name }\n        }\n      }\n    }\n  }\n": types.MyApplicationsDocument,
    "mutation AcceptOffer($applicationId: ID!) { acceptOffer(applicationId: $applicationId) { id status } }": types.AcceptOfferDocument,
    "\n  mutation MoveOwnApplication($id: ID!, $status: ApplicationStatus!, $note: String) {\n    moveApplication(id: $id, status: $status, note: $note) { id status }\n  }\n": types.MoveOwnApplicationDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      accountId\n      role\n      emailVerified\n      student { id name }\n      company { id name status }\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }"): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssignmentCard on Assignment {\n    id\n    title\n    type\n    sector\n    periodStart\n    periodEnd\n    hoursPerWeek\n    remote\n    placesLeft\n    company { id name }\n    municipality { name }\n  }\n"): typeof import('./graphql').AssignmentCardFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Fit on Match {\n    score\n    eligible\n    reasons\n  }\n"): typeof import('./graphql').FitFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StatusChangeFields on StatusChange {\n    from\n    to\n    by\n    at\n    note\n    reason\n  }\n"): typeof import('./graphql').StatusChangeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CompanyAbout on Company {\n    id\n    name\n    sector\n    website\n    description\n    impactLabel\n    mboAkkoord\n  }\n"): typeof import('./graphql').CompanyAboutFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssignmentTerms on Assignment {\n    id\n    title\n    description\n    type\n    levels\n    sector\n    status\n    requiredSkills { skill { id } level }\n    niceToHaveSkills { skill { id } level }\n    periodStart\n    periodEnd\n    hoursPerWeek\n    municipality { id }\n    remote\n    places\n    applicationDeadline\n    allowancePerMonth\n    language\n  }\n"): typeof import('./graphql').AssignmentTermsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApplicationProgress on Application {\n    id\n    status\n    allowedMoves\n    motivation\n    submittedAt\n    updatedAt\n    history { ...StatusChangeFields }\n    offerAnswerBy\n    placement { id status startDate endDate confirmedAt countsTowardGoal }\n  }\n"): typeof import('./graphql').ApplicationProgressFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindSkills($query: String!, $language: Language, $limit: Int) {\n    skills(query: $query, language: $language, limit: $limit) { id }\n  }\n"): typeof import('./graphql').FindSkillsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!, $language: Language) {\n    requestPasswordReset(email: $email, language: $language)\n  }\n"): typeof import('./graphql').RequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VerifyEmail($token: String!) { verifyEmail(token: $token) }"): typeof import('./graphql').VerifyEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResendVerification($language: Language) { resendVerification(language: $language) }"): typeof import('./graphql').ResendVerificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { token }\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeEmail($newEmail: String!, $password: String!, $language: Language) {\n    changeEmail(newEmail: $newEmail, password: $password, language: $language)\n  }\n"): typeof import('./graphql').ChangeEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyData($id: ID!) {\n    student(id: $id) {\n      ...StudentProfileFields\n      registeredAt\n      # The names beside the profile's ids: the download is read without the app's vocabularies.\n      institution { name }\n      programme { name }\n      skills { skill { name } }\n      preferences { municipalities { name } }\n      applications(pageSize: 100) {\n        id\n        status\n        motivation\n        submittedAt\n        updatedAt\n        offerAnswerBy\n        assignment { id title }\n        history { ...StatusChangeFields }\n      }\n      placements(pageSize: 100) { id status confirmedAt startDate endDate cancelledAt cancelReason cancelledAfterStart assignment { id title } }\n    }\n    notifications(pageSize: 100) {\n      total\n      items { ...InboxItem }\n    }\n    notificationPreferences { ...MailPreference }\n    savedSearches {\n      id\n      name\n      query\n      createdAt\n      filter { sectors types levels municipalityIds workModes minHours maxHours }\n    }\n  }\n"): typeof import('./graphql').MyDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EraseMe($id: ID!) { eraseStudent(id: $id) { studentId erasedAt } }"): typeof import('./graphql').EraseMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssignmentPage($id: ID!) {\n    assignment(id: $id) {\n      ...AssignmentTerms\n      municipality { name inRegion }\n      company { ...CompanyAbout municipality { name } }\n      placesLeft\n      filled\n      publishedAt\n      openForApplications\n      canApply { allowed reason }\n    }\n  }\n"): typeof import('./graphql').AssignmentPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssignmentStudentFit($id: ID!, $studentId: ID!, $language: Language) {\n    student(id: $studentId) {\n      id\n      level\n      skills { skill { id } level }\n      applications { id status assignment { id } }\n    }\n    assignment(id: $id) {\n      id\n      matchFor(studentId: $studentId, language: $language) { ...Fit }\n    }\n  }\n"): typeof import('./graphql').AssignmentStudentFitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Apply($assignmentId: ID!, $motivation: String!) {\n    apply(assignmentId: $assignmentId, motivation: $motivation) { id status }\n  }\n"): typeof import('./graphql').ApplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyPage($id: ID!) {\n    company(id: $id) {\n      ...CompanyAbout\n      status\n      municipality { name inRegion }\n      assignments {\n        ...AssignmentCard\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').CompanyPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyHome($companyId: ID!) {\n    company(id: $companyId) {\n      ...CompanyAbout\n      kvkNumber\n      status\n      reviewStatus\n      reviewNote\n      registeredAt\n      municipality { name }\n      assignments {\n        id\n        title\n        status\n        type\n        places\n        placesLeft\n        filled\n        periodStart\n        periodEnd\n        createdAt\n        applications { id status allowedMoves }\n      }\n    }\n  }\n"): typeof import('./graphql').CompanyHomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishAssignment($id: ID!) { publishAssignment(id: $id) { id status } }"): typeof import('./graphql').PublishAssignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CloseAssignment($id: ID!) { closeAssignment(id: $id) { id status } }"): typeof import('./graphql').CloseAssignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssignmentEditor($id: ID!, $companyId: ID!, $withAssignment: Boolean!) {\n    company(id: $companyId) { id sector status municipality { id } }\n    municipalities { id name inRegion }\n    assignment(id: $id) @include(if: $withAssignment) { ...AssignmentTerms }\n  }\n"): typeof import('./graphql').AssignmentEditorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateAssignment($input: AssignmentInput!) { createAssignment(input: $input) { id status } }"): typeof import('./graphql').CreateAssignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAssignment($id: ID!, $input: AssignmentUpdateInput!) {\n    updateAssignment(id: $id, input: $input) { id status }\n  }\n"): typeof import('./graphql').UpdateAssignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StudentSummary on Student {\n    id\n    name\n    level\n    studyYear\n    institution { name }\n    programme { name(language: $language) }\n  }\n"): typeof import('./graphql').StudentSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Applicants($id: ID!, $language: Language) {\n    assignment(id: $id) {\n      id\n      title\n      status\n      places\n      placesLeft\n      filled\n      periodStart\n      applicationDeadline\n      requiredSkills { skill { id } level }\n      niceToHaveSkills { skill { id } level }\n      applications {\n        ...ApplicationProgress\n        student { ...StudentSummary skills { skill { id } level } }\n      }\n    }\n  }\n"): typeof import('./graphql').ApplicantsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecommendedCandidates($id: ID!, $language: Language) {\n    recommendCandidates(assignmentId: $id, limit: 5, language: $language) {\n      ...Fit\n      student { ...StudentSummary }\n    }\n  }\n"): typeof import('./graphql').RecommendedCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveApplication($id: ID!, $status: ApplicationStatus!, $note: String, $answerBy: LocalDate) {\n    moveApplication(id: $id, status: $status, note: $note, answerBy: $answerBy) { id status offerAnswerBy }\n  }\n"): typeof import('./graphql').MoveApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartPlacement($id: ID!, $startDate: LocalDate!) {\n    startPlacement(id: $id, startDate: $startDate) { id status startDate countsTowardGoal }\n  }\n"): typeof import('./graphql').StartPlacementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompletePlacement($id: ID!, $endDate: LocalDate) {\n    completePlacement(id: $id, endDate: $endDate) { id status endDate }\n  }\n"): typeof import('./graphql').CompletePlacementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CompanyProfileFields on Company {\n    ...CompanyAbout\n    municipality { id }\n    contactPerson { name email phone preferredLanguage }\n  }\n"): typeof import('./graphql').CompanyProfileFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyProfile($companyId: ID!) {\n    company(id: $companyId) { ...CompanyProfileFields }\n    municipalities { id name inRegion }\n  }\n"): typeof import('./graphql').CompanyProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCompanyProfile($id: ID!, $input: UpdateCompanyProfileInput!) {\n    updateCompanyProfile(id: $id, input: $input) { ...CompanyProfileFields }\n  }\n"): typeof import('./graphql').UpdateCompanyProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home {\n    searchAssignments(pageSize: 3) {\n      total\n      hits {\n        assignment { id title type sector company { name } municipality { name } }\n      }\n    }\n  }\n"): typeof import('./graphql').HomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotifications {\n    notifications(unreadOnly: true, pageSize: 1) {\n      unreadCount\n    }\n  }\n"): typeof import('./graphql').UnreadNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Inbox($page: Int!, $pageSize: Int!) {\n    notifications(page: $page, pageSize: $pageSize) {\n      total\n      unreadCount\n      items { ...InboxItem }\n    }\n  }\n"): typeof import('./graphql').InboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InboxItem on Notification {\n    id\n    kind\n    createdAt\n    readAt\n    link\n    title\n    body\n  }\n"): typeof import('./graphql').InboxItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkNotificationsRead($ids: [ID!]!) { markNotificationsRead(ids: $ids) }"): typeof import('./graphql').MarkNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkAllNotificationsRead { markAllNotificationsRead }"): typeof import('./graphql').MarkAllNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MailPreference on NotificationPreference { kind delivery }\n"): typeof import('./graphql').MailPreferenceFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MailPreferences { notificationPreferences { ...MailPreference } }"): typeof import('./graphql').MailPreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMailPreference($kind: NotificationKind!, $delivery: MailDelivery!) {\n    setNotificationPreference(kind: $kind, delivery: $delivery) { ...MailPreference }\n  }\n"): typeof import('./graphql').SetMailPreferenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedSearches {\n    savedSearches {\n      id\n      name\n      query\n      createdAt\n    }\n  }\n"): typeof import('./graphql').SavedSearchesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSearch($input: SaveSearchInput!) {\n    saveSearch(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').SaveSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteSavedSearch($id: ID!) { deleteSavedSearch(id: $id) }"): typeof import('./graphql').DeleteSavedSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Institutions($language: Language) {\n    institutions {\n      id\n      name\n      city\n      programmes { id name(language: $language) levels sector }\n    }\n  }\n"): typeof import('./graphql').InstitutionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterStudent($input: RegisterStudentInput!, $language: Language) {\n    registerStudent(input: $input, language: $language) { id }\n  }\n"): typeof import('./graphql').RegisterStudentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Municipalities { municipalities { id name inRegion } }"): typeof import('./graphql').MunicipalitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterCompany($input: RegisterCompanyInput!, $language: Language) {\n    registerCompany(input: $input, language: $language) { id status }\n  }\n"): typeof import('./graphql').RegisterCompanyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchAssignments($query: String, $filter: AssignmentFilter, $sort: AssignmentSort, $page: Int, $pageSize: Int, $language: Language) {\n    searchAssignments(query: $query, filter: $filter, sort: $sort, page: $page, pageSize: $pageSize) {\n      total\n      page\n      pageSize\n      hits {\n        score\n        highlights { field snippet }\n        fit(language: $language) { ...Fit }\n        assignment {\n          ...AssignmentCard\n          levels\n          openForApplications\n          municipality { id }\n        }\n      }\n      facets {\n        sector { value count }\n        type { value count }\n        level { value count }\n        municipality { value count }\n        workMode { value count }\n      }\n    }\n  }\n"): typeof import('./graphql').SearchAssignmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PeriodTarget on Progress { year periodKind target targetIsDefault }\n"): typeof import('./graphql').PeriodTargetFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GoalProgress($year: Int, $period: PeriodKind, $language: Language) {\n    placementProgress(year: $year, period: $period, language: $language) {\n      ...PeriodTarget\n      periodStart\n      periodEnd\n      asOf\n      count\n      expectedByNow\n      pace\n      forecast { low expected high }\n      forecastBacktest { meanAbsolutePercentageError }\n      targetHistory { at by from fromDefault to toDefault }\n      bySector { key label count }\n      byMunicipality { key label count }\n      byInstitution { key label count }\n      byType { key label count }\n      byLevel { key label count }\n      beside { adStudents nonFinalPhaseStudents cancelledAfterStart }\n      monthly { month count cumulative }\n      funnel { applications offers placements completed applicationToOffer offerToPlacement placementToCompleted }\n      previousYear {\n        year\n        count\n        target\n        monthly { month count cumulative }\n      }\n    }\n  }\n"): typeof import('./graphql').GoalProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GoalProgressCsv($year: Int, $period: PeriodKind, $language: Language) {\n    placementProgressCsv(year: $year, period: $period, language: $language)\n  }\n"): typeof import('./graphql').GoalProgressCsvDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgressAuditCsv($year: Int, $period: PeriodKind, $language: Language) {\n    progressAuditCsv(year: $year, period: $period, language: $language)\n  }\n"): typeof import('./graphql').ProgressAuditCsvDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPlacementTarget($year: Int!, $period: PeriodKind, $target: Int!) {\n    setPlacementTarget(year: $year, period: $period, target: $target) { ...PeriodTarget }\n  }\n"): typeof import('./graphql').SetPlacementTargetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPlacementTarget($year: Int!, $period: PeriodKind) {\n    resetPlacementTarget(year: $year, period: $period) { ...PeriodTarget }\n  }\n"): typeof import('./graphql').ResetPlacementTargetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CompanyReview on Company { id reviewStatus reviewNote }\n"): typeof import('./graphql').CompanyReviewFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisations {\n    pending: companies(status: PENDING, reviewStatus: [PENDING, INFORMATION_REQUESTED]) {\n      ...CompanyAbout\n      ...CompanyReview\n      reviewedAt\n      kvkNumber\n      registeredAt\n      municipality { name inRegion }\n      contactPerson { name email phone }\n    }\n    approved: companies(status: APPROVED) {\n      id\n      name\n      sector\n      municipality { name }\n    }\n  }\n"): typeof import('./graphql').OrganisationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApproveCompany($id: ID!) { approveCompany(id: $id) { id status } }"): typeof import('./graphql').ApproveCompanyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgressAudit($year: Int, $period: PeriodKind, $filter: ProgressAuditFilter, $page: Int, $pageSize: Int) {\n    progressAudit(year: $year, period: $period, filter: $filter) {\n      year\n      periodKind\n      total\n      counted\n      rows(page: $page, pageSize: $pageSize) {\n        placementId\n        studentId\n        status\n        startDate\n        plannedStart\n        studyLevel\n        studyYear\n        institutionId\n        municipality\n        municipalityDecidedBy\n        countsTowardGoal\n        notCountedReason\n        attributedTo\n        correctionReason\n      }\n    }\n  }\n"): typeof import('./graphql').ProgressAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectCompany($id: ID!, $reason: String!) {\n    rejectCompany(id: $id, reason: $reason) { ...CompanyReview }\n  }\n"): typeof import('./graphql').RejectCompanyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestCompanyInformation($id: ID!, $message: String!) {\n    requestCompanyInformation(id: $id, message: $message) { ...CompanyReview }\n  }\n"): typeof import('./graphql').RequestCompanyInformationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudentHome($studentId: ID!, $language: Language) {\n    student(id: $studentId) {\n      id\n      name\n      skills { skill { id } }\n      applications { id status allowedMoves }\n    }\n    recommendAssignments(studentId: $studentId, limit: 6, language: $language) {\n      ...Fit\n      assignment { ...AssignmentCard }\n    }\n  }\n"): typeof import('./graphql').StudentHomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StudentProfileFields on Student {\n    id\n    name\n    email\n    institution { id }\n    programme { id }\n    level\n    studyYear\n    skills { skill { id } level }\n    preferences {\n      sectors\n      types\n      municipalities { id }\n      availableFrom\n      availableUntil\n      hoursPerWeek\n    }\n    discoverable\n    preferredLanguage\n  }\n"): typeof import('./graphql').StudentProfileFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudentProfile($studentId: ID!) {\n    municipalities { id name inRegion }\n    student(id: $studentId) { ...StudentProfileFields }\n  }\n"): typeof import('./graphql').StudentProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateStudentProfile($id: ID!, $input: StudentProfileInput!) {\n    updateStudentProfile(id: $id, input: $input) { id name discoverable }\n  }\n"): typeof import('./graphql').UpdateStudentProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyApplications($studentId: ID!) {\n    student(id: $studentId) {\n      id\n      applications {\n        ...ApplicationProgress\n        assignment {\n          id\n          title\n          periodStart\n          periodEnd\n          company { id name }\n          municipality { name }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyApplicationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptOffer($applicationId: ID!) { acceptOffer(applicationId: $applicationId) { id status } }"): typeof import('./graphql').AcceptOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveOwnApplication($id: ID!, $status: ApplicationStatus!, $note: String) {\n    moveApplication(id: $id, status: $status, note: $note) { id status }\n  }\n"): typeof import('./graphql').MoveOwnApplicationDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

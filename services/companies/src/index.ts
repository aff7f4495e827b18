export { companiesService, type CompaniesUseCases } from './service';
export { CompanyUseCases } from './app/companies';
export { AssignmentUseCases } from './app/assignments';
export { isKvkNumber } from './domain/company';

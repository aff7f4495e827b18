export { studentsService, type StudentsUseCases } from './service';
export { StudentUseCases } from './app/students';

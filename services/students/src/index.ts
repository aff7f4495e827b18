export { studentsService } from './service';
export { StudentUseCases } from './app/students';

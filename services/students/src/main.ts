import { runService } from '@cb/kit';
import { studentsService } from './service';

void runService(studentsService);

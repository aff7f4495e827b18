import { runService } from '@cb/kit';
import { companiesService } from './service';

void runService(companiesService);

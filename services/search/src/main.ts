import { runService } from '@cb/kit';
import { searchService } from './service';

void runService(searchService);

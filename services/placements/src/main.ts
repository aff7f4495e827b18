import { runService } from '@cb/kit';
import { placementsService } from './service';

void runService(placementsService);

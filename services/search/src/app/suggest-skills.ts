import { parseInput } from '@cb/kit';
import { skillsInput } from '../domain/queries';
import { suggestSkills } from '../domain/skill-suggest';

/** The skills query: autocomplete for anyone (the vocabulary is public). */
export class SuggestSkills {
  run(rawArgs: unknown): Array<{ id: string }> {
    const { query, language, limit } = parseInput(skillsInput, rawArgs, 'skills');
    return suggestSkills(query, language, limit).map((s) => ({ id: s.id }));
  }
}

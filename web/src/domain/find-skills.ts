import { ApiError, request } from '../api/client';
import type { Language } from '../i18n';
import { SKILLS_QUERY } from './queries';
import { searchSkillsLocally, skillById, toOption, type SkillOption } from './vocab';
import { apiLanguage } from '../i18n';

/**
 * Skills for the autocomplete, from the search service (typo-tolerant, Dutch and English). If the
 * API cannot answer (offline, or an older server), the bundled vocabulary answers instead, so the
 * passport can always be edited.
 */
export async function findSkills(term: string, lang: Language, signal?: AbortSignal): Promise<SkillOption[]> {
  if (!term.trim()) return [];
  try {
    const { skills } = await request(
      SKILLS_QUERY,
      { query: term.trim().slice(0, 80), language: apiLanguage(lang), limit: 8 },
      signal,
    );
    return skills.flatMap((s) => {
      const skill = skillById(s.id);
      return skill ? [toOption(skill, lang)] : [];
    });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    if (err instanceof ApiError && err.code === 'BAD_USER_INPUT') return [];
    return searchSkillsLocally(term, lang);
  }
}
